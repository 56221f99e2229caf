import { PolicyResource, ReportViolation } from "@pulumi/policy";
import { IpNetwork, networkContains, tryParseCidr } from "alicloud-blueprints/network";
import { DocumentedStackPolicy } from "../support/documentedPolicy";
import { ResourceTypes as T } from "../support/resourceTypes";
import { resolveReference } from "../support/stackGraph";
import { reportSkippedUnknown } from "../support/unknowns";
import { comparableNetwork, ipv6SubnetAt, unplacedBlockResources, vpcAddressSpace, VpcAddressSpace, vswitchBlock, vswitchesOf, vswitchIpv6 } from "../support/vpcBlocks";

/** Every vSwitch lies inside a block of its VPC, IPv4 and IPv6. */
export const vswitchCidrInsideVpc: DocumentedStackPolicy = {
    name: "vswitch-cidr-inside-vpc",
    description:
        "Each vSwitch's IPv4 block must be a valid block inside one of its VPC's blocks (`cidrBlock`, `secondaryCidrBlocks`, or a `vpc.Ipv4CidrBlock` of the VPC), and its IPv6 index (`ipv6CidrBlockMask`) must fit the VPC's IPv6 block when that block is known.",
    rationale: "Alibaba Cloud rejects such a vSwitch only at deployment time, halfway through an update; the preview is the cheap place to find it.",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps:
        "Carve vSwitch blocks from the VPC block (the components' CIDR planner does this), or add a secondary block to the VPC (`vpc.Ipv4CidrBlock`) that covers the vSwitch. An IPv6 index runs from 0 to 255 in a /56 (0-15 in a /60, 0-4095 in a /52).",
    validateStack: (args, reportViolation) => {
        const unplacedBlocks = unplacedBlockResources(args.resources);
        for (const vswitch of vswitchesOf(args.resources)) {
            const vpcRef = resolveReference(vswitch, "vpcId", T.vpc, args.resources);
            if (vpcRef.kind === "unknown") {
                reportSkippedUnknown(reportViolation, vswitch.urn, `the VPC of vSwitch ${vswitch.name} is not known yet`, vpcRef.detail);
                continue;
            }
            if (vpcRef.kind !== "resource") {
                continue; // The VPC lives outside this stack; there is no block to compare with.
            }
            const space = vpcAddressSpace(vpcRef.target, args.resources);
            // A block resource whose VPC is unknown may be this VPC's: treat it as an unknown block.
            const pending = [...space.unknown.map((u) => u.detail), ...unplacedBlocks.map((u) => u.detail)];
            checkIpv4(vswitch, space, pending, reportViolation);
            checkIpv6(vswitch, space, reportViolation);
        }
    },
};

function networksOf(space: VpcAddressSpace, family: 4 | 6): Array<{ text: string; network: IpNetwork }> {
    return space.blocks.flatMap((b) => {
        const network = comparableNetwork(b.text);
        return network?.family === family ? [{ text: b.text, network }] : [];
    });
}

function checkIpv4(vswitch: PolicyResource, space: VpcAddressSpace, pending: string[], reportViolation: ReportViolation): void {
    const cidr = vswitchBlock(vswitch);
    if (!cidr.known) {
        reportSkippedUnknown(reportViolation, vswitch.urn, `the cidrBlock of vSwitch ${vswitch.name} is not known yet`, cidr.detail);
        return;
    }
    if (cidr.value === undefined) {
        return;
    }
    const parsed = tryParseCidr(cidr.value);
    if ("error" in parsed) {
        reportViolation(`vSwitch ${vswitch.name}: ${parsed.error}.`, vswitch.urn);
        return;
    }
    const vpcNetworks = networksOf(space, 4);
    const inside = vpcNetworks.some(({ network }) => networkContains(network, { family: 4, ...parsed.block }));
    if (inside) {
        return;
    }
    if (pending.length > 0) {
        reportSkippedUnknown(reportViolation, vswitch.urn, `vSwitch ${vswitch.name} is outside the known blocks of VPC ${space.vpc.name}, and some of its blocks are not known yet`, pending[0]);
    } else if (vpcNetworks.length > 0) {
        reportViolation(`vSwitch ${vswitch.name} (${parsed.block.text}) is outside VPC ${space.vpc.name} (${vpcNetworks.map((n) => n.text).join(", ")}).`, vswitch.urn);
    }
    // No IPv4 block at all: an IPAM-allocated VPC, nothing reliable to compare with.
}

function checkIpv6(vswitch: PolicyResource, space: VpcAddressSpace, reportViolation: ReportViolation): void {
    const ipv6 = vswitchIpv6(vswitch);
    if (!ipv6.known) {
        reportSkippedUnknown(reportViolation, vswitch.urn, `the IPv6 settings of vSwitch ${vswitch.name} are not known yet`, ipv6.detail);
        return;
    }
    if (ipv6.value === undefined) {
        return;
    }
    const vpcBlocks = networksOf(space, 6);
    const chosen = ipv6.value.vpcBlock === undefined ? vpcBlocks[0] : vpcBlocks.find((b) => b.network.text === comparableNetwork(ipv6.value!.vpcBlock!)?.text);
    if (chosen === undefined) {
        return; // The VPC's IPv6 block is allocated by the cloud: known only after the update.
    }
    if (ipv6SubnetAt(chosen.network, ipv6.value.index) === undefined) {
        const slots = 1 << Math.max(0, 64 - chosen.network.prefix);
        reportViolation(
            `vSwitch ${vswitch.name}: ipv6CidrBlockMask ${ipv6.value.index} is outside the ${slots} /64 networks of VPC ${space.vpc.name}'s IPv6 block ${chosen.text}; use 0 to ${slots - 1}.`,
            vswitch.urn,
        );
    }
}
