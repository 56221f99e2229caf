import { VPC_PREFIX_RANGE, VSWITCH_PREFIX_RANGE } from "./alibaba";
import { blockAt, CidrBlock, CidrError, parseCidr } from "./cidr";

/** A block to carve: a unique name and the prefix length it needs. */
export interface BlockRequest {
    name: string;
    prefix: number;
}

/**
 * Carves one block per request out of `parent`; returns name -> CIDR in request order.
 * Blocks are inside `parent`, aligned to their prefix and pairwise disjoint. Allocation is
 * deterministic: largest blocks first, equal sizes in input order, each at the lowest free
 * address, so the first request of a size gets the lowest block of that size.
 * Throws `CidrError` for a malformed parent, duplicate names, a bad prefix, or when the
 * blocks do not fit.
 */
export function carveBlocks(parent: string, requests: BlockRequest[]): Record<string, string> {
    const parentBlock = parseCidr(parent);
    checkRequests(parentBlock, requests);

    const largestFirst = [...requests].sort((x, y) => x.prefix - y.prefix); // Array.sort is stable
    const carved = new Map<string, string>();
    // Sizes only shrink along the way and every size is a power of two, so the cursor stays
    // aligned to each next block: no gaps, and the blocks fit exactly when their sizes add up.
    let cursor = parentBlock.first;
    for (const request of largestFirst) {
        const block = blockAt(cursor, request.prefix);
        if (block.last > parentBlock.last) {
            throw new CidrError(
                `cannot fit ${requests.length} blocks (${summarize(requests)}) into ${parent}; ` +
                    `use a larger parent block or smaller blocks`,
            );
        }
        carved.set(request.name, block.text);
        cursor = block.last + 1n;
    }
    return Object.fromEntries(requests.map((request) => [request.name, carved.get(request.name) as string]));
}

function checkRequests(parent: CidrBlock, requests: BlockRequest[]): void {
    const seen = new Set<string>();
    for (const { name, prefix } of requests) {
        if (seen.has(name)) {
            throw new CidrError(`block name "${name}" is requested twice; give every block a unique name`);
        }
        seen.add(name);
        if (!Number.isInteger(prefix) || prefix < 0 || prefix > 32) {
            throw new CidrError(`block "${name}" has prefix ${prefix}; a prefix is a whole number from 0 to 32`);
        }
        if (prefix < parent.prefix) {
            throw new CidrError(
                `block "${name}" (/${prefix}) is larger than the parent ${parent.text}; ` +
                    `use a prefix of /${parent.prefix} or longer`,
            );
        }
    }
}

/** "2 x /24, 1 x /20": counts per prefix, in order of first appearance. */
function summarize(requests: BlockRequest[]): string {
    const counts = new Map<number, number>();
    for (const { prefix } of requests) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
    return [...counts].map(([prefix, count]) => `${count} x /${prefix}`).join(", ");
}

/** Bits needed to number `count` things: ceil(log2(count)), 0 for a single thing. */
function bitsFor(count: number): number {
    let bits = 0;
    while (2 ** bits < count) bits++;
    return bits;
}

function checkCount(what: string, count: number): void {
    if (!Number.isInteger(count) || count < 1) {
        throw new CidrError(`${what} must be a whole number of at least 1, got ${count}`);
    }
}

/**
 * `count` disjoint, equal, consecutive blocks from the start of `parent`.
 * `prefix` defaults to the largest size that fits: parent prefix + ceil(log2(count))
 * (10.0.0.0/8 split 4 -> four /10). Throws `CidrError` when they do not fit.
 */
export function splitEvenly(parent: string, count: number, prefix?: number): string[] {
    const parentBlock = parseCidr(parent);
    checkCount("count", count);
    const blockPrefix = prefix ?? parentBlock.prefix + bitsFor(count);
    if (prefix === undefined && blockPrefix > 32) {
        throw new CidrError(`cannot split ${parent} into ${count} blocks; it has only ${parentBlock.size} addresses`);
    }
    if (!Number.isInteger(blockPrefix) || blockPrefix < parentBlock.prefix || blockPrefix > 32) {
        throw new CidrError(
            `cannot split ${parent} into /${blockPrefix} blocks; use a prefix from /${parentBlock.prefix} to /32`,
        );
    }
    const requests = Array.from({ length: count }, (_, i) => ({ name: String(i), prefix: blockPrefix }));
    return Object.values(carveBlocks(parent, requests));
}

/**
 * One VPC block per account or stack out of `supernet` (for the multi-account mesh).
 * `vpcPrefix` defaults to /16 when `vpcCount` /16 blocks fit, else the largest size that fits.
 * Throws `CidrError` when the blocks do not fit or fall outside Alibaba Cloud's /8../28 VPC range.
 */
export function planVpcLayout(supernet: string, vpcCount: number, vpcPrefix?: number): string[] {
    const supernetBlock = parseCidr(supernet);
    checkCount("vpcCount", vpcCount);
    const prefix = vpcPrefix ?? Math.max(16, supernetBlock.prefix + bitsFor(vpcCount));
    if (prefix < VPC_PREFIX_RANGE.min || prefix > VPC_PREFIX_RANGE.max) {
        throw new CidrError(
            `cannot plan ${vpcCount} VPC blocks of /${prefix} in ${supernet}; Alibaba Cloud VPC blocks must be ` +
                `/8 to /28, so use a larger supernet, fewer VPCs or a vpcPrefix in that range`,
        );
    }
    return splitEvenly(supernet, vpcCount, prefix);
}

/** One planned vSwitch: its zone, its tier and its block. */
export interface PlannedVswitch {
    zone: string;
    tier: string;
    cidr: string;
}

/**
 * One vSwitch block per zone x tier inside `vpcCidr`, tier by tier (all zones of the first
 * tier get the lowest blocks). `prefix` defaults to /24, or to VPC prefix + ceil(log2(zones x
 * tiers)) when /24 blocks do not fit. Throws `CidrError` when zones or tiers are empty or
 * repeated, when the prefix is outside Alibaba Cloud's /16../29 vSwitch range, or when the blocks
 * do not fit.
 */
export function planVswitches(vpcCidr: string, zones: string[], tiers: string[], prefix?: number): PlannedVswitch[] {
    const vpc = parseCidr(vpcCidr);
    checkDistinctNames("zones", zones);
    checkDistinctNames("tiers", tiers);
    const count = zones.length * tiers.length;
    const blockPrefix = prefix ?? Math.max(24, vpc.prefix + bitsFor(count));
    if (blockPrefix < VSWITCH_PREFIX_RANGE.min || blockPrefix > VSWITCH_PREFIX_RANGE.max) {
        throw new CidrError(
            `cannot plan ${plural(count, "vSwitch", "vSwitches")} (${plural(zones.length, "zone", "zones")} x ` +
                `${plural(tiers.length, "tier", "tiers")}) of /${blockPrefix} ` +
                `in ${vpcCidr}; Alibaba Cloud vSwitch blocks must be /16 to /29, so use a larger VPC block, ` +
                `fewer zones or tiers, or a prefix in that range`,
        );
    }
    const blocks = splitEvenly(vpcCidr, count, blockPrefix);
    return tiers.flatMap((tier, t) => zones.map((zone, z) => ({ zone, tier, cidr: blocks[t * zones.length + z] })));
}

function plural(count: number, one: string, many: string): string {
    return `${count} ${count === 1 ? one : many}`;
}

function checkDistinctNames(what: string, names: string[]): void {
    if (names.length === 0) throw new CidrError(`${what} is empty; name at least one`);
    const repeated = names.find((name, i) => names.indexOf(name) !== i);
    if (repeated !== undefined) {
        throw new CidrError(`${what} lists "${repeated}" twice; name each one once`);
    }
}
