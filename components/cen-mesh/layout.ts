import {
    blockAt,
    blockSize,
    CidrBlock,
    CidrError,
    findOverlaps,
    overlaps,
    parseCidr,
    planVswitches,
    VPC_PREFIX_RANGE,
} from "../network";

/** What one member asked for: explicit blocks, or nothing (planned). */
export interface MemberBlockRequest {
    name: string;
    vpcCidr?: string;
    vswitchCidrs?: string[];
}

/** A member's blocks after planning: the VPC and its two vSwitches (primary zone, secondary zone). */
export interface MemberBlocks {
    name: string;
    vpcCidr: string;
    vswitchCidrs: string[];
    /** True when the VPC block was planned from the supernet rather than given. */
    planned: boolean;
}

/** The vSwitch tiers of a member VPC: one vSwitch per transit-router zone, the nodes in the first. */
export const attachmentZoneSlots = ["primary", "secondary"];

/**
 * Gives every member a VPC block and two vSwitch blocks. Explicit VPC blocks are kept; the others
 * get, in member order, the lowest `vpcPrefix` blocks of `supernet` that overlap no explicit VPC
 * block, so planned blocks are disjoint from each other and from the explicit ones by construction.
 * vSwitch blocks default to the first two blocks of the network core's vSwitch plan.
 * Throws `CidrError` when the supernet or prefix is unusable or the planned blocks do not fit.
 * The caller validates explicit blocks first (syntax, range, overlaps between members).
 */
export function planMemberBlocks(supernet: string, vpcPrefix: number, members: MemberBlockRequest[]): MemberBlocks[] {
    const wanted = members.filter((m) => m.vpcCidr === undefined).length;
    const planned = wanted === 0 ? [] : planFreeBlocks(supernet, vpcPrefix, wanted, explicitVpcBlocks(members));
    let next = 0;
    return members.map((member) => {
        const vpcCidr = member.vpcCidr ?? planned[next++];
        const vswitchCidrs =
            member.vswitchCidrs ?? planVswitches(vpcCidr, attachmentZoneSlots, ["nodes"]).map((vsw) => vsw.cidr);
        return { name: member.name, vpcCidr, vswitchCidrs, planned: member.vpcCidr === undefined };
    });
}

function explicitVpcBlocks(members: MemberBlockRequest[]): CidrBlock[] {
    return members.flatMap((m) => (m.vpcCidr === undefined ? [] : [parseCidr(m.vpcCidr)]));
}

/** The lowest `count` aligned `/prefix` blocks of `supernet` that overlap none of `taken`. */
function planFreeBlocks(supernet: string, prefix: number, count: number, taken: CidrBlock[]): string[] {
    const parent = parseCidr(supernet);
    if (!Number.isInteger(prefix) || prefix < VPC_PREFIX_RANGE.min || prefix > VPC_PREFIX_RANGE.max) {
        throw new CidrError(`vpcPrefix: ${prefix} is not a VPC prefix; Alibaba Cloud VPC blocks are /8 to /28, use one in that range`);
    }
    if (prefix < parent.prefix) {
        throw new CidrError(`vpcPrefix: /${prefix} blocks are larger than the supernet ${supernet}; use /${parent.prefix} or longer`);
    }
    const size = blockSize(prefix);
    const found: string[] = [];
    for (let first = parent.first; first <= parent.last && found.length < count; ) {
        const candidate = blockAt(first, prefix);
        const clash = taken.find((block) => overlaps(block, candidate));
        if (clash === undefined) {
            found.push(candidate.text);
            first += size;
        } else {
            // Skip past the explicit block in one step (it may be much larger than a candidate).
            const end = clash.last > candidate.last ? clash.last + 1n : candidate.last + 1n;
            first = end + ((size - (end % size)) % size);
        }
    }
    if (found.length < count) {
        const beside = taken.length > 0 ? " beside the explicit vpcCidr blocks" : "";
        throw new CidrError(
            `supernet: ${supernet} has room for ${found.length} VPC blocks of /${prefix}${beside}, but ${count} are needed; ` +
                `use a larger supernet or a longer vpcPrefix`,
        );
    }
    return found;
}

/** A member's blocks with the member's position, for overlap messages. */
interface TaggedBlock {
    member: number;
    kind: "VPC" | "vSwitch";
    cidr: string;
}

/** Preference when two members overlap in several blocks: the most specific pair is reported. */
const pairRank: Record<string, number> = { "vSwitch/vSwitch": 0, "vSwitch/VPC": 1, "VPC/vSwitch": 2, "VPC/VPC": 3 };

/**
 * One message per pair of members whose blocks overlap, naming both members and both blocks,
 * the later member first, e.g. `"student2" vSwitch 172.17.96.0/20 overlaps "master" VPC
 * 172.17.0.0/16`. Of several overlapping block pairs the most specific is named (vSwitch before
 * VPC). Every block must parse (validate syntax first). `arg` and `fix` frame the message.
 */
export function memberOverlapProblems(members: MemberBlocks[], arg: string, fix: string): string[] {
    const tagged: TaggedBlock[] = members.flatMap((m, member) => [
        { member, kind: "VPC" as const, cidr: m.vpcCidr },
        ...m.vswitchCidrs.map((cidr) => ({ member, kind: "vSwitch" as const, cidr })),
    ]);
    const labeled = tagged.map((block, index) => ({ label: String(index), cidr: block.cidr }));
    const best = new Map<string, { later: TaggedBlock; earlier: TaggedBlock; rank: number }>();
    for (const { a, b } of findOverlaps(labeled)) {
        const x = tagged[Number(a.label)];
        const y = tagged[Number(b.label)];
        if (x.member === y.member) continue;
        const [earlier, later] = x.member < y.member ? [x, y] : [y, x];
        const key = `${earlier.member}/${later.member}`;
        const rank = pairRank[`${later.kind}/${earlier.kind}`];
        const current = best.get(key);
        if (current === undefined || rank < current.rank) best.set(key, { later, earlier, rank });
    }
    return [...best.values()]
        .sort((p, q) => p.earlier.member - q.earlier.member || p.later.member - q.later.member)
        .map(
            ({ later, earlier }) =>
                `${arg}: "${members[later.member].name}" ${later.kind} ${later.cidr} overlaps ` +
                `"${members[earlier.member].name}" ${earlier.kind} ${earlier.cidr}; ${fix}`,
        );
}
