import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { carveBlocks, parseCidr } from "../network";
import { ResolvedNodeArgs, ResolvedNodeNetworkArgs, ResolvedPublicAccessArgs } from "../vocabulary";
import { lookupImageId } from "./image";
import { createNodeLogin, NodeLogin } from "./login";
import { createNodes, CreatedNode } from "./nodes";
import { Placement, resolvePlacement } from "./placement";
import { createNodeSecurityGroup } from "./securityGroup";
import { createVpcWithVswitch, lookupExistingVswitch, NodeNetwork } from "./vswitch";

/** The burstable family nodes are picked from when no type is pinned. */
export const burstableFamily = "ecs.t6";

/** A group of nodes in one vSwitch and security group: the resolved shared arguments, the names, and whether each node gets an EIP. */
export type NodeGroupSettings = ResolvedNodeArgs &
    ResolvedNodeNetworkArgs &
    Pick<ResolvedPublicAccessArgs, "eipBandwidthMbps"> & {
        nodeNames: string[];
        /** Bind an EIP to every node. */
        eip: boolean;
        /** Generate SSH host keys installed at first boot (for pinned remote commands). */
        hostKeys?: boolean;
    };

/** What {@link createNodeGroup} built. */
export interface NodeGroup {
    network: NodeNetwork;
    placement: pulumi.Output<Placement>;
    securityGroup: alicloud.ecs.SecurityGroup;
    /** The group's ingress rules (SSH from the admin blocks). */
    securityRules: alicloud.ecs.SecurityGroupRule[];
    login: NodeLogin;
    nodes: CreatedNode[];
}

/** The vSwitch block: as given, else the first /24 of the VPC (or the whole VPC when smaller). */
export function defaultVswitchCidr(vpcCidr: string, vswitchCidr?: string): string {
    if (vswitchCidr !== undefined) {
        return vswitchCidr;
    }
    const prefix = Math.max(parseCidr(vpcCidr).prefix, 24);
    return carveBlocks(vpcCidr, [{ name: "nodes", prefix }]).nodes;
}

/**
 * Resources created in the group's network before its nodes, returned with those the nodes must
 * wait for (e.g. a HaVip whose fixed address no node may take first).
 */
export type BeforeNodes = (network: NodeNetwork) => pulumi.Resource[];

/**
 * The network, placement, security group, login and nodes that the single-account blueprints
 * share: a new VPC + vSwitch or an existing vSwitch, the cheapest burstable type and newest image
 * looked up unless pinned, a group trusting its members with SSH from the admin blocks only.
 * `beforeNodes` creates what must exist in the network before the nodes (default: nothing).
 */
export function createNodeGroup(
    name: string,
    settings: NodeGroupSettings,
    parent: pulumi.Resource,
    description: string,
    beforeNodes?: BeforeNodes,
): NodeGroup {
    const invokeOpts = { parent };
    const existing = settings.existingVswitchId
        ? lookupExistingVswitch("existingVswitchId", settings.existingVswitchId, invokeOpts)
        : undefined;
    const placement = resolvePlacement(
        {
            zoneId: existing?.zoneId ?? settings.zoneId,
            instanceType: settings.instanceType,
            family: burstableFamily,
            minMemoryGiB: 1,
            systemDiskCategory: settings.systemDiskCategory,
        },
        invokeOpts,
    );
    const network =
        existing ??
        createVpcWithVswitch(
            name,
            {
                vpcCidr: settings.vpcCidr,
                vswitchCidr: defaultVswitchCidr(settings.vpcCidr, settings.vswitchCidr),
                zoneId: placement.zoneId,
                tags: settings.tags,
            },
            parent,
        );
    const { group: securityGroup, rules: securityRules } = createNodeSecurityGroup(
        name,
        { vpcId: network.vpcId, adminCidrs: settings.adminCidrs, tags: settings.tags, description },
        parent,
    );
    const login = createNodeLogin(name, settings, parent);
    const nodesWaitFor = beforeNodes?.(network) ?? [];
    const nodes = createNodes(
        name,
        {
            nodeNames: settings.nodeNames,
            vswitchId: network.vswitchId,
            securityGroupId: securityGroup.id,
            instanceType: placement.instanceType,
            imageId: settings.imageId ?? lookupImageId(settings.image, placement.instanceType, invokeOpts),
            systemDiskCategory: settings.systemDiskCategory,
            systemDiskSize: settings.systemDiskSize,
            login,
            eip: settings.eip,
            eipBandwidthMbps: settings.eipBandwidthMbps,
            hostKeys: settings.hostKeys,
            tags: settings.tags,
            dependsOn: nodesWaitFor,
        },
        parent,
    );
    return { network, placement, securityGroup, securityRules, login, nodes };
}
