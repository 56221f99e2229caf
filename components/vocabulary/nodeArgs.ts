import * as pulumi from "@pulumi/pulumi";
import { NodeImage, PublicAccess } from "./enums";
import { JumpHostArgs } from "./types";

/**
 * The arguments every blueprint's nodes take, declared once (JSDoc, default) and extended by each
 * blueprint's `*Args` interface, as pulumi-eks's NodeGroupOptions extends NodeGroupBaseOptions.
 * The component analyzer follows `extends` of plain interfaces (not Pick/Omit), so the schema
 * still lists every input of every component. The defaults in code are {@link nodeArgDefaults}.
 */
export interface NodeArgs {
    /** The ECS instance type of the nodes. Default: the cheapest `ecs.t6` burstable type with at least 1 GiB sold where the nodes go, looked up. */
    instanceType?: string;
    /** The operating system, used when `imageId` is not set. Default: Ubuntu2204. */
    image?: NodeImage;
    /** A pinned image id. Default: the newest system image of `image`, looked up. */
    imageId?: string;
    /** The system disk category. Default: "cloud_efficiency". */
    systemDiskCategory?: string;
    /** The system disk size in GiB, 20 to 500. Default: 20. */
    systemDiskSize?: number;
    /** Generate one secret root password for the nodes (the provisioning commands log in with it unless `sshPrivateKey` is set). Default: true. */
    passwordLogin?: boolean;
    /** An OpenSSH public key installed as an ECS key pair. Default: none. */
    sshPublicKey?: pulumi.Input<string>;
    /** Blocks allowed to reach SSH (port 22) on the nodes, never 0.0.0.0/0; SSH provisioning needs the block `pulumi up` runs from (or the jump host's). Default: [] (no SSH from outside the group). */
    adminCidrs?: string[];
    /** Tags added to every resource that takes tags: at most 17; keys of 1 to 128 characters not starting with "aliyun" or "acs:", values of up to 128. Default: {}. */
    tags?: { [key: string]: string };
}

export const nodeArgDefaults = {
    image: NodeImage.Ubuntu2204,
    systemDiskCategory: "cloud_efficiency",
    systemDiskSize: 20,
    passwordLogin: true,
    adminCidrs: [] as string[],
    tags: {} as { [key: string]: string },
};

/** The arguments of a blueprint whose nodes may each get an EIP. */
export interface NodePublicAccessArgs {
    /** How the nodes are reached from the internet: an EIP each, or none (then through a jump host, VPN or Cloud Assistant). Default: PublicAccess.Eip. */
    publicAccess?: PublicAccess;
    /** Peak bandwidth of each EIP the blueprint creates, in Mbit/s, 1 to 200, billed by traffic. Default: 5. */
    eipBandwidthMbps?: number;
}

export const publicAccessDefaults = {
    publicAccess: PublicAccess.Eip,
    eipBandwidthMbps: 5,
};

/** Where a single-account node group lives: a new VPC and vSwitch, or an existing vSwitch. */
export interface NodeNetworkArgs {
    /** The node name prefix: up to 31 lower-case letters, digits and "-" (never "--"), starting with a letter; nodes are named `<prefix>1`, `<prefix>2`, ... (node 1 first in every order). Default: "node". */
    nodeNamePrefix?: string;
    /** The block of the new VPC, /8 to /28. Default: "172.16.0.0/16". Not used with `existingVswitchId`. */
    vpcCidr?: string;
    /** The block of the new vSwitch the nodes are in, inside `vpcCidr`, /16 to /29. Default: the first /24 of `vpcCidr`. */
    vswitchCidr?: string;
    /** An existing vSwitch to put the nodes in (its VPC and zone are used). Default: none, a new VPC and vSwitch are created. */
    existingVswitchId?: string;
    /** The zone of the new vSwitch, a zone of the region such as "cn-hangzhou-h". Default: the zone where the cheapest burstable type is sold. */
    zoneId?: string;
}

export const nodeNetworkDefaults = {
    nodeNamePrefix: "node",
    vpcCidr: "172.16.0.0/16",
};

/** The arguments of a blueprint that installs software on its nodes over SSH. */
export interface SshProvisioningArgs {
    /** The private key matching `sshPublicKey` that the provisioning commands log in with (kept secret). Default: none (the generated password is used). */
    sshPrivateKey?: pulumi.Input<string>;
    /** A bastion the provisioning commands reach the nodes' private IPs through (put its address in `adminCidrs`). Default: none. */
    jumpHost?: JumpHostArgs;
}
