import { PolicyResource } from "@pulumi/policy";
import { findNetworkOverlaps, IpNetwork } from "alicloud-blueprints/network";
import { ResourceTypes as T } from "./resourceTypes";
import { Reference, referenceKey, resolveReference } from "./stackGraph";
import { comparableNetwork, vpcAddressSpace, vswitchBlock, vswitchesOf } from "./vpcBlocks";

/** A network of a VPC that can be compared, with where it was declared. */
export interface SpaceNetwork {
    text: string;
    from: string;
    network: IpNetwork;
}

/** What can be compared of one VPC's address space, and what cannot be read yet. */
export interface ComparableSpace {
    name: string;
    networks: SpaceNetwork[];
    /** Why some blocks cannot be read yet (preview); the known ones are still compared. */
    unknown: string[];
}

/**
 * The comparable address space of a VPC reference: its declared blocks (IPv4 and IPv6, see
 * `vpcAddressSpace`) when the VPC is in the stack; otherwise, or when none of its blocks is known,
 * the blocks of the stack's vSwitches in it.
 */
export function comparableSpace(vpc: Reference & { kind: "resource" | "external" }, stack: readonly PolicyResource[]): ComparableSpace {
    const name = vpc.kind === "resource" ? vpc.target.name : vpc.id;
    const space: ComparableSpace = { name, networks: [], unknown: [] };
    if (vpc.kind === "resource") {
        const declared = vpcAddressSpace(vpc.target, stack);
        for (const block of declared.blocks) {
            const network = comparableNetwork(block.text);
            if (network !== undefined) {
                space.networks.push({ text: block.text, from: block.from, network });
            }
        }
        space.unknown.push(...declared.unknown.map((u) => `${u.from}: ${u.detail}`));
        if (space.networks.length > 0) {
            return space;
        }
    }
    const key = referenceKey(vpc);
    for (const vswitch of vswitchesOf(stack)) {
        if (referenceKey(resolveReference(vswitch, "vpcId", T.vpc, stack)) !== key) {
            continue;
        }
        const cidr = vswitchBlock(vswitch);
        const network = cidr.known && cidr.value !== undefined ? comparableNetwork(cidr.value) : undefined;
        if (!cidr.known) {
            space.unknown.push(`vSwitch ${vswitch.name}: ${cidr.detail}`);
        } else if (network !== undefined) {
            space.networks.push({ text: cidr.value!, from: `vSwitch ${vswitch.name}`, network });
        }
    }
    return space;
}

/** A pair of overlapping networks from two different spaces (`first` before `second` in the input). */
export interface CrossOverlap {
    first: number;
    second: number;
    a: SpaceNetwork;
    b: SpaceNetwork;
}

/** Every overlap between networks of different spaces; overlaps inside one space are other policies' business. */
export function crossOverlaps(spaces: readonly ComparableSpace[]): CrossOverlap[] {
    const labeled = spaces.flatMap((space, index) => space.networks.map((n) => ({ label: { index, n }, network: n.network })));
    return findNetworkOverlaps(labeled)
        .filter(({ a, b }) => a.label.index !== b.label.index)
        .map(({ a, b }) => {
            const [x, y] = a.label.index < b.label.index ? [a, b] : [b, a];
            return { first: x.label.index, second: y.label.index, a: x.label.n, b: y.label.n };
        });
}

/** "10.0.0.0/16 (cidrBlock)". */
export function describeNetwork(n: SpaceNetwork): string {
    return n.from === "cidrBlock" || n.from.startsWith("vSwitch") ? `${n.text}` : `${n.text} from ${n.from}`;
}
