import { contains, overlaps, parseCidr, tryParseCidr } from "./cidr";

/** Prefix lengths Alibaba Cloud accepts for a VPC block. */
export const VPC_PREFIX_RANGE = { min: 8, max: 28 } as const;

/** Prefix lengths Alibaba Cloud accepts for a vSwitch block. */
export const VSWITCH_PREFIX_RANGE = { min: 16, max: 29 } as const;

/** Blocks Alibaba Cloud refuses as (part of) a VPC block: shared, multicast, loopback, link-local, "this network". */
export const RESERVED_VPC_BLOCKS: readonly string[] = [
    "100.64.0.0/10",
    "224.0.0.0/4",
    "127.0.0.0/8",
    "169.254.0.0/16",
    "0.0.0.0/8",
];

const reservedBlocks = RESERVED_VPC_BLOCKS.map(parseCidr);

/**
 * Every reason `cidr` cannot be a VPC block, each prefixed with `arg` (the argument name);
 * empty when it is fine. Checks: the syntax, host bits, prefix /8../28, and overlap with the
 * reserved blocks. Public (non-RFC 1918) blocks are allowed, as Alibaba Cloud allows them.
 */
export function vpcCidrProblems(arg: string, cidr: string): string[] {
    const parsed = tryParseCidr(cidr);
    if ("error" in parsed) return [`${arg}: ${parsed.error}`];
    const { block } = parsed;
    const problems: string[] = [];
    if (block.prefix < VPC_PREFIX_RANGE.min || block.prefix > VPC_PREFIX_RANGE.max) {
        problems.push(`${arg}: "${cidr}" has prefix /${block.prefix}; Alibaba Cloud VPC blocks must be /8 to /28`);
    }
    reservedBlocks.forEach((reserved) => {
        if (overlaps(block, reserved)) {
            problems.push(
                `${arg}: "${cidr}" overlaps the reserved block ${reserved.text}; ` +
                    `choose a block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16`,
            );
        }
    });
    return problems;
}

/**
 * Every reason `cidr` cannot be a vSwitch block, each prefixed with `arg`; empty when it is
 * fine. Checks: the syntax, host bits, prefix /16../29 and, when `vpcCidr` is given and itself
 * parses, that the block lies inside it (an unparseable `vpcCidr` is reported by `vpcCidrProblems`).
 */
export function vswitchCidrProblems(arg: string, cidr: string, vpcCidr?: string): string[] {
    const parsed = tryParseCidr(cidr);
    if ("error" in parsed) return [`${arg}: ${parsed.error}`];
    const { block } = parsed;
    const problems: string[] = [];
    if (block.prefix < VSWITCH_PREFIX_RANGE.min || block.prefix > VSWITCH_PREFIX_RANGE.max) {
        problems.push(`${arg}: "${cidr}" has prefix /${block.prefix}; Alibaba Cloud vSwitch blocks must be /16 to /29`);
    }
    if (vpcCidr !== undefined) {
        const vpc = tryParseCidr(vpcCidr);
        if ("block" in vpc && !contains(vpc.block, block)) {
            problems.push(
                `${arg}: "${cidr}" is outside the VPC block ${vpcCidr}; choose a vSwitch block inside ${vpcCidr}`,
            );
        }
    }
    return problems;
}
