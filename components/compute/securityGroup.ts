import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";

export interface SecurityGroupRequest {
    vpcId: pulumi.Input<string>;
    /** Blocks allowed to reach SSH; empty means no SSH from outside the group. */
    adminCidrs: readonly string[];
    tags: { [key: string]: string };
    description: string;
}

/**
 * One security group whose members accept each other's traffic (`innerAccessPolicy: Accept`),
 * with SSH from the admin blocks only. Nothing is opened to 0.0.0.0/0.
 */
export function createNodeSecurityGroup(name: string, request: SecurityGroupRequest, parent: pulumi.Resource): alicloud.ecs.SecurityGroup {
    const group = new alicloud.ecs.SecurityGroup(
        `${name}-sg`,
        {
            securityGroupName: `${name}-sg`,
            description: request.description,
            vpcId: request.vpcId,
            innerAccessPolicy: "Accept",
            tags: request.tags,
        },
        { parent },
    );
    request.adminCidrs.forEach((cidr, i) => {
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
            { parent },
        );
    });
    return group;
}
