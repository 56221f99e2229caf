import * as pulumi from "@pulumi/pulumi";
import { createNodeGroup } from "../compute/nodeGroup";
import { describeNodes } from "../compute/nodes";
import { renderHostsFile, renderSshConfig } from "../compute/render";
import { checkedArgs, componentOutputs, NodeInfo, PublicAccess } from "../vocabulary";
import { clusterArgsSpec, SingleAccountClusterArgs } from "./args";

/**
 * N cheap burstable ECS nodes in one account: a VPC and vSwitch (or an existing vSwitch), one
 * security group whose members trust each other, optional EIPs, a generated password and/or a
 * key pair, and the hosts-file and ssh_config text users used to write by hand.
 */
export class SingleAccountCluster extends pulumi.ComponentResource {
    /** The VPC the nodes are in. */
    public readonly vpcId: pulumi.Output<string>;
    /** The vSwitch the nodes are in. */
    public readonly vswitchId: pulumi.Output<string>;
    /** The zone of the vSwitch and nodes. */
    public readonly zoneId: pulumi.Output<string>;
    /** The instance type of every node. */
    public readonly instanceType: pulumi.Output<string>;
    /** The security group shared by the nodes. */
    public readonly securityGroupId: pulumi.Output<string>;
    /** The nodes, in order: name, instance id, private IP and, with EIPs, public IP. */
    public readonly nodes: pulumi.Output<NodeInfo[]>;
    /** The generated root password (secret); absent when password login is off. */
    public readonly password: pulumi.Output<string | undefined>;
    /** A hosts-file block naming every node (EIP when it has one, else private IP). */
    public readonly hostsFile: pulumi.Output<string>;
    /** An ssh_config block with a `Host` entry per node. */
    public readonly sshConfig: pulumi.Output<string>;

    constructor(name: string, args: SingleAccountClusterArgs, opts?: pulumi.ComponentResourceOptions) {
        super("alicloud-blueprints:index:SingleAccountCluster", name, {}, opts);
        const resolved = checkedArgs(clusterArgsSpec, this, name, args);

        const nodeNames = Array.from({ length: resolved.nodeCount }, (_, i) => `${resolved.nodeNamePrefix}${i + 1}`);
        const { network, placement, securityGroup, login, nodes: created } = createNodeGroup(
            name,
            { ...resolved, nodeNames, eip: resolved.publicAccess === PublicAccess.Eip },
            this,
            `Nodes of cluster ${name}`,
        );

        this.vpcId = network.vpcId;
        this.vswitchId = network.vswitchId;
        this.zoneId = network.zoneId;
        this.instanceType = placement.instanceType;
        this.securityGroupId = securityGroup.id;
        this.nodes = describeNodes(created);
        this.password = login.password ? pulumi.secret(login.password) : pulumi.output(undefined);
        this.hostsFile = this.nodes.apply((nodes) => renderHostsFile(name, nodes));
        const identityFile = resolved.sshPublicKey === undefined ? undefined : "~/.ssh/id_ed25519";
        this.sshConfig = this.nodes.apply((nodes) => renderSshConfig(name, nodes, { user: resolved.sshUser, identityFile }));
        this.registerOutputs(componentOutputs(this));
    }
}
