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
    /** VRRPv2, advert every 1 s; supports PASS authentication. Host-down failover about 3 s. */
    Standard = "Standard",
    /** VRRPv3, advert every 0.5 s (faster adverts cause false failovers on clouds). Host-down about 1.6 s. */
    Fast = "Fast",
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
