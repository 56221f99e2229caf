import { comparableSpace, crossOverlaps, describeNetwork } from "../support/addressSpaces";
import { DocumentedStackPolicy } from "../support/documentedPolicy";
import { ResourceTypes as T } from "../support/resourceTypes";
import { Reference, resolveReference, resourcesOfType } from "../support/stackGraph";
import { reportSkippedUnknown } from "../support/unknowns";

/** Two VPCs joined by a peering connection do not share addresses. */
export const vpcPeerCidrsNoOverlap: DocumentedStackPolicy = {
    name: "vpc-peer-cidrs-no-overlap",
    description:
        "The two VPCs of a `vpc.PeerConnection` (`vpcId`, `acceptingVpcId`) must have disjoint IPv4 and IPv6 blocks (their own, or their vSwitches' where no VPC block is known).",
    rationale:
        "A peering between overlapping VPCs cannot route the shared range: the routes to it conflict with each VPC's own system routes, so part of the peer stays unreachable, the same silent failure the multi-account recipe hit on its CEN.",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps: "Plan the peered VPCs from one address plan so their blocks are disjoint; changing a VPC block replaces the VPC.",
    validateStack: (args, reportViolation) => {
        for (const peering of resourcesOfType(args.resources, T.vpcPeerConnection)) {
            const ends = (["vpcId", "acceptingVpcId"] as const).map((input) => resolveReference(peering, input, T.vpc, args.resources));
            const unknown = ends.find((e): e is Reference & { kind: "unknown" } => e.kind === "unknown");
            if (unknown !== undefined) {
                reportSkippedUnknown(reportViolation, peering.urn, `a VPC of peering ${peering.name} is not known yet`, unknown.detail);
                continue;
            }
            const placed = ends.filter((e): e is Reference & { kind: "resource" | "external" } => e.kind === "resource" || e.kind === "external");
            if (placed.length < 2) {
                continue;
            }
            const spaces = placed.map((end) => comparableSpace(end, args.resources));
            spaces.flatMap((s) => s.unknown).forEach((detail) => reportSkippedUnknown(reportViolation, peering.urn, "a block of a peered VPC is not known yet; its known blocks are compared", detail));
            for (const { a, b } of crossOverlaps(spaces)) {
                reportViolation(
                    `Peering ${peering.name} joins VPC ${spaces[0].name} (${describeNetwork(a)}) and VPC ${spaces[1].name} (${describeNetwork(b)}), which overlap.`,
                    peering.urn,
                );
            }
        }
    },
};
