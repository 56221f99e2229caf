import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";

/** The block CLB uses towards its backends (layer-7 forwarding and health checks come from it). */
export const slbBackendSourceCidr = "100.64.0.0/10";

export interface LoadBalancerRequest {
    /** The web nodes' instance ids and weights, in node order. */
    backends: Array<{ instanceId: pulumi.Input<string>; weight: number }>;
    listenerPort: number;
    webPort: number;
    healthCheckPath: string;
    protect: boolean;
    tags: { [key: string]: string };
}

/** What {@link createLoadBalancer} built. */
export interface LoadBalancer {
    slb: alicloud.slb.ApplicationLoadBalancer;
    listener: alicloud.slb.Listener;
    backendServers: alicloud.slb.BackendServer;
}

/**
 * An internet-facing CLB billed pay-as-you-go by usage (pay-by-LCU: no specification, it scales with
 * the traffic) and by traffic, an HTTP listener with a health check on the nginx health path, and
 * the web nodes as weighted backends. Pay-by-specification CLB can no longer be bought (Alibaba's
 * CLB FAQ: since 2025-06-01), and the provider's default when `instanceChargeType` is unset is
 * exactly that, so the billing is always set.
 */
export function createLoadBalancer(name: string, request: LoadBalancerRequest, parent: pulumi.Resource): LoadBalancer {
    const slb = new alicloud.slb.ApplicationLoadBalancer(
        `${name}-slb`,
        {
            loadBalancerName: `${name}-slb`,
            addressType: "internet",
            internetChargeType: "PayByTraffic",
            paymentType: "PayAsYouGo",
            instanceChargeType: "PayByCLCU",
            deleteProtection: request.protect ? "on" : "off",
            tags: request.tags,
        },
        { parent },
    );
    const listener = new alicloud.slb.Listener(
        `${name}-http`,
        {
            loadBalancerId: slb.id,
            protocol: "http",
            frontendPort: request.listenerPort,
            backendPort: request.webPort,
            bandwidth: -1,
            scheduler: "wrr",
            stickySession: "off",
            healthCheck: "on",
            healthCheckMethod: "get",
            healthCheckUri: request.healthCheckPath,
            healthCheckConnectPort: request.webPort,
            healthCheckHttpCode: "http_2xx",
            healthCheckInterval: 2,
            healthCheckTimeout: 5,
            healthyThreshold: 3,
            unhealthyThreshold: 3,
            xForwardedFor: { retriveSlbIp: true, retriveSlbId: true },
            description: `HTTP of ${name}`,
        },
        { parent },
    );
    const backendServers = new alicloud.slb.BackendServer(
        `${name}-backends`,
        {
            loadBalancerId: slb.id,
            backendServers: request.backends.map((b) => ({ serverId: b.instanceId, weight: b.weight, type: "ecs" })),
        },
        { parent },
    );
    return { slb, listener, backendServers };
}

/** Admits the load balancer's backend traffic and health checks to the web port, from its block only. */
export function createWebIngressRule(
    name: string,
    request: { securityGroupId: pulumi.Input<string>; webPort: number },
    parent: pulumi.Resource,
): alicloud.ecs.SecurityGroupRule {
    return new alicloud.ecs.SecurityGroupRule(
        `${name}-http-from-slb`,
        {
            securityGroupId: request.securityGroupId,
            type: "ingress",
            ipProtocol: "tcp",
            portRange: `${request.webPort}/${request.webPort}`,
            cidrIp: slbBackendSourceCidr,
            nicType: "intranet",
            policy: "accept",
            priority: 1,
            description: `HTTP from the SLB (${slbBackendSourceCidr}) to the web nodes`,
        },
        { parent },
    );
}
