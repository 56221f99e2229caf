import {
    applyDefaults,
    FailoverProfile,
    nodeArgDefaults,
    NodeArgs,
    nodeNetworkDefaults,
    NodeNetworkArgs,
    NodePublicAccessArgs,
    publicAccessDefaults,
    SshProvisioningArgs,
} from "../vocabulary";

/** The arguments of a {@link HaVipPair}: the shared node, network, EIP and SSH-provisioning arguments, and its own. */
export interface HaVipPairArgs extends NodeArgs, NodeNetworkArgs, NodePublicAccessArgs, SshProvisioningArgs {
    /** How many nodes share the HaVip, 2 to 10 (a HaVip serves at most 10 ECS); node 1 is the preferred master. Default: 2. */
    nodeCount?: number;
    /** A fixed HaVip address inside the vSwitch (not its first or last addresses). Default: Alibaba Cloud assigns one. */
    havipAddress?: string;
    /** Bind a pay-by-traffic EIP to the HaVip, so the VIP is reachable from the internet. Default: true. */
    havipEip?: boolean;
    /** Blocks allowed to reach HTTP (port 80) on the VIP and nodes. Default: [] (only the VPC). */
    allowedCidrs?: string[];
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
}

const havipPairDefaults = {
    ...nodeArgDefaults,
    ...nodeNetworkDefaults,
    ...publicAccessDefaults,
    nodeCount: 2,
    havipEip: true,
    allowedCidrs: [] as string[],
    profile: FailoverProfile.Standard,
    virtualRouterId: 51,
    nopreempt: false,
    preemptDelaySeconds: 0,
    authentication: false,
    interfaceName: "eth0",
    provision: true,
};

export function resolveHaVipPairArgs(args: HaVipPairArgs) {
    return applyDefaults(args, havipPairDefaults);
}

export type ResolvedHaVipPairArgs = ReturnType<typeof resolveHaVipPairArgs>;
