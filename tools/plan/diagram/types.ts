/**
 * The Alibaba Cloud resource types the diagram draws, by role (current and deprecated tokens of
 * @pulumi/alicloud alike). Everything else in a plan is counted under "not drawn". A spec checks
 * that every token is a resource type of the installed @pulumi/alicloud.
 */
export const DrawnTypes = {
    provider: ["pulumi:providers:alicloud"],
    vpc: ["alicloud:vpc/network:Network"],
    secondaryBlock: ["alicloud:vpc/ipv4CidrBlock:Ipv4CidrBlock"],
    vswitch: ["alicloud:vpc/switch:Switch"],
    instance: ["alicloud:ecs/instance:Instance"],
    havip: ["alicloud:vpc/haVipv2:HaVipv2", "alicloud:vpc/hAVip:HAVip"],
    havipAttachment: ["alicloud:vpc/hAVipAttachment:HAVipAttachment"],
    eip: ["alicloud:ecs/eipAddress:EipAddress", "alicloud:ecs/eip:Eip"],
    eipAssociation: ["alicloud:ecs/eipAssociation:EipAssociation"],
    bandwidthPackage: ["alicloud:vpc/commonBandwithPackage:CommonBandwithPackage"],
    bandwidthPackageAttachment: ["alicloud:vpc/commonBandwithPackageAttachment:CommonBandwithPackageAttachment"],
    natGateway: ["alicloud:vpc/natGateway:NatGateway"],
    snatEntry: ["alicloud:vpc/snatEntry:SnatEntry"],
    loadBalancer: ["alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer", "alicloud:slb/loadBalancer:LoadBalancer", "alicloud:alb/loadBalancer:LoadBalancer"],
    listener: ["alicloud:slb/listener:Listener", "alicloud:alb/listener:Listener"],
    backendServer: ["alicloud:slb/backendServer:BackendServer"],
    rds: ["alicloud:rds/instance:Instance"],
    redis: ["alicloud:kvstore/instance:Instance"],
    cen: ["alicloud:cen/instance:Instance"],
    transitRouter: ["alicloud:cen/transitRouter:TransitRouter"],
    vpcAttachment: ["alicloud:cen/transitRouterVpcAttachment:TransitRouterVpcAttachment"],
    grant: ["alicloud:cen/transitRouterGrantAttachment:TransitRouterGrantAttachment", "alicloud:cen/instanceGrant:InstanceGrant"],
    routeTable: ["alicloud:cen/transitRouterRouteTable:TransitRouterRouteTable"],
    routeTableAssociation: ["alicloud:cen/transitRouterRouteTableAssociation:TransitRouterRouteTableAssociation"],
    routeTablePropagation: ["alicloud:cen/transitRouterRouteTablePropagation:TransitRouterRouteTablePropagation"],
    routeEntry: ["alicloud:vpc/routeEntry:RouteEntry"],
} as const;

export type Role = keyof typeof DrawnTypes;

/** The role a type token plays in the diagram, if it is drawn. */
export function roleOf(type: string): Role | undefined {
    return (Object.keys(DrawnTypes) as Role[]).find((role) => (DrawnTypes[role] as readonly string[]).includes(type));
}

/**
 * For a resource drawn as a line or a link of another (a listener in its load balancer's box, a
 * route in its VPC's label), the input that names that other: a verdict on it is marked there.
 */
export const OwnerInputs: Partial<Record<Role, string>> = {
    secondaryBlock: "vpcId",
    havipAttachment: "haVipId",
    eipAssociation: "allocationId",
    bandwidthPackageAttachment: "instanceId",
    snatEntry: "snatTableId",
    listener: "loadBalancerId",
    backendServer: "loadBalancerId",
    vpcAttachment: "vpcId",
    grant: "instanceId",
    routeTable: "transitRouterId",
    routeTableAssociation: "transitRouterRouteTableId",
    routeTablePropagation: "transitRouterRouteTableId",
    routeEntry: "routeTableId",
};
