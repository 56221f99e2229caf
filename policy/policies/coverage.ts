import { ResourceTypes as T, vswitchTypes } from "../support/resourceTypes";
import { DoorTable } from "../support/doors";
import { databasePublicEndpointDoors } from "./databaseNoPublicEndpoint";
import { autoPublicAddressDoors } from "./ecsInstanceNoPublicIp";
import { internetFacingLoadBalancerDoors } from "./loadBalancerInternetFacing";

/** The door table of each public-address policy (policy/surface/publicAddress.json names these policies). */
export const doorTablesByPolicy: Readonly<Record<string, DoorTable>> = {
    "ecs-instance-no-public-ip": autoPublicAddressDoors,
    "database-no-public-endpoint": databasePublicEndpointDoors,
    "load-balancer-internet-facing": internetFacingLoadBalancerDoors,
};

const vpcBlockTypes = [T.vpc, T.vpcIpv4CidrBlock, T.vpcIpv6CidrBlock];

/** The resource types each CIDR and source policy reads (policy/surface/cidr.json names these policies). */
export const cidrReadsByPolicy: Readonly<Record<string, readonly string[]>> = {
    "vpc-cidr-blocks-valid": vpcBlockTypes,
    "vswitch-cidr-inside-vpc": [...vpcBlockTypes, ...vswitchTypes],
    "vswitch-cidrs-no-overlap": [...vpcBlockTypes, ...vswitchTypes],
    "cen-attached-cidrs-no-overlap": [...vpcBlockTypes, ...vswitchTypes, T.cenTransitRouterVpcAttachment, T.cenInstanceAttachment, T.cenTransitRouter],
    "vpc-peer-cidrs-no-overlap": [...vpcBlockTypes, ...vswitchTypes, T.vpcPeerConnection],
    "security-group-no-public-sensitive-ports": [T.securityGroupRule],
    "security-group-no-public-all-ports": [T.securityGroupRule],
    "security-group-ingress-union-not-public": [T.securityGroupRule, T.ecsPrefixList],
};
