import * as pulumi from "@pulumi/pulumi";
import { NodeImage } from "../compute/image";
import { nodeDefaults } from "../compute/nodeGroup";

/** How the nodes are reached from the internet. */
export enum PublicAccess {
    /** No public address; reach the nodes through a bastion, VPN or Cloud Assistant. */
    None = "None",
    /** One pay-by-traffic EIP per node, bound by an explicit association. */
    Eip = "Eip",
}

/** The arguments of a {@link SingleAccountCluster}. */
export interface SingleAccountClusterArgs {
    /** How many ECS nodes to create, 1 to 100. Default: 4. */
    nodeCount?: number;
    /** The node name prefix; nodes are named `<prefix>1`, `<prefix>2`, ... Default: "node". */
    nodeNamePrefix?: string;
    /** The block of the new VPC, /8 to /28. Default: "172.16.0.0/16". Not used with `existingVswitchId`. */
    vpcCidr?: string;
    /** The block of the new vSwitch, inside `vpcCidr`, /16 to /29. Default: the first /24 of `vpcCidr`. */
    vswitchCidr?: string;
    /** An existing vSwitch to put the nodes in (its VPC and zone are used). Default: none, a new VPC and vSwitch are created. */
    existingVswitchId?: string;
    /** The zone of the new vSwitch. Default: the zone where the cheapest burstable type is sold. */
    zoneId?: string;
    /** The ECS instance type. Default: the cheapest `ecs.t6` burstable type with at least 1 GiB, looked up. */
    instanceType?: string;
    /** The operating system, used when `imageId` is not set. Default: Ubuntu2204. */
    image?: NodeImage;
    /** A pinned image id. Default: the newest system image of `image`, looked up. */
    imageId?: string;
    /** The system disk category. Default: "cloud_efficiency". */
    systemDiskCategory?: string;
    /** The system disk size in GiB, 20 to 500. Default: 20. */
    systemDiskSize?: number;
    /** Generate a secret root password for the nodes. Default: true. */
    passwordLogin?: boolean;
    /** An OpenSSH public key installed as an ECS key pair. Default: none. */
    sshPublicKey?: pulumi.Input<string>;
    /** How the nodes are reached from the internet. Default: PublicAccess.Eip. */
    publicAccess?: PublicAccess;
    /** Peak bandwidth of each EIP in Mbit/s, 1 to 200, billed by traffic. Default: 5. */
    eipBandwidthMbps?: number;
    /** Blocks allowed to reach SSH (port 22); never 0.0.0.0/0. Default: [] (no SSH from outside the group). */
    adminCidrs?: string[];
    /** The SSH user written into the ssh_config output. Default: "root". */
    sshUser?: string;
    /** Tags added to every resource that takes tags. Default: {}. */
    tags?: { [key: string]: string };
}

/** The arguments with every default applied; resolved once, at the top of the constructor. */
export interface ResolvedClusterArgs {
    nodeCount: number;
    nodeNamePrefix: string;
    vpcCidr: string;
    vswitchCidr?: string;
    existingVswitchId?: string;
    zoneId?: string;
    instanceType?: string;
    image: NodeImage;
    imageId?: string;
    systemDiskCategory: string;
    systemDiskSize: number;
    passwordLogin: boolean;
    sshPublicKey?: pulumi.Input<string>;
    publicAccess: PublicAccess;
    eipBandwidthMbps: number;
    adminCidrs: string[];
    sshUser: string;
    tags: { [key: string]: string };
}

export const clusterDefaults = {
    ...nodeDefaults,
    nodeCount: 4,
    publicAccess: PublicAccess.Eip,
    sshUser: "root",
} as const;

export function resolveClusterArgs(args: SingleAccountClusterArgs): ResolvedClusterArgs {
    return {
        ...args,
        nodeCount: args.nodeCount ?? clusterDefaults.nodeCount,
        nodeNamePrefix: args.nodeNamePrefix ?? clusterDefaults.nodeNamePrefix,
        vpcCidr: args.vpcCidr ?? clusterDefaults.vpcCidr,
        image: args.image ?? clusterDefaults.image,
        systemDiskCategory: args.systemDiskCategory ?? clusterDefaults.systemDiskCategory,
        systemDiskSize: args.systemDiskSize ?? clusterDefaults.systemDiskSize,
        passwordLogin: args.passwordLogin ?? clusterDefaults.passwordLogin,
        publicAccess: args.publicAccess ?? clusterDefaults.publicAccess,
        eipBandwidthMbps: args.eipBandwidthMbps ?? clusterDefaults.eipBandwidthMbps,
        adminCidrs: args.adminCidrs ?? [],
        sshUser: args.sshUser ?? clusterDefaults.sshUser,
        tags: args.tags ?? {},
    };
}
