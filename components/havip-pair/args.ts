import * as pulumi from "@pulumi/pulumi";
import { PublicAccess } from "../cluster/args";
import { NodeImage } from "../compute/image";
import { nodeDefaults } from "../compute/nodeGroup";
import { FailoverProfile } from "../provision/keepalived";
import { JumpHostArgs } from "../provision/remote";

/** The arguments of a {@link HaVipPair}. */
export interface HaVipPairArgs {
    /** How many nodes share the HaVip, 2 to 10 (a HaVip serves at most 10 ECS). Default: 2. */
    nodeCount?: number;
    /** The node name prefix; nodes are `<prefix>1`, `<prefix>2`, ... and node1 is the preferred master. Default: "node". */
    nodeNamePrefix?: string;
    /** The block of the new VPC, /8 to /28. Default: "172.16.0.0/16". Not used with `existingVswitchId`. */
    vpcCidr?: string;
    /** The block of the new vSwitch (HaVip and nodes share it), inside `vpcCidr`. Default: the first /24 of `vpcCidr`. */
    vswitchCidr?: string;
    /** An existing vSwitch for the HaVip and the nodes. Default: none, a new VPC and vSwitch are created. */
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
    /** A fixed HaVip address inside the vSwitch (not its first or last addresses). Default: Alibaba Cloud assigns one. */
    havipAddress?: string;
    /** Bind a pay-by-traffic EIP to the HaVip, so the VIP is reachable from the internet. Default: true. */
    havipEip?: boolean;
    /** Peak bandwidth of every EIP in Mbit/s, 1 to 200. Default: 5. */
    eipBandwidthMbps?: number;
    /** Give each node its own EIP, the path the provisioning commands take. Default: PublicAccess.Eip. */
    nodePublicAccess?: PublicAccess;
    /** Reach the nodes' private IPs through this host instead (needed with `nodePublicAccess: None`); its `hostKey` is pinned. Default: none. */
    jumpHost?: JumpHostArgs;
    /** Blocks allowed to reach HTTP (port 80) on the VIP and nodes. Default: [] (only the VPC). */
    allowedCidrs?: string[];
    /** Blocks allowed to reach SSH (port 22); must include where `pulumi up` runs for provisioning. Default: []. */
    adminCidrs?: string[];
    /** Generate a secret root password, also used by the provisioning commands. Default: true. */
    passwordLogin?: boolean;
    /** An OpenSSH public key installed as an ECS key pair. Default: none. */
    sshPublicKey?: pulumi.Input<string>;
    /** The private key matching `sshPublicKey`, for the provisioning commands (kept secret). Default: none (the password is used). */
    sshPrivateKey?: pulumi.Input<string>;
    /** Failover timing: Standard (VRRPv3, 0.5 s adverts, master down after 5 missed), Fast (VRRPv3, 0.2 s, 6 missed) or Classic (VRRPv2, 1 s, 3 missed; allows authentication). Default: FailoverProfile.Standard. */
    profile?: FailoverProfile;
    /** VRRP virtual_router_id, 1 to 255, unique per VPC. Default: 51. */
    virtualRouterId?: number;
    /** Keep the VIP where it is when a higher-priority node returns. Default: false (preempt). */
    nopreempt?: boolean;
    /** Seconds a returning higher-priority node waits before taking the VIP back, 0 to 1000. Default: 0. */
    preemptDelaySeconds?: number;
    /** Generate an 8-character VRRP PASS secret (VRRPv2, Classic profile only); configs become secret. Default: false. */
    authentication?: boolean;
    /** The interface carrying the private IP and the VIP on the nodes. Default: "eth0". */
    interfaceName?: string;
    /** Install and configure nginx and keepalived over SSH (@pulumi/command). Default: true. */
    provision?: boolean;
    /** Tags added to every resource that takes tags. Default: {}. */
    tags?: { [key: string]: string };
}

export const havipPairDefaults = {
    ...nodeDefaults,
    nodeCount: 2,
    havipEip: true,
    nodePublicAccess: PublicAccess.Eip,
    profile: FailoverProfile.Standard,
    virtualRouterId: 51,
    nopreempt: false,
    preemptDelaySeconds: 0,
    authentication: false,
    interfaceName: "eth0",
    provision: true,
} as const;

/** The arguments with every default applied; resolved once, at the top of the constructor. */
export interface ResolvedHaVipPairArgs extends HaVipPairArgs {
    nodeCount: number;
    nodeNamePrefix: string;
    vpcCidr: string;
    image: NodeImage;
    systemDiskCategory: string;
    systemDiskSize: number;
    havipEip: boolean;
    eipBandwidthMbps: number;
    nodePublicAccess: PublicAccess;
    passwordLogin: boolean;
    profile: FailoverProfile;
    virtualRouterId: number;
    nopreempt: boolean;
    preemptDelaySeconds: number;
    authentication: boolean;
    interfaceName: string;
    provision: boolean;
    allowedCidrs: string[];
    adminCidrs: string[];
    tags: { [key: string]: string };
}

export function resolveHaVipPairArgs(args: HaVipPairArgs): ResolvedHaVipPairArgs {
    const d = havipPairDefaults;
    return {
        ...args,
        nodeCount: args.nodeCount ?? d.nodeCount,
        nodeNamePrefix: args.nodeNamePrefix ?? d.nodeNamePrefix,
        vpcCidr: args.vpcCidr ?? d.vpcCidr,
        image: args.image ?? d.image,
        systemDiskCategory: args.systemDiskCategory ?? d.systemDiskCategory,
        systemDiskSize: args.systemDiskSize ?? d.systemDiskSize,
        havipEip: args.havipEip ?? d.havipEip,
        eipBandwidthMbps: args.eipBandwidthMbps ?? d.eipBandwidthMbps,
        nodePublicAccess: args.nodePublicAccess ?? d.nodePublicAccess,
        passwordLogin: args.passwordLogin ?? d.passwordLogin,
        profile: args.profile ?? d.profile,
        virtualRouterId: args.virtualRouterId ?? d.virtualRouterId,
        nopreempt: args.nopreempt ?? d.nopreempt,
        preemptDelaySeconds: args.preemptDelaySeconds ?? d.preemptDelaySeconds,
        authentication: args.authentication ?? d.authentication,
        interfaceName: args.interfaceName ?? d.interfaceName,
        provision: args.provision ?? d.provision,
        allowedCidrs: args.allowedCidrs ?? [],
        adminCidrs: args.adminCidrs ?? [],
        tags: args.tags ?? {},
    };
}
