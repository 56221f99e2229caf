import { createHash } from "node:crypto";

/** Alibaba Cloud id prefixes by resource type token. */
const idPrefixes: Record<string, string> = {
    "alicloud:vpc/network:Network": "vpc-",
    "alicloud:vpc/switch:Switch": "vsw-",
    "alicloud:ecs/securityGroup:SecurityGroup": "sg-",
    "alicloud:ecs/instance:Instance": "i-",
    "alicloud:ecs/eipAddress:EipAddress": "eip-",
    "alicloud:vpc/haVipv2:HaVipv2": "havip-",
    "alicloud:vpc/natGateway:NatGateway": "ngw-",
    "alicloud:vpc/commonBandwithPackage:CommonBandwithPackage": "cbwp-",
    "alicloud:cen/instance:Instance": "cen-",
    "alicloud:cen/transitRouter:TransitRouter": "tr-",
    "alicloud:cen/transitRouterVpcAttachment:TransitRouterVpcAttachment": "tr-attach-",
    "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer": "lb-",
    "alicloud:rds/instance:Instance": "rm-",
    "alicloud:kvstore/instance:Instance": "r-",
};

const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

/** 20 lower-case characters derived from the seed, so the same program always gets the same ids. */
export function stableSuffix(seed: string, length = 20): string {
    const digest = createHash("sha256").update(seed).digest();
    return Array.from(digest.subarray(0, length), (byte) => alphabet[byte % alphabet.length]).join("");
}

/** An Alibaba-shaped id such as `vpc-bp1…` for a resource, stable for its type and name. */
export function mockId(type: string, name: string, regionCode = "bp1"): string {
    const prefix = idPrefixes[type];
    if (prefix === undefined) {
        return `${name}-${stableSuffix(type + name, 8)}`;
    }
    return `${prefix}${regionCode}${stableSuffix(type + name, 20)}`;
}
