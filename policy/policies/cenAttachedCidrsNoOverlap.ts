import { PolicyResource } from "@pulumi/policy";
import { findOverlaps, LabeledBlock, tryParseCidr } from "alicloud-blueprints/network";
import { CenMember, cenMemberships } from "../support/cenMembership";
import { ResourceTypes } from "../support/resourceTypes";
import { referenceKey, resolveReference, resourcesOfType } from "../support/stackGraph";
import { reportSkippedUnknown } from "../support/unknowns";
import { vpcBlocks, vswitchBlock } from "../support/vpcBlocks";
import { DocumentedStackPolicy } from "../support/documentedPolicy";

interface VpcAddressSpace {
    member: CenMember;
    name: string;
    /** The VPC's own blocks when known, else the blocks of its vSwitches in this stack. */
    blocks: string[];
    /** Why nothing could be compared, when `blocks` is empty because of unknown values. */
    unknownDetail?: string;
}

/** VPCs joined by one CEN do not share addresses. */
export const cenAttachedCidrsNoOverlap: DocumentedStackPolicy = {
    name: "cen-attached-cidrs-no-overlap",
    description:
        "VPCs attached to the same CEN (and, where a VPC block is not known, their vSwitches) must have disjoint CIDR blocks.",
    rationale: "Overlapping blocks on one CEN make routes conflict and traffic silently goes to the wrong VPC; in the multi-account recipe this was found only by asking support.",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps:
        "Give every account's VPC its own block from one address plan (for example 10.<account>.0.0/16), or attach the overlapping VPC to a different CEN. Changing a VPC block replaces the VPC.",
    validateStack: (args, reportViolation) => {
        const { members, unplaced } = cenMemberships(args.resources);
        for (const { attachment, detail } of unplaced) {
            reportSkippedUnknown(reportViolation, attachment.urn, `the CEN or VPC of attachment ${attachment.name} is not known yet`, detail);
        }
        const byCen = new Map<string, VpcAddressSpace[]>();
        for (const member of uniqueVpcPerCen(members)) {
            const space = addressSpace(member, args.resources);
            if (space.blocks.length === 0 && space.unknownDetail !== undefined) {
                reportSkippedUnknown(reportViolation, member.attachment.urn, `the blocks of VPC ${space.name} are not known yet`, space.unknownDetail);
            }
            byCen.set(member.cenKey, [...(byCen.get(member.cenKey) ?? []), space]);
        }
        for (const spaces of byCen.values()) {
            const labeled: LabeledBlock[] = spaces.flatMap((space, index) =>
                space.blocks.filter((cidr) => "block" in tryParseCidr(cidr)).map((cidr) => ({ label: String(index), cidr })),
            );
            for (const { a, b } of findOverlaps(labeled)) {
                if (a.label === b.label) {
                    continue; // Inside one VPC: vswitch-cidrs-no-overlap's business.
                }
                const first = spaces[Number(a.label)];
                const second = spaces[Number(b.label)];
                reportViolation(
                    `VPC ${second.name} (${b.cidr}) overlaps VPC ${first.name} (${a.cidr}); both are attached to the same CEN.`,
                    second.member.attachment.urn,
                );
            }
        }
    },
};

/** One member per (CEN, VPC): a VPC attached twice to one CEN does not overlap itself. */
function uniqueVpcPerCen(members: CenMember[]): CenMember[] {
    const seen = new Set<string>();
    return members.filter((member) => {
        const key = `${member.cenKey} ${referenceKey(member.vpc)}`;
        if (seen.has(key)) {
            return false;
        }
        seen.add(key);
        return true;
    });
}

function addressSpace(member: CenMember, stack: readonly PolicyResource[]): VpcAddressSpace {
    const vpc = member.vpc;
    const name = vpc.kind === "resource" ? vpc.target.name : vpc.id;
    if (vpc.kind === "resource") {
        const own = vpcBlocks(vpc.target);
        if (own.known && own.value.length > 0) {
            return { member, name, blocks: own.value };
        }
        const fromVswitches = vswitchBlocksOf(member, stack);
        return { member, name, blocks: fromVswitches.blocks, unknownDetail: own.known ? fromVswitches.unknownDetail : own.detail };
    }
    return { member, name, ...vswitchBlocksOf(member, stack) };
}

/** The known blocks of the stack's vSwitches in the member's VPC. */
function vswitchBlocksOf(member: CenMember, stack: readonly PolicyResource[]): { blocks: string[]; unknownDetail?: string } {
    const vpcKey = referenceKey(member.vpc);
    const blocks: string[] = [];
    let unknownDetail: string | undefined;
    for (const vswitch of resourcesOfType(stack, ResourceTypes.vswitch)) {
        if (referenceKey(resolveReference(vswitch, "vpcId", ResourceTypes.vpc, stack)) !== vpcKey) {
            continue;
        }
        const cidr = vswitchBlock(vswitch);
        if (!cidr.known) {
            unknownDetail = cidr.detail;
        } else if (cidr.value !== undefined) {
            blocks.push(cidr.value);
        }
    }
    return { blocks, unknownDetail };
}
