import { ComparableSpace, comparableSpace, crossOverlaps, describeNetwork } from "../support/addressSpaces";
import { CenMember, cenMemberships } from "../support/cenMembership";
import { DocumentedStackPolicy } from "../support/documentedPolicy";
import { referenceKey } from "../support/stackGraph";
import { reportSkippedUnknown } from "../support/unknowns";
import { unplacedBlockResources } from "../support/vpcBlocks";

/** VPCs joined by one CEN do not share addresses, IPv4 or IPv6. */
export const cenAttachedCidrsNoOverlap: DocumentedStackPolicy = {
    name: "cen-attached-cidrs-no-overlap",
    description:
        "VPCs attached to the same CEN must have disjoint address space: every IPv4 and IPv6 block (`cidrBlock`, `secondaryCidrBlocks`, `vpc.Ipv4CidrBlock`, `vpc.Ipv6CidrBlock`), or their vSwitches' blocks where no VPC block is known. A CEN is one network however its attachments name it (by CEN, by transit router, or both).",
    rationale:
        "Overlapping blocks on one CEN make routes conflict and traffic silently goes to the wrong VPC; in the multi-account recipe this was found only by asking support.",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps:
        "Give every account's VPC its own block from one address plan (for example 10.<account>.0.0/16), or attach the overlapping VPC to a different CEN. Changing a VPC block replaces the VPC.",
    validateStack: (args, reportViolation) => {
        const { members, unplaced } = cenMemberships(args.resources);
        for (const { attachment, detail } of unplaced) {
            reportSkippedUnknown(reportViolation, attachment.urn, `the CEN or VPC of attachment ${attachment.name} is not known yet`, detail);
        }
        for (const { resource, detail } of unplacedBlockResources(args.resources)) {
            reportSkippedUnknown(reportViolation, resource.urn, `the VPC of ${resource.name} is not known yet, so its block is compared with nothing`, detail);
        }
        const byCen = new Map<string, Array<{ member: CenMember; space: ComparableSpace }>>();
        for (const member of uniqueVpcPerCen(members)) {
            const space = comparableSpace(member.vpc, args.resources);
            for (const detail of space.unknown) {
                reportSkippedUnknown(reportViolation, member.attachment.urn, `a block of VPC ${space.name} is not known yet; its known blocks are compared`, detail);
            }
            byCen.set(member.cenKey, [...(byCen.get(member.cenKey) ?? []), { member, space }]);
        }
        for (const group of byCen.values()) {
            for (const { first, second, a, b } of crossOverlaps(group.map((g) => g.space))) {
                const later = group[second];
                reportViolation(
                    `VPC ${later.space.name} (${describeNetwork(b)}) overlaps VPC ${group[first].space.name} (${describeNetwork(a)}); both are attached to the same CEN.`,
                    later.member.attachment.urn,
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
