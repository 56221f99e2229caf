import { tryParseCidr, vpcCidrProblems, vswitchCidrProblems, wholeInternetProblem } from "../network";
import { ArgProblems, enumProblem, integerProblem } from "../shared/validation";
import { NodeImage } from "./image";

const hostLabel = /^[a-z][a-z0-9-]{0,30}$/;

/** Problems with SSH source blocks; shared by every component that opens SSH. */
export function adminCidrProblems(arg: string, cidrs: readonly string[]): string[] {
    const problems = cidrs.flatMap((cidr, i) => {
        const parsed = tryParseCidr(cidr);
        if ("error" in parsed) {
            return [`${arg}[${i}]: ${parsed.error}`];
        }
        if (parsed.block.prefix === 0) {
            return [`${arg}[${i}]: "${cidr}" opens SSH to the whole internet; list the blocks you administer from, e.g. 198.51.100.7/32`];
        }
        return [];
    });
    // A single /0 is reported above; a split of the internet (0.0.0.0/1 + 128.0.0.0/1) only here.
    const singleWorldBlock = cidrs.some((cidr) => {
        const parsed = tryParseCidr(cidr);
        return "block" in parsed && parsed.block.prefix === 0;
    });
    const union = singleWorldBlock ? undefined : wholeInternetProblem(arg, cidrs, "SSH");
    return union === undefined ? problems : [...problems, union];
}

/** The node-group arguments as the user gave them (to tell "set" from "defaulted"). */
export interface NodeGroupRawArgs {
    vpcCidr?: string;
    vswitchCidr?: string;
    zoneId?: string;
}

/** The node-group arguments with defaults applied. */
export interface NodeGroupCheckedArgs {
    nodeNamePrefix: string;
    vpcCidr: string;
    vswitchCidr?: string;
    existingVswitchId?: string;
    image: NodeImage;
    systemDiskSize: number;
    passwordLogin: boolean;
    sshPublicKey?: unknown;
    eip: boolean;
    eipBandwidthMbps: number;
    adminCidrs: string[];
}

/**
 * Every problem with the arguments a node group shares across components (network, image, disk,
 * login, EIP, SSH blocks), each naming the argument, the value and the fix.
 */
export function nodeGroupArgProblems(raw: NodeGroupRawArgs, args: NodeGroupCheckedArgs): string[] {
    const problems = new ArgProblems();
    const add = (message: string | undefined) => message && problems.add(message);

    if (!hostLabel.test(args.nodeNamePrefix)) {
        problems.add(`nodeNamePrefix: "${args.nodeNamePrefix}" is not a host name prefix; use lower-case letters, digits and "-", starting with a letter`);
    }
    add(enumProblem("image", args.image, NodeImage));
    add(integerProblem("systemDiskSize", args.systemDiskSize, 20, 500));
    if (args.eip) {
        add(integerProblem("eipBandwidthMbps", args.eipBandwidthMbps, 1, 200));
    }
    if (!args.passwordLogin && args.sshPublicKey === undefined) {
        problems.add("passwordLogin: false with no sshPublicKey leaves no way to log in; set sshPublicKey or passwordLogin: true");
    }
    if (args.existingVswitchId !== undefined) {
        for (const conflicting of ["vpcCidr", "vswitchCidr", "zoneId"] as const) {
            if (raw[conflicting] !== undefined) {
                problems.add(`${conflicting}: "${raw[conflicting]}" cannot be combined with existingVswitchId; the existing vSwitch decides it, so remove one of them`);
            }
        }
    } else {
        const vpcProblems = vpcCidrProblems("vpcCidr", args.vpcCidr);
        problems.addAll(vpcProblems);
        if (args.vswitchCidr !== undefined) {
            problems.addAll(vswitchCidrProblems("vswitchCidr", args.vswitchCidr, vpcProblems.length === 0 ? args.vpcCidr : undefined));
        }
    }
    problems.addAll(adminCidrProblems("adminCidrs", args.adminCidrs));
    return [...problems.list];
}
