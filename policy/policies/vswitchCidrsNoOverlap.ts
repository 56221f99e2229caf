import { PolicyResource } from "@pulumi/policy";
import { findOverlaps, tryParseCidr } from "alicloud-blueprints/network";
import { ResourceTypes } from "../support/resourceTypes";
import { referenceKey, resolveReference, resourcesOfType } from "../support/stackGraph";
import { reportSkippedUnknown } from "../support/unknowns";
import { vswitchBlock } from "../support/vpcBlocks";
import { DocumentedStackPolicy } from "../support/documentedPolicy";

/** The vSwitches of one VPC do not share addresses. */
export const vswitchCidrsNoOverlap: DocumentedStackPolicy = {
    name: "vswitch-cidrs-no-overlap",
    description: "The vSwitches of one VPC must have disjoint CIDR blocks.",
    rationale: "Alibaba Cloud refuses an overlapping vSwitch at deployment time, after the resources before it were already created.",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps: "Give each vSwitch its own block inside the VPC, for example by carving them with the components' CIDR planner.",
    validateStack: (args, reportViolation) => {
        const byVpc = new Map<string, { vpcName: string; members: Array<{ vswitch: PolicyResource; cidr: string }> }>();
        for (const vswitch of resourcesOfType(args.resources, ResourceTypes.vswitch)) {
            const vpcRef = resolveReference(vswitch, "vpcId", ResourceTypes.vpc, args.resources);
            if (vpcRef.kind === "unknown") {
                reportSkippedUnknown(reportViolation, vswitch.urn, `the VPC of vSwitch ${vswitch.name} is not known yet`, vpcRef.detail);
                continue;
            }
            const cidr = vswitchBlock(vswitch);
            if (!cidr.known) {
                reportSkippedUnknown(reportViolation, vswitch.urn, `the cidrBlock of vSwitch ${vswitch.name} is not known yet`, cidr.detail);
                continue;
            }
            const key = referenceKey(vpcRef);
            // Malformed blocks are reported by vswitch-cidr-inside-vpc.
            if (key === undefined || cidr.value === undefined || "error" in tryParseCidr(cidr.value)) {
                continue;
            }
            const vpcName = vpcRef.kind === "resource" ? vpcRef.target.name : vpcRef.kind === "external" ? vpcRef.id : key;
            const group = byVpc.get(key) ?? { vpcName, members: [] };
            group.members.push({ vswitch, cidr: cidr.value });
            byVpc.set(key, group);
        }
        for (const { vpcName, members } of byVpc.values()) {
            const overlaps = findOverlaps(members.map((m, i) => ({ label: String(i), cidr: m.cidr })));
            for (const { a, b } of overlaps) {
                const first = members[Number(a.label)];
                const second = members[Number(b.label)];
                reportViolation(
                    `vSwitch ${second.vswitch.name} (${second.cidr}) overlaps vSwitch ${first.vswitch.name} (${first.cidr}) in VPC ${vpcName}.`,
                    second.vswitch.urn,
                );
            }
        }
    },
};
