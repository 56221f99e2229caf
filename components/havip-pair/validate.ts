import { PublicAccess } from "../cluster/args";
import { defaultVswitchCidr } from "../compute/nodeGroup";
import { nodeGroupArgProblems } from "../compute/nodeGroupValidation";
import { contains, parseCidr, tryParseCidr } from "../network";
import { FailoverProfile } from "../provision/keepalived";
import { enumProblem, integerProblem } from "../shared/validation";
import { HaVipPairArgs, ResolvedHaVipPairArgs } from "./args";

export const minNodes = 2;
/** A HaVip serves at most 10 ECS instances. */
export const maxNodes = 10;

/** Addresses Alibaba Cloud keeps in every vSwitch: the first one and the last three. */
const reservedAtStart = 1n;
const reservedAtEnd = 3n;

/**
 * The problem with a fixed HaVip address in a vSwitch block, if any: outside the block, or one of
 * the addresses the system keeps (the first and the last three: CreateVSwitchCidrReservation's
 * documentation, e.g. .0, .253, .254 and .255 of a /24).
 */
export function havipAddressProblem(address: string, vswitchCidr: string): string | undefined {
    const parsed = tryParseCidr(`${address}/32`);
    if ("error" in parsed) {
        return `havipAddress: "${address}" is not an IPv4 address; write it as a.b.c.d inside the vSwitch block`;
    }
    const block = parseCidr(vswitchCidr);
    const ip = parsed.block.first;
    if (!contains(block, parsed.block)) {
        return `havipAddress: "${address}" is outside the vSwitch block ${vswitchCidr}; choose a host address inside it or leave havipAddress unset`;
    }
    if (ip < block.first + reservedAtStart || ip > block.last - reservedAtEnd) {
        return `havipAddress: "${address}" is reserved in the vSwitch block ${vswitchCidr} (Alibaba Cloud keeps its first and last three addresses); choose another address inside it or leave havipAddress unset`;
    }
    return undefined;
}

/** Every problem with a HaVipPair's arguments, each naming the argument, the value and the fix. */
export function havipPairArgProblems(raw: HaVipPairArgs, args: ResolvedHaVipPairArgs): string[] {
    const problems: Array<string | undefined> = [
        integerProblem("nodeCount", args.nodeCount, minNodes, maxNodes),
        ...nodeGroupArgProblems(raw, { ...args, eip: args.nodePublicAccess === PublicAccess.Eip || args.havipEip }),
        enumProblem("nodePublicAccess", args.nodePublicAccess, PublicAccess),
        enumProblem("profile", args.profile, FailoverProfile),
        integerProblem("virtualRouterId", args.virtualRouterId, 1, 255),
        integerProblem("preemptDelaySeconds", args.preemptDelaySeconds, 0, 1000),
    ];
    if (args.authentication && args.profile === FailoverProfile.Fast) {
        problems.push("authentication: true needs VRRPv2, but profile Fast runs VRRPv3, which has no authentication; set profile: Standard or authentication: false");
    }
    if (args.nopreempt && args.preemptDelaySeconds > 0) {
        problems.push(`preemptDelaySeconds: ${args.preemptDelaySeconds} has no effect with nopreempt: true; remove one of them`);
    }
    args.allowedCidrs.forEach((cidr, i) => {
        const parsed = tryParseCidr(cidr);
        if ("error" in parsed) {
            problems.push(`allowedCidrs[${i}]: ${parsed.error}`);
        }
    });
    if (args.havipAddress !== undefined && args.existingVswitchId === undefined && "block" in tryParseCidr(args.vpcCidr)) {
        const vswitchCidr = defaultVswitchCidr(args.vpcCidr, args.vswitchCidr);
        if ("block" in tryParseCidr(vswitchCidr)) {
            problems.push(havipAddressProblem(args.havipAddress, vswitchCidr));
        }
    }
    if (args.provision) {
        if (args.nodePublicAccess === PublicAccess.None && args.jumpHost === undefined) {
            problems.push("nodePublicAccess: None leaves the provisioning commands no way to the nodes; set jumpHost, nodePublicAccess: Eip, or provision: false");
        }
        if (!args.passwordLogin && args.sshPrivateKey === undefined) {
            problems.push("sshPrivateKey: not set, and passwordLogin is false, so the provisioning commands cannot log in; set sshPrivateKey (matching sshPublicKey) or passwordLogin: true");
        }
    }
    return problems.filter((p): p is string => p !== undefined);
}
