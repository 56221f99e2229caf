import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { LabeledBlock } from "../network";

export interface SecurityGroupRequest {
    vpcId: pulumi.Input<string>;
    /** Blocks allowed to reach SSH; empty means no SSH from outside the group. */
    adminCidrs: readonly string[];
    /**
     * Peer networks whose whole traffic is accepted (e.g. the other VPCs of a mesh), one rule each,
     * named after the label. Default: none.
     */
    peers?: readonly LabeledBlock[];
    tags: { [key: string]: string };
    description: string;
}

/** The group and its ingress rules (whatever must reach the nodes waits for the rules). */
export interface NodeSecurityGroup {
    group: alicloud.ecs.SecurityGroup;
    rules: alicloud.ecs.SecurityGroupRule[];
}

/**
 * One security group whose members accept each other's traffic (`innerAccessPolicy: Accept`),
 * with SSH from the admin blocks only and all traffic from the peer blocks. Nothing is opened to
 * 0.0.0.0/0. `provider` is the Alibaba provider of the account that owns the VPC.
 */
export function createNodeSecurityGroup(
    name: string,
    request: SecurityGroupRequest,
    parent: pulumi.Resource,
    provider?: pulumi.ProviderResource,
): NodeSecurityGroup {
    const group = new alicloud.ecs.SecurityGroup(
        `${name}-sg`,
        {
            securityGroupName: `${name}-sg`,
            description: request.description,
            vpcId: request.vpcId,
            innerAccessPolicy: "Accept",
            tags: request.tags,
        },
        { parent, provider },
    );
    const ssh = request.adminCidrs.map((cidr, i) =>
        new alicloud.ecs.SecurityGroupRule(
            `${name}-ssh-${i}`,
            {
                securityGroupId: group.id,
                type: "ingress",
                ipProtocol: "tcp",
                portRange: "22/22",
                cidrIp: cidr,
                nicType: "intranet",
                policy: "accept",
                priority: 1,
                description: `SSH from admin block ${cidr}`,
            },
            { parent, provider },
        ),
    );
    const fromPeers = (request.peers ?? []).map((peer) =>
        new alicloud.ecs.SecurityGroupRule(
            `${name}-from-${peer.label}`,
            {
                securityGroupId: group.id,
                type: "ingress",
                ipProtocol: "all",
                portRange: "-1/-1",
                cidrIp: peer.cidr,
                nicType: "intranet",
                policy: "accept",
                priority: 1,
                description: `All traffic from ${peer.label} (${peer.cidr})`,
            },
            { parent, provider },
        ),
    );
    return { group, rules: [...ssh, ...fromPeers] };
}
