import { PolicyResource } from "@pulumi/policy";
import { IpNetwork, parseIpNetwork } from "alicloud-blueprints/network";
import { ResourceTypes as T, vswitchTypes } from "./resourceTypes";
import { referenceKey, resolveReference, resourcesOfType } from "./stackGraph";
import { Known, readKnown } from "./unknowns";

/** One block declared for a VPC, as written, with where it was declared. */
export interface DeclaredBlock {
    /** The text as written, e.g. "10.0.0.0/16". */
    text: string;
    /** Where it was declared, e.g. "cidrBlock", "secondaryCidrBlocks[1]", "vpc.Ipv4CidrBlock extra". */
    from: string;
    /** The resource that declared it (the VPC or a vpc.Ipv4CidrBlock / vpc.Ipv6CidrBlock). */
    urn: string;
}

/** A block of the VPC that cannot be read yet (preview), with the reason. */
export interface UnknownBlock {
    from: string;
    urn: string;
    detail: string;
}

/** Every block a stack declares for one VPC: its own inputs and the block resources attached to it. */
export interface VpcAddressSpace {
    vpc: PolicyResource;
    blocks: DeclaredBlock[];
    unknown: UnknownBlock[];
}

/**
 * The values of a list input, each read on its own: an unknown element hides no other element,
 * and an unknown list is one unknown.
 */
export function readEach(read: () => unknown): { values: Array<{ index: number; value: unknown }>; unknown: Array<{ index?: number; detail: string }> } {
    const list = readKnown(read);
    if (!list.known) {
        return { values: [], unknown: [{ detail: list.detail }] };
    }
    if (!Array.isArray(list.value)) {
        return { values: [], unknown: [] };
    }
    const array = list.value;
    const out: ReturnType<typeof readEach> = { values: [], unknown: [] };
    for (let index = 0; index < array.length; index++) {
        const element = readKnown(() => array[index] as unknown);
        if (element.known) {
            out.values.push({ index, value: element.value });
        } else {
            out.unknown.push({ index, detail: element.detail });
        }
    }
    return out;
}

/**
 * The address space of `vpc`: `cidrBlock`, each of `secondaryCidrBlocks`, the deprecated
 * `ipv6CidrBlock`, and every `vpc.Ipv4CidrBlock` (`secondaryCidrBlock`) and `vpc.Ipv6CidrBlock`
 * (`ipv6CidrBlock`) of the stack that names the VPC. Each block is read on its own, so an unknown
 * one never hides a known one. Blocks allocated from an IPAM pool by mask are not known before
 * the update and are not listed.
 */
export function vpcAddressSpace(vpc: PolicyResource, stack: readonly PolicyResource[]): VpcAddressSpace {
    const space: VpcAddressSpace = { vpc, blocks: [], unknown: [] };
    const add = (from: string, urn: string, value: Known<unknown>): void => {
        if (!value.known) {
            space.unknown.push({ from, urn, detail: value.detail });
        } else if (typeof value.value === "string" && value.value.trim() !== "") {
            space.blocks.push({ text: value.value, from, urn });
        }
    };
    add("cidrBlock", vpc.urn, readKnown(() => vpc.props.cidrBlock));
    const secondary = readEach(() => vpc.props.secondaryCidrBlocks);
    secondary.values.forEach(({ index, value }) => add(`secondaryCidrBlocks[${index}]`, vpc.urn, { known: true, value }));
    secondary.unknown.forEach(({ index, detail }) => add(index === undefined ? "secondaryCidrBlocks" : `secondaryCidrBlocks[${index}]`, vpc.urn, { known: false, detail }));
    add("ipv6CidrBlock", vpc.urn, readKnown(() => vpc.props.ipv6CidrBlock));
    const vpcKey = vpc.urn;
    for (const [type, input] of [
        [T.vpcIpv4CidrBlock, "secondaryCidrBlock"],
        [T.vpcIpv6CidrBlock, "ipv6CidrBlock"],
    ] as const) {
        for (const extra of resourcesOfType(stack, type)) {
            const owner = resolveReference(extra, "vpcId", T.vpc, stack);
            if (referenceKey(owner) === vpcKey) {
                add(`${extra.name} (${type.split(":").pop()})`, extra.urn, readKnown(() => extra.props[input]));
            }
        }
    }
    return space;
}

/**
 * Block resources (vpc.Ipv4CidrBlock / vpc.Ipv6CidrBlock) whose VPC cannot be told during
 * preview: their blocks may belong to any VPC, so checks that need every block say so.
 */
export function unplacedBlockResources(stack: readonly PolicyResource[]): Array<{ resource: PolicyResource; detail: string }> {
    return [T.vpcIpv4CidrBlock, T.vpcIpv6CidrBlock].flatMap((type) =>
        resourcesOfType(stack, type).flatMap((resource) => {
            const owner = resolveReference(resource, "vpcId", T.vpc, stack);
            return owner.kind === "unknown" ? [{ resource, detail: owner.detail }] : [];
        }),
    );
}

/** A declared block parsed for comparison: host bits widen (reported by vpc-cidr-blocks-valid), unparsable blocks drop out. */
export function comparableNetwork(text: string): IpNetwork | undefined {
    const parsed = parseIpNetwork(text, { allowHostBits: true });
    return "network" in parsed ? parsed.network : undefined;
}

/** A vSwitch's `cidrBlock`, possibly unknown during preview. */
export function vswitchBlock(vswitch: PolicyResource): Known<string | undefined> {
    return readKnown(() => vswitch.props.cidrBlock as string | undefined);
}

/** The vSwitches of the stack (`vpc.Switch` and the deprecated `vpc.Subnet`). */
export function vswitchesOf(stack: readonly PolicyResource[]): PolicyResource[] {
    return stack.filter((r) => vswitchTypes.includes(r.type));
}

/** A vSwitch's IPv6 /64: an index into one of its VPC's IPv6 blocks (`ipv6CidrBlockMask`). */
export interface VswitchIpv6 {
    index: number;
    /** `vpcIpv6CidrBlock` as written; unset means the VPC's first IPv6 block. */
    vpcBlock?: string;
}

/** The IPv6 /64 a vSwitch asks for, when `enableIpv6` is on and an index is given. */
export function vswitchIpv6(vswitch: PolicyResource): Known<VswitchIpv6 | undefined> {
    return readKnown(() => {
        const index = vswitch.props.ipv6CidrBlockMask as number | string | undefined;
        if (vswitch.props.enableIpv6 !== true || index === undefined || index === null || index === "") {
            return undefined;
        }
        const vpcBlock = vswitch.props.vpcIpv6CidrBlock as string | undefined;
        return { index: Number(index), vpcBlock: vpcBlock || undefined };
    });
}

/** The /64 at `index` inside an IPv6 VPC block (/52, /56 or /60); undefined when the index does not fit. */
export function ipv6SubnetAt(vpcBlock: IpNetwork, index: number): IpNetwork | undefined {
    const slots = 64 - vpcBlock.prefix;
    if (vpcBlock.family !== 6 || slots < 0 || !Number.isInteger(index) || index < 0 || BigInt(index) >= 1n << BigInt(slots)) {
        return undefined;
    }
    const first = vpcBlock.first + (BigInt(index) << 64n);
    const text = parseIpNetwork(`${formatIpv6(first)}/64`);
    return "network" in text ? text.network : undefined;
}

function formatIpv6(address: bigint): string {
    const groups = Array.from({ length: 8 }, (_, i) => ((address >> BigInt(112 - 16 * i)) & 0xffffn).toString(16));
    return groups.join(":");
}
