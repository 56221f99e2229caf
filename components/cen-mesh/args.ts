import * as pulumi from "@pulumi/pulumi";
import { applyDefaults, Defaulted, nodeArgDefaults, NodeArgs, NodeInfo, NodePublicAccessArgs, publicAccessDefaults } from "../vocabulary";

/** Who pays for a member VPC's connection to the transit router. */
export enum CenPayer {
    /** The account that owns the CEN instance pays for every connection (the recipe: the master pays). */
    CenOwner = "PayByCenOwner",
    /** Each account pays for its own VPC's connection. */
    ResourceOwner = "PayByResourceOwner",
}

/** One Alibaba Cloud account of a {@link CenMesh}: its VPC, its nodes and how to reach it. */
export interface CenMeshAccount {
    /** A short, unique name: lower-case letters, digits and "-", starting with a letter, at most 24 characters; no "--" and no "-" at the end (its nodes are named `<name>-node1`, ..., and ECS host names may not hold "--"). Used in resource and node names. Required. */
    name: string;
    /** The numeric Alibaba Cloud account ID (UID) of the account, unique in the mesh. Required. */
    accountId: string;
    /** The region of the account's VPC; a mesh spans one region, so it must equal the mesh region. Default: the mesh region. */
    region?: string;
    /** The RAM role to assume in this account. Default: `acs:ram::<accountId>:role/<assumeRoleName>` for every account except the owner, unless the account has its own `accessKey`/`secretKey`; the owner uses the ambient credentials. */
    assumeRoleArn?: string;
    /** The account's VPC block, /8 to /28, disjoint from every other member's. Default: the next free `vpcPrefix` block of `supernet`. */
    vpcCidr?: string;
    /** Two vSwitch blocks inside `vpcCidr`, one per transit-router zone (primary, secondary); needs `vpcCidr`. Default: the first two /24 blocks of the VPC (smaller when the VPC is). */
    vswitchCidrs?: string[];
    /** How many burstable ECS nodes to create in the account, 1 to 100. Default: 1. */
    nodeCount?: number;
    /** An AccessKey ID of this account (secret config), used instead of assume-role. Default: none. */
    accessKey?: pulumi.Input<string>;
    /** The AccessKey secret matching `accessKey` (secret config). Default: none. */
    secretKey?: pulumi.Input<string>;
}

/** The arguments of a {@link CenMesh}: the shared node and EIP arguments (for every member's nodes), and its own. */
export interface CenMeshArgs extends NodeArgs, NodePublicAccessArgs {
    /** The member accounts, at least 2; the order decides which planned blocks they get, so append new accounts at the end. Required. */
    accounts: CenMeshAccount[];
    /** The name of the account that owns the CEN instance and transit router. Default: the first account. */
    ownerAccount?: string;
    /** The region of the mesh (every VPC and the transit router). Default: the owner's `region`, else the `alicloud:region` config. */
    region?: string;
    /** The RAM role name assumed in each non-owner account when it has no `assumeRoleArn` or keys. Default: "CenMeshAdmin". */
    assumeRoleName?: string;
    /** The block unset `vpcCidr`s are planned from, so they are disjoint by construction. Default: "10.0.0.0/8". */
    supernet?: string;
    /** The prefix length of a planned VPC block, 8 to 28 and not shorter than the supernet's. Default: 16. */
    vpcPrefix?: number;
    /** Who pays for the cross-account VPC connections. Default: CenPayer.CenOwner. */
    payer?: CenPayer;
}

/** One member account as the mesh reports it. */
export interface CenMeshMemberInfo {
    /** The account's name in the mesh. */
    name: string;
    /** The account ID. */
    accountId: string;
    /** The account's VPC. */
    vpcId: string;
    /** The VPC block. */
    cidr: string;
    /** The VPC's connection to the transit router. */
    attachmentId: string;
    /** The account's nodes (private IP, and EIP when public access is on). */
    nodes: NodeInfo[];
}

const accountDefaults = { nodeCount: 1 };

const cenMeshDefaults = {
    ...nodeArgDefaults,
    ...publicAccessDefaults,
    assumeRoleName: "CenMeshAdmin",
    supernet: "10.0.0.0/8",
    vpcPrefix: 16,
    payer: CenPayer.CenOwner,
};

/** The name (and host name) of an account's n-th node, from 1. */
export function memberNodeName(accountName: string, n: number): string {
    return `${accountName}-node${n}`;
}

/** An account with its defaults applied (CIDRs are planned later, see layout.ts). */
export type ResolvedAccount = Defaulted<CenMeshAccount, typeof accountDefaults>;

/**
 * Applies the defaults. The owner is the named account, else the first; the region is the
 * explicit one, else the owner's, else `alicloud:region` (read from config here, once).
 */
export function resolveCenMeshArgs(args: CenMeshArgs) {
    const accounts = (args.accounts ?? []).map((account): ResolvedAccount => applyDefaults(account, accountDefaults));
    const ownerName = args.ownerAccount ?? accounts[0]?.name;
    const owner = accounts.find((a) => a.name === ownerName);
    return {
        ...applyDefaults(args, cenMeshDefaults),
        accounts,
        ownerAccount: ownerName,
        region: args.region ?? owner?.region ?? new pulumi.Config("alicloud").get("region"),
    };
}

export type ResolvedCenMeshArgs = ReturnType<typeof resolveCenMeshArgs>;
