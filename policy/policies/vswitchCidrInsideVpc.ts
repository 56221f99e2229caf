import { contains, tryParseCidr } from "alicloud-blueprints/network";
import { ResourceTypes } from "../support/resourceTypes";
import { resolveReference, resourcesOfType } from "../support/stackGraph";
import { reportSkippedUnknown } from "../support/unknowns";
import { vpcBlocks, vswitchBlock } from "../support/vpcBlocks";
import { DocumentedStackPolicy } from "../support/documentedPolicy";

/** Every vSwitch lies inside a block of its VPC. */
export const vswitchCidrInsideVpc: DocumentedStackPolicy = {
    name: "vswitch-cidr-inside-vpc",
    description:
        "Each vSwitch's CIDR block must be a valid IPv4 block inside its VPC's `cidrBlock` or one of its `secondaryCidrBlocks`.",
    rationale: "Alibaba Cloud rejects such a vSwitch only at deployment time, halfway through an update; the preview is the cheap place to find it.",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps:
        "Carve vSwitch blocks from the VPC block (the components' CIDR planner does this), or add a secondary block to the VPC that covers the vSwitch.",
    validateStack: (args, reportViolation) => {
        for (const vswitch of resourcesOfType(args.resources, ResourceTypes.vswitch)) {
            const vpcRef = resolveReference(vswitch, "vpcId", ResourceTypes.vpc, args.resources);
            if (vpcRef.kind === "unknown") {
                reportSkippedUnknown(reportViolation, vswitch.urn, `the VPC of vSwitch ${vswitch.name} is not known yet`, vpcRef.detail);
                continue;
            }
            if (vpcRef.kind !== "resource") {
                continue; // The VPC lives outside this stack; there is no block to compare with.
            }
            const vpc = vpcRef.target;
            const cidr = vswitchBlock(vswitch);
            if (!cidr.known) {
                reportSkippedUnknown(reportViolation, vswitch.urn, `the cidrBlock of vSwitch ${vswitch.name} is not known yet`, cidr.detail);
                continue;
            }
            if (cidr.value === undefined) {
                continue;
            }
            const parsed = tryParseCidr(cidr.value);
            if ("error" in parsed) {
                reportViolation(`vSwitch ${vswitch.name}: ${parsed.error}.`, vswitch.urn);
                continue;
            }
            const blocks = vpcBlocks(vpc);
            if (!blocks.known) {
                reportSkippedUnknown(reportViolation, vswitch.urn, `the blocks of VPC ${vpc.name} are not known yet`, blocks.detail);
                continue;
            }
            const vpcParsed = blocks.value.map(tryParseCidr).flatMap((r) => ("block" in r ? [r.block] : []));
            if (vpcParsed.length === 0) {
                continue; // An IPAM-allocated or malformed VPC block: nothing reliable to compare with.
            }
            if (!vpcParsed.some((block) => contains(block, parsed.block))) {
                reportViolation(
                    `vSwitch ${vswitch.name} (${parsed.block.text}) is outside VPC ${vpc.name} (${blocks.value.join(", ")}).`,
                    vswitch.urn,
                );
            }
        }
    },
};
