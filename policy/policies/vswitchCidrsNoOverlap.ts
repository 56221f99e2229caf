import { PolicyResource } from "@pulumi/policy";
import { findNetworkOverlaps, IpNetwork } from "alicloud-blueprints/network";
import { DocumentedStackPolicy } from "../support/documentedPolicy";
import { ResourceTypes as T } from "../support/resourceTypes";
import { referenceKey, resolveReference } from "../support/stackGraph";
import { reportSkippedUnknown } from "../support/unknowns";
import { comparableNetwork, ipv6SubnetAt, vpcAddressSpace, vswitchBlock, vswitchesOf, vswitchIpv6 } from "../support/vpcBlocks";

interface Member {
    vswitch: PolicyResource;
    /** What is compared: the IPv4 block, or the IPv6 /64 (as a network, or as "block#index" while the VPC's IPv6 block is unknown). */
    text: string;
    network?: IpNetwork;
}

/** The vSwitches of one VPC do not share addresses, IPv4 or IPv6. */
export const vswitchCidrsNoOverlap: DocumentedStackPolicy = {
    name: "vswitch-cidrs-no-overlap",
    description:
        "The vSwitches of one VPC must have disjoint IPv4 blocks and distinct IPv6 /64s (`ipv6CidrBlockMask` within the same VPC IPv6 block).",
    rationale: "Alibaba Cloud refuses an overlapping vSwitch at deployment time, after the resources before it were already created.",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps: "Give each vSwitch its own block inside the VPC (the components' CIDR planner carves them), and its own `ipv6CidrBlockMask`.",
    validateStack: (args, reportViolation) => {
        const byVpc = new Map<string, { vpcName: string; ipv4: Member[]; ipv6: Member[] }>();
        for (const vswitch of vswitchesOf(args.resources)) {
            const vpcRef = resolveReference(vswitch, "vpcId", T.vpc, args.resources);
            if (vpcRef.kind === "unknown") {
                reportSkippedUnknown(reportViolation, vswitch.urn, `the VPC of vSwitch ${vswitch.name} is not known yet`, vpcRef.detail);
                continue;
            }
            const key = referenceKey(vpcRef);
            if (key === undefined) {
                continue;
            }
            const vpcName = vpcRef.kind === "resource" ? vpcRef.target.name : vpcRef.kind === "external" ? vpcRef.id : key;
            const group = byVpc.get(key) ?? { vpcName, ipv4: [], ipv6: [] };
            byVpc.set(key, group);
            const cidr = vswitchBlock(vswitch);
            if (!cidr.known) {
                reportSkippedUnknown(reportViolation, vswitch.urn, `the cidrBlock of vSwitch ${vswitch.name} is not known yet`, cidr.detail);
            } else if (cidr.value !== undefined) {
                // Host bits widen (vswitch-cidr-inside-vpc reports them); unparsable blocks drop out.
                const network = comparableNetwork(cidr.value);
                if (network !== undefined) {
                    group.ipv4.push({ vswitch, text: cidr.value, network });
                }
            }
            const ipv6 = vswitchIpv6(vswitch);
            if (!ipv6.known) {
                reportSkippedUnknown(reportViolation, vswitch.urn, `the IPv6 settings of vSwitch ${vswitch.name} are not known yet`, ipv6.detail);
            } else if (ipv6.value !== undefined) {
                group.ipv6.push(ipv6Member(vswitch, ipv6.value, vpcRef.kind === "resource" ? vpcRef.target : undefined, args.resources));
            }
        }
        for (const { vpcName, ipv4, ipv6 } of byVpc.values()) {
            const networks = [...ipv4, ...ipv6].filter((m): m is Member & { network: IpNetwork } => m.network !== undefined);
            const pairs: Array<[Member, Member]> = findNetworkOverlaps(networks.map((m) => ({ label: m as Member, network: m.network }))).map(({ a, b }) => [a.label, b.label]);
            const byIndex = ipv6.filter((m) => m.network === undefined);
            byIndex.forEach((m, i) => byIndex.slice(0, i).filter((earlier) => earlier.text === m.text).forEach((earlier) => pairs.push([earlier, m])));
            for (const [first, second] of pairs) {
                reportViolation(`vSwitch ${second.vswitch.name} (${second.text}) overlaps vSwitch ${first.vswitch.name} (${first.text}) in VPC ${vpcName}.`, second.vswitch.urn);
            }
        }
    },
};

/** The /64 of an IPv6 vSwitch: a network when its VPC's IPv6 block is known, else "block#index". */
function ipv6Member(vswitch: PolicyResource, ipv6: { index: number; vpcBlock?: string }, vpc: PolicyResource | undefined, stack: readonly PolicyResource[]): Member {
    const vpcBlocks = vpc === undefined ? [] : vpcAddressSpace(vpc, stack).blocks.flatMap((b) => comparableNetwork(b.text) ?? []).filter((n) => n.family === 6);
    const wanted = ipv6.vpcBlock === undefined ? undefined : comparableNetwork(ipv6.vpcBlock);
    const block = wanted ?? vpcBlocks[0];
    const network = block === undefined ? undefined : ipv6SubnetAt(block, ipv6.index);
    return network !== undefined
        ? { vswitch, text: `IPv6 ${network.text}`, network }
        : { vswitch, text: `IPv6 index ${ipv6.index} of ${ipv6.vpcBlock ?? "the VPC's first IPv6 block"}` };
}
