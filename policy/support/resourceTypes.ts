/** Type tokens of the Alibaba Cloud resources the pack checks (from @pulumi/alicloud 3.108). */
export const ResourceTypes = {
    vpc: "alicloud:vpc/network:Network",
    vswitch: "alicloud:vpc/switch:Switch",
    ecsInstance: "alicloud:ecs/instance:Instance",
    ecsDisk: "alicloud:ecs/disk:Disk",
    ecsEcsDisk: "alicloud:ecs/ecsDisk:EcsDisk",
    eip: "alicloud:ecs/eipAddress:EipAddress",
    securityGroupRule: "alicloud:ecs/securityGroupRule:SecurityGroupRule",
    cenInstance: "alicloud:cen/instance:Instance",
    cenTransitRouter: "alicloud:cen/transitRouter:TransitRouter",
    cenTransitRouterVpcAttachment: "alicloud:cen/transitRouterVpcAttachment:TransitRouterVpcAttachment",
    cenInstanceAttachment: "alicloud:cen/instanceAttachment:InstanceAttachment",
    rdsInstance: "alicloud:rds/instance:Instance",
    redisInstance: "alicloud:kvstore/instance:Instance",
    slbApplicationLoadBalancer: "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer",
    slbLoadBalancer: "alicloud:slb/loadBalancer:LoadBalancer",
    slbListener: "alicloud:slb/listener:Listener",
} as const;
