import { defaultVswitchCidr } from "../compute/nodeGroup";
import { contains, parseCidr, tryParseCidr } from "../network";
import { vrrpSettingProblems } from "../provision/keepalived";
import {
    BlueprintArgsSpec,
    describeValue,
    integerProblem,
    nodeArgProblems,
    nodeNetworkProblems,
    PublicAccess,
    publicAccessProblems,
    sshProvisioningProblems,
} from "../vocabulary";
import { HaVipPairArgs, ResolvedHaVipPairArgs, resolveHaVipPairArgs } from "./args";

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
        return `havipAddress: ${describeValue(address)} is not an IPv4 address; write it as a.b.c.d inside the vSwitch block`;
    }
    const block = parseCidr(vswitchCidr);
    const ip = parsed.block.first;
    if (!contains(block, parsed.block)) {
        return `havipAddress: ${describeValue(address)} is outside the vSwitch block ${vswitchCidr}; choose a host address inside it or leave havipAddress unset`;
    }
    if (ip < block.first + reservedAtStart || ip > block.last - reservedAtEnd) {
        return `havipAddress: ${describeValue(address)} is reserved in the vSwitch block ${vswitchCidr} (Alibaba Cloud keeps its first and last three addresses); choose another address inside it or leave havipAddress unset`;
    }
    return undefined;
}

function ownProblems(args: ResolvedHaVipPairArgs): Array<string | undefined> {
    const problems: Array<string | undefined> = [integerProblem("nodeCount", args.nodeCount, minNodes, maxNodes)];
    args.allowedCidrs.forEach((cidr, i) => {
        const parsed = tryParseCidr(cidr);
        problems.push("error" in parsed ? `allowedCidrs[${i}]: ${parsed.error}` : undefined);
    });
    if (args.havipAddress !== undefined && args.existingVswitchId === undefined && "block" in tryParseCidr(args.vpcCidr)) {
        const vswitchCidr = defaultVswitchCidr(args.vpcCidr, args.vswitchCidr);
        if ("block" in tryParseCidr(vswitchCidr)) {
            problems.push(havipAddressProblem(args.havipAddress, vswitchCidr));
        }
    }
    if (args.provision && args.publicAccess === PublicAccess.None && args.jumpHost === undefined) {
        problems.push("publicAccess: None leaves the provisioning commands no way to the nodes; set jumpHost, publicAccess: Eip, or provision: false");
    }
    return problems;
}

/** How a HaVipPair reads and checks its arguments (the constructor and the stack share it). */
export const havipPairArgsSpec: BlueprintArgsSpec<HaVipPairArgs, ResolvedHaVipPairArgs> = {
    component: "HaVipPair",
    resolve: resolveHaVipPairArgs,
    problems: (raw, args, context) => [
        ...ownProblems(args),
        ...nodeArgProblems(args),
        ...nodeNetworkProblems(raw, args, context.region),
        ...publicAccessProblems(args, args.publicAccess === PublicAccess.Eip || args.havipEip),
        ...vrrpSettingProblems(args, args.authentication ? "authentication" : undefined),
        ...sshProvisioningProblems(args, { overSsh: args.provision, turnOff: "set provision: false", passwordLogin: args.passwordLogin, adminCidrs: args.adminCidrs }),
    ],
};
