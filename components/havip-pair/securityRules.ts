import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";

export interface HaRuleRequest {
    securityGroupId: pulumi.Input<string>;
    nodePrivateIps: pulumi.Input<string>[];
    allowedCidrs: readonly string[];
}

function ingress(name: string, args: Omit<alicloud.ecs.SecurityGroupRuleArgs, "type" | "nicType" | "policy">, parent: pulumi.Resource) {
    return new alicloud.ecs.SecurityGroupRule(name, { ...args, type: "ingress", nicType: "intranet", policy: "accept" }, { parent });
}

/**
 * VRRP between the nodes and HTTP from the allowed blocks. Alibaba Cloud rules have no protocol
 * 112, so VRRP is `all` from each peer's private IP only (never from a block wider than a node).
 */
export function createHaRules(name: string, request: HaRuleRequest, parent: pulumi.Resource): alicloud.ecs.SecurityGroupRule[] {
    const vrrp = request.nodePrivateIps.map((ip, i) =>
        ingress(
            `${name}-vrrp-${i + 1}`,
            {
                securityGroupId: request.securityGroupId,
                ipProtocol: "all",
                portRange: "-1/-1",
                cidrIp: pulumi.interpolate`${ip}/32`,
                priority: 1,
                description: "VRRP (keepalived unicast) from a peer node",
            },
            parent,
        ),
    );
    const http = request.allowedCidrs.map((cidr, i) =>
        ingress(
            `${name}-http-${i}`,
            {
                securityGroupId: request.securityGroupId,
                ipProtocol: "tcp",
                portRange: "80/80",
                cidrIp: cidr,
                priority: 1,
                description: `HTTP from ${cidr}`,
            },
            parent,
        ),
    );
    return [...vrrp, ...http];
}
