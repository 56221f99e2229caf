/** The choices more than one blueprint (or a blueprint and a renderer) share. */

/** How the nodes are reached from the internet. */
export enum PublicAccess {
    /** No public address; reach the nodes through a bastion, VPN or Cloud Assistant. */
    None = "None",
    /** One pay-by-traffic EIP per node, bound by an explicit association. */
    Eip = "Eip",
}

/** The operating systems the blueprints install nginx and keepalived on. */
export enum NodeImage {
    /** Ubuntu 22.04 LTS (system image `ubuntu_22_04_x64*`). */
    Ubuntu2204 = "Ubuntu2204",
    /** Alibaba Cloud Linux 3 (system image `aliyun_3_x64*`), the cheapest to support on Alibaba Cloud. */
    AlibabaCloudLinux3 = "AlibabaCloudLinux3",
}

/** Failover timing profiles. */
export enum FailoverProfile {
    /** VRRPv3, advert every 0.5 s, master down after 5 missed adverts (2.5 s): host down about 2.4 s. */
    Standard = "Standard",
    /** VRRPv3, advert every 0.2 s, master down after 6 missed adverts (1.2 s): host down about 1.3 s. */
    Fast = "Fast",
    /** VRRPv2 (RFC 3768 timing), advert every 1 s, master down after 3 missed adverts: host down about 2.5 s; the only profile with PASS authentication, and the least tolerant of packet loss. */
    Classic = "Classic",
}

/** How the install script reaches the web nodes. */
export enum ProvisionVia {
    /** Alibaba Cloud Assistant (`ecs.Command` + `ecs.EcsInvocation`): works for private ECS without any SSH path. */
    CloudAssistant = "CloudAssistant",
    /** SSH to each node's private IP through a jump host (`command.remote.Command`). */
    JumpHost = "JumpHost",
    /** Nothing is installed; bring your own image or configuration management. */
    None = "None",
}
