import { findNetworkOverlaps, parseIpNetwork, vpcCidrProblems } from "alicloud-blueprints/network";
import { DocumentedStackPolicy } from "../support/documentedPolicy";
import { ResourceTypes as T } from "../support/resourceTypes";
import { resourcesOfType } from "../support/stackGraph";
import { comparableNetwork, vpcAddressSpace } from "../support/vpcBlocks";

/** Every block of a VPC is a block the cloud accepts, and the blocks of one VPC are disjoint. */
export const vpcCidrBlocksValid: DocumentedStackPolicy = {
    name: "vpc-cidr-blocks-valid",
    description:
        "Every block declared for a VPC (`cidrBlock`, each of `secondaryCidrBlocks`, `ipv6CidrBlock`, and each `vpc.Ipv4CidrBlock` / `vpc.Ipv6CidrBlock` of it) must parse as a network without host bits; IPv4 blocks must be /8 to /28 outside the reserved ranges; and the blocks of one VPC must not overlap each other.",
    rationale:
        "A block that does not parse, or has host bits, would otherwise drop out of every overlap check without a word; the cloud rejects it, or an overlapping secondary block, only halfway through an update.",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps:
        "Write each block as its network address and prefix (10.0.0.0/16, not 10.0.0.1/16), inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, and give a VPC's secondary blocks ranges disjoint from its primary block.",
    validateStack: (args, reportViolation) => {
        for (const vpc of resourcesOfType(args.resources, T.vpc)) {
            const space = vpcAddressSpace(vpc, args.resources);
            for (const block of space.blocks) {
                const problems = block.text.includes(":")
                    ? [parseIpNetwork(block.text)].flatMap((p) => ("error" in p ? [`${block.from}: ${p.error}`] : []))
                    : vpcCidrProblems(block.from, block.text);
                problems.forEach((problem) => reportViolation(`VPC ${vpc.name}: ${problem}.`, block.urn));
            }
            const comparable = space.blocks.flatMap((block) => {
                const network = comparableNetwork(block.text);
                return network === undefined ? [] : [{ label: block, network }];
            });
            for (const { a, b } of findNetworkOverlaps(comparable)) {
                reportViolation(`VPC ${vpc.name}: ${b.label.from} (${b.label.text}) overlaps ${a.label.from} (${a.label.text}); the blocks of one VPC must be disjoint.`, b.label.urn);
            }
        }
    },
};
