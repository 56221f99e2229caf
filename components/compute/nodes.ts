import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { NodeInfo, ResolvedNodeArgs, ResolvedPublicAccessArgs } from "../vocabulary";
import { createHostKey, NodeHostKey } from "./hostKeys";
import { NodeLogin } from "./login";


/** A created node: the instance and, when public access is on, its EIP. */
export interface CreatedNode {
    name: string;
    instance: alicloud.ecs.Instance;
    eip?: alicloud.ecs.EipAddress;
    /** Binds `eip` to the instance; whatever connects through the EIP waits for it. */
    eipAssociation?: alicloud.ecs.EipAssociation;
    /** The SSH host key installed at first boot, when the group asked for host keys. */
    hostKey?: NodeHostKey;
}

/** The nodes to create: the resolved disk, tags and EIP settings, and where and on what they run. */
export interface NodeGroupRequest extends Pick<ResolvedNodeArgs, "systemDiskCategory" | "systemDiskSize" | "tags">, Pick<ResolvedPublicAccessArgs, "eipBandwidthMbps"> {
    /** Names of the nodes, one per instance (e.g. node1..node4). */
    nodeNames: string[];
    vswitchId: pulumi.Input<string>;
    securityGroupId: pulumi.Input<string>;
    instanceType: pulumi.Input<string>;
    imageId: pulumi.Input<string>;
    login: NodeLogin;
    /** Bind an explicit EIP to each node (never a bandwidth-based auto-assigned public IP). */
    eip: boolean;
    /** Generate each node's SSH host key and install it at first boot (user data), for commands that pin it. */
    hostKeys?: boolean;
    /** Resources every instance waits for without a data flow (e.g. a HaVip holding a fixed address). Default: none. */
    dependsOn?: pulumi.Resource[];
}

/** Burstable families need a credit mode; other families reject the field. */
function creditSpecificationFor(instanceType: string): string | undefined {
    return /^ecs\.t[56]-/.test(instanceType) ? "Standard" : undefined;
}

/**
 * Creates pay-as-you-go ECS nodes in one vSwitch, each with an optional EIP bound by an explicit
 * association. `internetMaxBandwidthOut` stays 0: a public IP assigned through bandwidth stays on
 * the instance for life and is what the policy pack forbids. `provider` is the Alibaba provider of
 * the account the nodes belong to (default: the inherited one).
 */
export function createNodes(
    name: string,
    request: NodeGroupRequest,
    parent: pulumi.Resource,
    provider?: pulumi.ProviderResource,
): CreatedNode[] {
    return request.nodeNames.map((nodeName) => {
        const hostKey = request.hostKeys ? createHostKey(name, nodeName, parent) : undefined;
        const instance = new alicloud.ecs.Instance(
            `${name}-${nodeName}`,
            {
                instanceName: `${name}-${nodeName}`,
                hostName: nodeName,
                instanceType: request.instanceType,
                creditSpecification: pulumi.output(request.instanceType).apply(creditSpecificationFor),
                imageId: request.imageId,
                vswitchId: request.vswitchId,
                securityGroups: [request.securityGroupId],
                instanceChargeType: "PostPaid",
                internetMaxBandwidthOut: 0,
                systemDiskCategory: request.systemDiskCategory,
                systemDiskSize: request.systemDiskSize,
                password: request.login.password,
                keyName: request.login.keyPairName,
                userData: hostKey?.userData,
                tags: { ...request.tags, node: nodeName },
            },
            // User data is read once, at first boot (cloud-init's ssh_keys runs once per instance), and
            // the provider applies a change by stopping and starting the ECS: never worth an outage.
            { parent, provider, dependsOn: request.dependsOn, ignoreChanges: hostKey ? ["userData"] : undefined },
        );
        if (!request.eip) {
            return { name: nodeName, instance, hostKey };
        }
        const eip = new alicloud.ecs.EipAddress(
            `${name}-${nodeName}-eip`,
            {
                addressName: `${name}-${nodeName}`,
                bandwidth: String(request.eipBandwidthMbps),
                internetChargeType: "PayByTraffic",
                paymentType: "PayAsYouGo",
                tags: request.tags,
            },
            { parent, provider },
        );
        const eipAssociation = new alicloud.ecs.EipAssociation(
            `${name}-${nodeName}-eip-assoc`,
            { allocationId: eip.id, instanceId: instance.id, instanceType: "EcsInstance" },
            { parent, provider },
        );
        return { name: nodeName, instance, eip, eipAssociation, hostKey };
    });
}

/** The nodes as one output, in order; `publicIp` comes from the EIP, not from the instance. */
export function describeNodes(nodes: CreatedNode[]): pulumi.Output<NodeInfo[]> {
    return pulumi.all(
        nodes.map((node) =>
            pulumi.all([node.instance.id, node.instance.privateIp, node.eip?.ipAddress]).apply(
                ([instanceId, privateIp, publicIp]): NodeInfo =>
                    publicIp === undefined ? { name: node.name, instanceId, privateIp } : { name: node.name, instanceId, privateIp, publicIp },
            ),
        ),
    );
}
