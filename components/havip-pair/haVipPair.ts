import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import * as random from "@pulumi/random";
import { createNodeGroup } from "../compute/nodeGroup";
import { describeNodes } from "../compute/nodes";
import { provisionNodes, ProvisionNodesArgs, renderProvisionBundles } from "../provision/remote";
import { checkedArgs, componentOutputs, NodeInfo, PublicAccess } from "../vocabulary";
import { HaVipPairArgs } from "./args";
import { attachHaVip, createHaVipAddress } from "./havip";
import { createHaRules } from "./securityRules";
import { havipPairArgsSpec } from "./validate";

/**
 * N nodes behind a HaVip (with an EIP on it), running nginx and keepalived in unicast mode: every
 * node BACKUP with a distinct priority (node1 highest), health-checked nginx, the VIP moved by
 * VRRP between the nodes' private IPs. Replaces the hand-made pair with equal priorities and
 * the PASS "1111".
 */
export class HaVipPair extends pulumi.ComponentResource {
    /** The VPC of the nodes and HaVip. */
    public readonly vpcId: pulumi.Output<string>;
    /** The vSwitch shared by the HaVip and every node. */
    public readonly vswitchId: pulumi.Output<string>;
    /** The security group shared by the nodes. */
    public readonly securityGroupId: pulumi.Output<string>;
    /** The HaVip id. */
    public readonly havipId: pulumi.Output<string>;
    /** The HaVip's private address (the VIP keepalived moves). */
    public readonly havipAddress: pulumi.Output<string>;
    /** The EIP bound to the HaVip; absent with `havipEip: false`. */
    public readonly eipAddress: pulumi.Output<string | undefined>;
    /** The nodes in priority order (node1 is the preferred master). */
    public readonly nodes: pulumi.Output<NodeInfo[]>;
    /** The generated root password (secret); absent when password login is off. */
    public readonly password: pulumi.Output<string | undefined>;
    /** keepalived.conf of every node, in node order; secret when it holds the auth secret. */
    public readonly keepalivedConfigs: pulumi.Output<string[]>;

    constructor(name: string, args: HaVipPairArgs, opts?: pulumi.ComponentResourceOptions) {
        super("alicloud-blueprints:index:HaVipPair", name, {}, opts);
        const resolved = checkedArgs(havipPairArgsSpec, this, name, args);

        const nodeNames = Array.from({ length: resolved.nodeCount }, (_, i) => `${resolved.nodeNamePrefix}${i + 1}`);
        let havip: alicloud.vpc.HaVipv2 | undefined;
        const group = createNodeGroup(
            name,
            { ...resolved, nodeNames, eip: resolved.publicAccess === PublicAccess.Eip, hostKeys: resolved.provision },
            this,
            `Nodes of HaVip pair ${name}`,
            (network) => {
                havip = createHaVipAddress(
                    name,
                    { vswitchId: network.vswitchId, vswitchCidr: network.vswitchCidr, address: resolved.havipAddress, tags: resolved.tags },
                    this,
                );
                // A fixed address must be the HaVip's before any node can be given it.
                return resolved.havipAddress === undefined ? [] : [havip];
            },
        );
        const privateIps = group.nodes.map((node) => node.instance.privateIp);
        const rules = createHaRules(
            name,
            { securityGroupId: group.securityGroup.id, nodePrivateIps: privateIps, allowedCidrs: resolved.allowedCidrs },
            this,
        );
        const vip = attachHaVip(
            name,
            {
                havip: havip!,
                nodes: group.nodes,
                eip: resolved.havipEip,
                eipBandwidthMbps: resolved.eipBandwidthMbps,
                tags: resolved.tags,
            },
            this,
        );
        const authPass = resolved.authentication
            ? pulumi.secret(new random.RandomPassword(`${name}-vrrp-auth`, { length: 8, special: false }, { parent: this }).result)
            : undefined;

        const provisioning: ProvisionNodesArgs = {
            nodes: group.nodes.map((node) => ({
                name: node.name,
                privateIp: node.instance.privateIp,
                publicIp: node.eip?.ipAddress,
                // Host keys exist whenever provisioning runs; without it only the configs are rendered.
                hostKey: node.hostKey?.publicKey ?? "",
            })),
            vip: vip.havip.ipAddress,
            interfaceName: resolved.interfaceName,
            virtualRouterId: resolved.virtualRouterId,
            profile: resolved.profile,
            nopreempt: resolved.nopreempt,
            preemptDelaySeconds: resolved.preemptDelaySeconds,
            authPass,
            login: { password: group.login.password, privateKey: resolved.sshPrivateKey, jumpHost: resolved.jumpHost },
        };
        if (resolved.provision) {
            provisionNodes(
                name,
                provisioning,
                this,
                // No data flows from these: SSH must be open, and the VIP attached, before keepalived claims it.
                { dependsOn: [...rules, ...group.securityRules, ...vip.attachments, ...group.nodes.flatMap((n) => n.eipAssociation ?? [])] },
            );
        }

        const configs = renderProvisionBundles(provisioning).apply((bundles) => bundles.map((bundle) => bundle.keepalivedConf));

        this.vpcId = group.network.vpcId;
        this.vswitchId = group.network.vswitchId;
        this.securityGroupId = group.securityGroup.id;
        this.havipId = vip.havip.id;
        this.havipAddress = vip.havip.ipAddress;
        this.eipAddress = vip.eip ? vip.eip.ipAddress : pulumi.output(undefined);
        this.nodes = describeNodes(group.nodes);
        this.password = group.login.password ? pulumi.secret(group.login.password) : pulumi.output(undefined);
        this.keepalivedConfigs = authPass ? pulumi.secret(configs) : configs;
        this.registerOutputs(componentOutputs(this));
    }
}
