import { tryParseCidr, vpcCidrProblems, vswitchCidrProblems, wholeInternetProblem } from "../network";
import { Defaulted } from "./defaults";
import { NodeImage, PublicAccess } from "./enums";
import { NodeArgs, nodeArgDefaults, NodeNetworkArgs, nodeNetworkDefaults, NodePublicAccessArgs, publicAccessDefaults, SshProvisioningArgs } from "./nodeArgs";
import {
    blankProblem,
    describeValue,
    enumProblem,
    hostKeyProblem,
    hostProblem,
    integerProblem,
    isEventual,
    portProblem,
    tokenProblem,
    userNameProblem,
} from "./problems";
import { zoneProblem } from "./regions";

export type ResolvedNodeArgs = Defaulted<NodeArgs, typeof nodeArgDefaults>;
export type ResolvedNodeNetworkArgs = Defaulted<NodeNetworkArgs, typeof nodeNetworkDefaults>;
export type ResolvedPublicAccessArgs = Defaulted<NodePublicAccessArgs, typeof publicAccessDefaults>;

const hostLabel = /^[a-z][a-z0-9-]{0,30}$/;

/**
 * The problem with a name that ends up in ECS host names, when it holds "--": "two or more consecutive
 * "." or "-" symbols are not allowed" (terraform-provider-alicloud website/docs/r/instance.html.markdown,
 * `host_name`), so the instance would be refused at apply.
 */
export function doubleHyphenProblem(arg: string, name: string, hostName: string): string | undefined {
    if (!hostName.includes("--")) {
        return undefined;
    }
    return `${arg}: ${describeValue(name)} would name a node ${JSON.stringify(hostName)}, and an ECS host name may not hold "--"; use single "-" between letters and digits`;
}

/** A node name prefix: the start of a host name, so nothing a hosts file or ssh_config could read as more. */
export function nodeNamePrefixProblem(arg: string, prefix: string): string | undefined {
    if (!hostLabel.test(prefix)) {
        return `${arg}: ${describeValue(prefix)} is not a host name prefix; use up to 31 lower-case letters, digits and "-", starting with a letter`;
    }
    return doubleHyphenProblem(arg, prefix, `${prefix}1`);
}

/** The tags an Alibaba Cloud resource takes (TagResources: "up to 20 tags"), less the up to 3 a blueprint adds itself (`node`, `cen-mesh`, `account`, `tier`). */
export const maxUserTags = 17;
const maxTagLength = 128;
const controlCharacter = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Why a tag key or value is refused, or undefined. */
function tagTextProblem(text: string, reservedPrefix: RegExp): string | undefined {
    if (text.length > maxTagLength) return `is longer than ${maxTagLength} characters`;
    const reserved = reservedPrefix.exec(text);
    if (reserved !== null) return `starts with ${JSON.stringify(reserved[0])}, which Alibaba Cloud keeps for its own tags`;
    const link = /https?:\/\//i.exec(text);
    if (link !== null) return `contains ${JSON.stringify(link[0])}, which Alibaba Cloud refuses in tags`;
    if (controlCharacter.test(text)) return "has a control character (a line break?)";
    return undefined;
}

/**
 * Problems with user tags, by the rules of Alibaba Cloud's tag APIs (e.g. E-MapReduce's Tag: "The key
 * can be up to 128 characters in length. It cannot start with aliyun or acs: and cannot contain
 * http:// or https://"; the value likewise, but may be empty and only `acs:` is reserved). The
 * provider also drops keys starting with `aliyun` or `acs:` when it reads tags back
 * (terraform-provider-alicloud alicloud/tags.go, `tagIgnored`), so they would show as a change on every
 * preview. Control characters have no use in a tag and break every line-oriented listing of them.
 */
export function tagProblems(arg: string, tags: { [key: string]: string }): string[] {
    const entries = Object.entries(tags);
    const problems: string[] = [];
    if (entries.length > maxUserTags) {
        problems.push(
            `${arg}: ${entries.length} tags given; a resource takes 20 and the blueprints add up to 3 of their own, so use at most ${maxUserTags}`,
        );
    }
    for (const [key, value] of entries) {
        const at = `${arg}[${describeValue(key)}]`;
        const keyProblem = key === "" ? "is empty" : tagTextProblem(key, /^(aliyun|acs:)/i);
        if (keyProblem !== undefined) {
            problems.push(`${at}: the key ${keyProblem}; use a key of 1 to ${maxTagLength} characters, e.g. "team"`);
        }
        const valueProblem = tagTextProblem(value, /^acs:/i);
        if (valueProblem !== undefined) {
            problems.push(`${at}: ${describeValue(value)} ${valueProblem}; use a value of up to ${maxTagLength} characters, e.g. "blue"`);
        }
    }
    return problems;
}

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

/** Every problem with the {@link NodeArgs} every blueprint takes, each naming the argument, the value and the fix. */
export function nodeArgProblems(args: ResolvedNodeArgs): Array<string | undefined> {
    return [
        tokenProblem("instanceType", args.instanceType, "ecs.t6-c1m1.large"),
        enumProblem("image", args.image, NodeImage),
        tokenProblem("imageId", args.imageId, "ubuntu_22_04_x64_20G_alibase_20240101.vhd"),
        tokenProblem("systemDiskCategory", args.systemDiskCategory, "cloud_efficiency"),
        integerProblem("systemDiskSize", args.systemDiskSize, 20, 500),
        !args.passwordLogin && args.sshPublicKey === undefined
            ? "passwordLogin: false with no sshPublicKey leaves no way to log in; set sshPublicKey or passwordLogin: true"
            : undefined,
        typeof args.sshPublicKey === "string" ? sshPublicKeyProblem(args.sshPublicKey) : undefined,
        ...adminCidrProblems("adminCidrs", args.adminCidrs),
        ...tagProblems("tags", args.tags),
    ];
}

function sshPublicKeyProblem(key: string): string | undefined {
    if (!/^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/]+=*( [^\x00-\x1f\x7f]*)?$/.test(key)) {
        return `sshPublicKey: ${describeValue(key)} is not an OpenSSH public key; paste one line of a .pub file, e.g. "ssh-ed25519 AAAA... you@host"`;
    }
    return undefined;
}

/** Problems with the EIP arguments; the bandwidth only matters when an EIP is created (`eipUsed`). */
export function publicAccessProblems(args: ResolvedPublicAccessArgs, eipUsed: boolean): Array<string | undefined> {
    return [
        enumProblem("publicAccess", args.publicAccess, PublicAccess),
        eipUsed ? integerProblem("eipBandwidthMbps", args.eipBandwidthMbps, 1, 200) : undefined,
    ];
}

/**
 * Problems with where a node group lives. `raw` tells a set `vpcCidr` from a defaulted one (a set
 * one cannot be combined with `existingVswitchId`). `region`, when known, is what `zoneId` must be in.
 */
export function nodeNetworkProblems(raw: NodeNetworkArgs, args: ResolvedNodeNetworkArgs, region?: string): Array<string | undefined> {
    const problems: Array<string | undefined> = [nodeNamePrefixProblem("nodeNamePrefix", args.nodeNamePrefix)];
    if (args.existingVswitchId !== undefined) {
        problems.push(tokenProblem("existingVswitchId", args.existingVswitchId, "vsw-bp1example"));
        for (const conflicting of ["vpcCidr", "vswitchCidr", "zoneId"] as const) {
            if (raw[conflicting] !== undefined) {
                problems.push(
                    `${conflicting}: ${describeValue(raw[conflicting])} cannot be combined with existingVswitchId; the existing vSwitch decides it, so remove one of them`,
                );
            }
        }
        return problems;
    }
    const vpcProblems = vpcCidrProblems("vpcCidr", args.vpcCidr);
    problems.push(...vpcProblems);
    if (args.vswitchCidr !== undefined) {
        problems.push(...vswitchCidrProblems("vswitchCidr", args.vswitchCidr, vpcProblems.length === 0 ? args.vpcCidr : undefined));
    }
    if (args.zoneId !== undefined) {
        problems.push(blankProblem("zoneId", args.zoneId) ?? zoneProblem("zoneId", args.zoneId, region));
    }
    return problems;
}

/** What a blueprint's SSH provisioning needs, as the blueprint decided it from its own arguments. */
export interface SshProvisioningNeeds {
    /** True when commands connect over SSH at all. */
    overSsh: boolean;
    /** How the blueprint's own words name the switch that turns SSH provisioning off, for the fix. */
    turnOff: string;
    passwordLogin: boolean;
    adminCidrs: readonly string[];
}

/**
 * Problems with provisioning over SSH: a login the commands can use, a jump host that is a host
 * and a port, and an SSH path through the security group (`adminCidrs` not empty).
 */
export function sshProvisioningProblems(args: SshProvisioningArgs, needs: SshProvisioningNeeds): Array<string | undefined> {
    const problems: Array<string | undefined> = [];
    const jump = args.jumpHost;
    if (jump !== undefined) {
        if (typeof jump.host === "string") {
            problems.push(hostProblem("jumpHost.host", jump.host));
        } else if (!isEventual(jump.host)) {
            problems.push(`jumpHost.host: is not set; set the bastion's address`);
        }
        problems.push(userNameProblem("jumpHost.user", jump.user ?? "root"), portProblem("jumpHost.port", jump.port ?? 22));
    }
    if (!needs.overSsh) {
        return problems;
    }
    if (jump !== undefined && typeof jump.hostKey === "string") {
        problems.push(hostKeyProblem("jumpHost.hostKey", jump.hostKey));
    } else if (jump !== undefined && !isEventual(jump.hostKey)) {
        problems.push(`jumpHost.hostKey: is not set; give the jump host's SSH host public key (ssh-ed25519 AAAA...), read on the host itself, so the provisioning commands never trust whoever answers`);
    }
    if (!needs.passwordLogin && args.sshPrivateKey === undefined) {
        problems.push(
            `sshPrivateKey: not set, and passwordLogin is false, so the provisioning commands cannot log in; set sshPrivateKey (matching sshPublicKey) or passwordLogin: true`,
        );
    }
    if (needs.adminCidrs.length === 0) {
        problems.push(
            `adminCidrs: empty, so SSH from outside the security group is closed and the provisioning commands cannot connect; add the block they connect from (${jump === undefined ? "where `pulumi up` runs" : "the jump host's address"}, e.g. 198.51.100.7/32), or ${needs.turnOff}`,
        );
    }
    return problems;
}
