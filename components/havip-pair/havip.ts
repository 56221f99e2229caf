import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { CreatedNode } from "../compute/nodes";
import { havipAddressProblem } from "./validate";
import { plainRunError, ResolvedNodeArgs, ResolvedPublicAccessArgs } from "../vocabulary";

export interface HaVipAddressRequest extends Pick<ResolvedNodeArgs, "tags"> {
    vswitchId: pulumi.Input<string>;
    vswitchCidr: pulumi.Input<string>;
    address?: string;
}

export interface HaVipAttachRequest extends Pick<ResolvedPublicAccessArgs, "eipBandwidthMbps">, Pick<ResolvedNodeArgs, "tags"> {
    havip: alicloud.vpc.HaVipv2;
    nodes: CreatedNode[];
    eip: boolean;
}

export interface CreatedHaVip {
    havip: alicloud.vpc.HaVipv2;
    attachments: alicloud.vpc.HAVipAttachment[];
    eip?: alicloud.ecs.EipAddress;
    eipAssociation?: alicloud.ecs.EipAssociation;
}

/**
 * The HaVip in the nodes' vSwitch. With a fixed address it must exist before the nodes, or one of
 * them may be given that address first: the caller makes the nodes depend on it.
 */
export function createHaVipAddress(name: string, request: HaVipAddressRequest, parent: pulumi.Resource): alicloud.vpc.HaVipv2 {
    // A fixed address in an existing vSwitch is checked once the vSwitch's block is known.
    const ipAddress =
        request.address === undefined
            ? undefined
            : pulumi.output(request.vswitchCidr).apply((cidr) => {
                  const problem = havipAddressProblem(request.address!, cidr);
                  if (problem) {
                      throw plainRunError(problem);
                  }
                  return request.address!;
              });
    return new alicloud.vpc.HaVipv2(
        `${name}-havip`,
        { haVipName: `${name}-havip`, vswitchId: request.vswitchId, ipAddress, tags: request.tags, description: `VIP of ${name}` },
        { parent },
    );
}

/**
 * Attaches the HaVip to every node one after another (concurrent attachments fail with
 * OperationConflict; AssociateHaVip cannot be called again within a short period), and binds an EIP to it.
 */
export function attachHaVip(name: string, request: HaVipAttachRequest, parent: pulumi.Resource): CreatedHaVip {
    const havip = request.havip;
    const attachments: alicloud.vpc.HAVipAttachment[] = [];
    for (const node of request.nodes) {
        const previous = attachments[attachments.length - 1];
        attachments.push(
            new alicloud.vpc.HAVipAttachment(
                `${name}-havip-${node.name}`,
                { haVipId: havip.id, instanceId: node.instance.id, instanceType: "EcsInstance" },
                { parent, dependsOn: previous ? [previous] : [] },
            ),
        );
    }
    if (!request.eip) {
        return { havip, attachments };
    }
    const eip = new alicloud.ecs.EipAddress(
        `${name}-vip-eip`,
        {
            addressName: `${name}-vip`,
            bandwidth: String(request.eipBandwidthMbps),
            internetChargeType: "PayByTraffic",
            paymentType: "PayAsYouGo",
            tags: request.tags,
        },
        { parent },
    );
    const eipAssociation = new alicloud.ecs.EipAssociation(
        `${name}-vip-eip-assoc`,
        { allocationId: eip.id, instanceId: havip.id, instanceType: "HaVip" },
        { parent },
    );
    return { havip, attachments, eip, eipAssociation };
}
