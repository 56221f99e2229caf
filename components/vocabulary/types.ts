import * as pulumi from "@pulumi/pulumi";

/** One ECS node as the components report it. */
export interface NodeInfo {
    /** The node's short name, also its host name and hosts-file alias. */
    name: string;
    /** The ECS instance id. */
    instanceId: string;
    /** The private address inside its vSwitch. */
    privateIp: string;
    /** The EIP address bound to it; absent when the node has no public access. */
    publicIp?: string;
}

/** A bastion the provisioning commands reach the nodes' private IPs through. */
export interface JumpHostArgs {
    /** Address of the jump host: an IPv4 address or a DNS name. Required. */
    host: pulumi.Input<string>;
    /** The jump host's SSH host public key (`ssh-ed25519 AAAA...`), pinned in every connection through it; read it on the host itself, not from a first connection. Required. */
    hostKey: pulumi.Input<string>;
    /** SSH user on the jump host. Default: "root". */
    user?: string;
    /** SSH port of the jump host, 1 to 65535. Default: 22. */
    port?: number;
    /** Private key for the jump host (kept secret). Default: the nodes' private key. */
    privateKey?: pulumi.Input<string>;
    /** Password for the jump host (kept secret). Default: the nodes' password. */
    password?: pulumi.Input<string>;
}
