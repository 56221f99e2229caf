/**
 * The RAM actions each resource type and look-up calls, read mechanically from the provider's
 * source at the commit in sources.ts: every `action := "X"` / `Create<X>Request()` in the
 * resource's file and in the service functions it calls (one level of Describe*, StateRefreshFunc,
 * SetResourceTags), prefixed with the RAM namespace of the product the call goes to. Create, read,
 * update and delete are all included: a deploy role also updates and destroys. Each line's comment
 * is where the call is made. Look-ups list only what the arguments the blueprints pass call; the
 * extra actions other arguments add are in the look-up's `ramWhen`.
 */
export const ramActions: Record<string, readonly string[]> = {
    "alicloud:vpc/network:Network": [
        "vpc:AssociateVpcCidrBlock", // resource_alicloud_vpc.go:713
        "vpc:CreateDefaultVpc", // resource_alicloud_vpc.go:292
        "vpc:CreateVpc", // resource_alicloud_vpc.go:212
        "vpc:DeleteVpc", // resource_alicloud_vpc.go:771
        "vpc:DescribeRouteTableList", // service_alicloud_vpc_v2.go:868
        "vpc:DescribeVpcAttribute", // service_alicloud_vpc_v2.go:832
        "vpc:DisableVpcClassicLink", // resource_alicloud_vpc.go:459
        "vpc:EnableVpcClassicLink", // resource_alicloud_vpc.go:434
        "vpc:ModifyRouteTableAttributes", // resource_alicloud_vpc.go:585
        "vpc:ModifyVpcAttribute", // resource_alicloud_vpc.go:487
        "vpc:MoveResourceGroup", // resource_alicloud_vpc.go:556
        "vpc:TagResources", // service_alicloud_vpc_v2.go:136
        "vpc:UnassociateVpcCidrBlock", // resource_alicloud_vpc.go:676
        "vpc:UnTagResources", // service_alicloud_vpc_v2.go:106
    ],
    "alicloud:vpc/switch:Switch": [
        "vpc:CreateDefaultVSwitch", // resource_alicloud_vswitch.go:121
        "vpc:CreateVSwitch", // resource_alicloud_vswitch.go:164
        "vpc:DeleteVSwitch", // resource_alicloud_vswitch.go:373
        "vpc:DescribeVSwitchAttributes", // service_alicloud_vpc_v2.go:763
        "vpc:ModifyVSwitchAttribute", // resource_alicloud_vswitch.go:271
        "vpc:TagResources", // service_alicloud_vpc_v2.go:136
        "vpc:UnTagResources", // service_alicloud_vpc_v2.go:106
    ],
    "alicloud:ecs/securityGroup:SecurityGroup": [
        "ecs:CreateSecurityGroup", // resource_alicloud_security_group.go:95
        "ecs:DeleteSecurityGroup", // resource_alicloud_security_group.go:348
        "ecs:DescribeSecurityGroupAttribute", // service_alicloud_ecs_v2.go:556
        "ecs:DescribeSecurityGroups", // service_alicloud_ecs_v2.go:510
        "ecs:JoinResourceGroup", // resource_alicloud_security_group.go:304
        "ecs:ModifySecurityGroupAttribute", // resource_alicloud_security_group.go:208
        "ecs:ModifySecurityGroupPolicy", // resource_alicloud_security_group.go:254
        "ecs:TagResources", // service_alicloud_ecs_v2.go:134
        "ecs:UntagResources", // service_alicloud_ecs_v2.go:104
    ],
    "alicloud:ecs/securityGroupRule:SecurityGroupRule": [
        "ecs:AuthorizeSecurityGroup", // resource_alicloud_security_group_rule.go:243
        "ecs:AuthorizeSecurityGroupEgress", // resource_alicloud_security_group_rule.go:262
        "ecs:DescribeSecurityGroupAttribute", // service_alicloud_ecs.go:266
        "ecs:ModifySecurityGroupRule", // resource_alicloud_security_group_rule.go:468
        "ecs:RevokeSecurityGroup", // resource_alicloud_security_group_rule.go:415
        "ecs:RevokeSecurityGroupEgress", // resource_alicloud_security_group_rule.go:420
    ],
    "alicloud:ecs/instance:Instance": [
        "ecs:AllocatePublicIpAddress", // resource_alicloud_instance.go:3362
        "ecs:ApplyAutoSnapshotPolicy", // resource_alicloud_instance.go:1830
        "ecs:AssignIpv6Addresses", // resource_alicloud_instance.go:2410
        "ecs:AssignPrivateIpAddresses", // resource_alicloud_instance.go:2128
        "ecs:AttachInstanceRamRole", // resource_alicloud_instance.go:2611
        "ecs:AttachKeyPair", // resource_alicloud_instance.go:2481
        "ecs:DeleteInstance", // resource_alicloud_instance.go:2667
        "ecs:DescribeAvailableResource", // service_alicloud_ecs.go:422
        "ecs:DescribeDisks", // service_alicloud_ecs.go:2866
        "ecs:DescribeInstanceAttachmentAttributes", // service_alicloud_ecs.go:3710
        "ecs:DescribeInstanceAttribute", // service_alicloud_ecs.go:152
        "ecs:DescribeInstanceAutoRenewAttribute", // resource_alicloud_instance.go:1596
        "ecs:DescribeInstanceMaintenanceAttributes", // service_alicloud_ecs.go:3253
        "ecs:DescribeInstanceRamRole", // resource_alicloud_instance.go:1441
        "ecs:DescribeInstances", // service_alicloud_ecs.go:116
        "ecs:DescribeInstanceTypes", // service_alicloud_ecs.go:3745
        "ecs:DescribeNetworkInterfaces", // service_alicloud_ecs.go:2288
        "ecs:DescribeUserData", // resource_alicloud_instance.go:1413
        "ecs:DetachInstanceRamRole", // resource_alicloud_instance.go:2583
        "ecs:DetachKeyPair", // resource_alicloud_instance.go:2453
        "ecs:JoinResourceGroup", // resource_alicloud_instance.go:1711
        "ecs:JoinSecurityGroup", // service_alicloud_ecs.go:230
        "ecs:LeaveSecurityGroup", // service_alicloud_ecs.go:248
        "ecs:ModifyDiskAttribute", // resource_alicloud_instance.go:1868
        "ecs:ModifyDiskSpec", // resource_alicloud_instance.go:1767
        "ecs:ModifyInstanceAttachmentAttributes", // resource_alicloud_instance.go:2552
        "ecs:ModifyInstanceAttribute", // resource_alicloud_instance.go:2888
        "ecs:ModifyInstanceAutoReleaseTime", // resource_alicloud_instance.go:1908
        "ecs:ModifyInstanceAutoRenewAttribute", // resource_alicloud_instance.go:2046
        "ecs:ModifyInstanceChargeType", // resource_alicloud_instance.go:2747
        "ecs:ModifyInstanceDeployment", // resource_alicloud_instance.go:2236
        "ecs:ModifyInstanceMaintenanceAttributes", // resource_alicloud_instance.go:2272
        "ecs:ModifyInstanceMetadataOptions", // resource_alicloud_instance.go:2325
        "ecs:ModifyInstanceNetworkSpec", // resource_alicloud_instance.go:3262
        "ecs:ModifyInstanceSpec", // resource_alicloud_instance.go:3135
        "ecs:ModifyInstanceVpcAttribute", // resource_alicloud_instance.go:3006
        "ecs:ModifyPrepayInstanceSpec", // resource_alicloud_instance.go:3109
        "ecs:RebootInstance", // service_alicloud_ecs.go:3874
        "ecs:ReplaceSystemDisk", // resource_alicloud_instance.go:2813
        "ecs:ResizeDisk", // resource_alicloud_instance.go:1811
        "ecs:RunInstances", // resource_alicloud_instance.go:785
        "ecs:StartInstance", // resource_alicloud_instance.go:1994
        "ecs:StopInstance", // resource_alicloud_instance.go:1947
        "ecs:UnassignIpv6Addresses", // resource_alicloud_instance.go:2381
        "ecs:UnassignPrivateIpAddresses", // resource_alicloud_instance.go:2097
    ],
    "alicloud:ecs/eipAddress:EipAddress": [
        "vpc:AllocateEipAddress", // resource_alicloud_eip_address.go:184
        "vpc:DeletionProtection", // resource_alicloud_eip_address.go:534
        "vpc:DescribeEipAddresses", // service_alicloud_eip_v2.go:25
        "vpc:DescribeHighDefinitionMonitorLogAttribute", // service_alicloud_eip_v2.go:66
        "vpc:ModifyEipAddressAttribute", // resource_alicloud_eip_address.go:412
        "vpc:ModifyEipForwardMode", // resource_alicloud_eip_address.go:566
        "vpc:MoveResourceGroup", // resource_alicloud_eip_address.go:503
        "vpc:ReleaseEipAddress", // resource_alicloud_eip_address.go:615
        "vpc:SetHighDefinitionMonitorLogStatus", // resource_alicloud_eip_address.go:462
        "vpc:TagResources", // service_alicloud_eip_v2.go:166
        "vpc:UnTagResources", // service_alicloud_eip_v2.go:136
    ],
    "alicloud:ecs/eipAssociation:EipAssociation": [
        "vpc:AssociateEipAddress", // resource_alicloud_eip_association.go:74
        "vpc:DescribeEipAddresses", // service_alicloud_eip_v2.go:285
        "vpc:ModifyEipForwardMode", // resource_alicloud_eip_association.go:171
        "vpc:UnassociateEipAddress", // resource_alicloud_eip_association.go:209
    ],
    "alicloud:ecs/ecsKeyPair:EcsKeyPair": [
        "ecs:CreateKeyPair", // resource_alicloud_ecs_key_pair.go:94
        "ecs:DeleteKeyPairs", // resource_alicloud_ecs_key_pair.go:247
        "ecs:DescribeKeyPairs", // service_alicloud_ecs_v2.go:381
        "ecs:ImportKeyPair", // resource_alicloud_ecs_key_pair.go:120
        "ecs:JoinResourceGroup", // resource_alicloud_ecs_key_pair.go:202
        "ecs:TagResources", // service_alicloud_ecs_v2.go:134
        "ecs:UntagResources", // service_alicloud_ecs_v2.go:104
    ],
    "alicloud:ecs/command:Command": [
        "ecs:CreateCommand", // resource_alicloud_ecs_command.go:68
        "ecs:DeleteCommand", // resource_alicloud_ecs_command.go:135
        "ecs:DescribeCommands", // service_alicloud_ecs.go:1777
    ],
    "alicloud:ecs/ecsInvocation:EcsInvocation": [
        "ecs:DescribeInvocations", // service_alicloud_ecs.go:2807
        "ecs:InvokeCommand", // resource_alicloud_ecs_invocation.go:88
        "ecs:StopInvocation", // resource_alicloud_ecs_invocation.go:186
    ],
    "alicloud:vpc/haVipv2:HaVipv2": [
        "vpc:CreateHaVip", // resource_alicloud_vpc_ha_vip.go:106
        "vpc:DeleteHaVip", // resource_alicloud_vpc_ha_vip.go:314
        "vpc:DescribeHaVips", // service_alicloud_vpc_v2.go:332
        "vpc:ModifyHaVipAttribute", // resource_alicloud_vpc_ha_vip.go:211
        "vpc:MoveResourceGroup", // resource_alicloud_vpc_ha_vip.go:262
        "vpc:TagResources", // service_alicloud_vpc_v2.go:136
        "vpc:UnTagResources", // service_alicloud_vpc_v2.go:106
    ],
    "alicloud:vpc/hAVipAttachment:HAVipAttachment": [
        "vpc:AssociateHaVip", // resource_alicloud_havip_attachment.go:71
        "vpc:DescribeHaVips", // service_alicloud_vpc_v2.go:1971
        "vpc:UnassociateHaVip", // resource_alicloud_havip_attachment.go:156
    ],
    "alicloud:vpc/natGateway:NatGateway": [
        "vpc:CreateNatGateway", // resource_alicloud_nat_gateway.go:234
        "vpc:DeleteNatGateway", // resource_alicloud_nat_gateway.go:627
        "vpc:DeletionProtection", // resource_alicloud_nat_gateway.go:445
        "vpc:DescribeNatGateways", // service_alicloud_vpc.go:22
        "vpc:ListTagResources", // service_alicloud_vpc.go:87
        "vpc:ModifyNatGatewayAttribute", // resource_alicloud_nat_gateway.go:506
        "vpc:ModifyNatGatewaySpec", // resource_alicloud_nat_gateway.go:541
        "vpc:TagResources", // service_alicloud_vpc_v2.go:136
        "vpc:UnTagResources", // service_alicloud_vpc_v2.go:106
        "vpc:UpdateNatGatewayNatType", // resource_alicloud_nat_gateway.go:584
    ],
    "alicloud:vpc/snatEntry:SnatEntry": [
        "vpc:CreateSnatEntry", // resource_alicloud_snat_entry.go:78
        "vpc:DeleteSnatEntry", // resource_alicloud_snat_entry.go:262
        "vpc:DescribeSnatTableEntries", // service_alicloud_nat_gateway_v2.go:28
        "vpc:ModifySnatEntry", // resource_alicloud_snat_entry.go:193
    ],
    "alicloud:vpc/routeEntry:RouteEntry": [
        "vpc:CreateRouteEntry", // resource_alicloud_route_entry.go:98
        "vpc:DeleteRouteEntry", // resource_alicloud_route_entry.go:349
        "vpc:DescribeRouteTables", // service_alicloud_vpc.go:219
    ],
    "alicloud:vpc/commonBandwithPackage:CommonBandwithPackage": [
        "vpc:CreateCommonBandwidthPackage", // resource_alicloud_common_bandwidth_package.go:120
        "vpc:DeleteCommonBandwidthPackage", // resource_alicloud_common_bandwidth_package.go:397
        "vpc:DeletionProtection", // resource_alicloud_common_bandwidth_package.go:346
        "vpc:DescribeCommonBandwidthPackages", // service_alicloud_cbwp_v2.go:29
        "vpc:ListTagResources", // service_alicloud_cbwp_v2.go:70
        "vpc:ModifyCommonBandwidthPackageAttribute", // resource_alicloud_common_bandwidth_package.go:245
        "vpc:ModifyCommonBandwidthPackageSpec", // resource_alicloud_common_bandwidth_package.go:284
        "vpc:MoveResourceGroup", // resource_alicloud_common_bandwidth_package.go:317
        "vpc:TagResources", // service_alicloud_cbwp_v2.go:172
        "vpc:UnTagResources", // service_alicloud_cbwp_v2.go:142
    ],
    "alicloud:vpc/commonBandwithPackageAttachment:CommonBandwithPackageAttachment": [
        "vpc:AddCommonBandwidthPackageIp", // resource_alicloud_common_bandwidth_package_attachment.go:68
        "vpc:CancelCommonBandwidthPackageIpBandwidth", // resource_alicloud_common_bandwidth_package_attachment.go:221
        "vpc:DescribeCommonBandwidthPackages", // service_alicloud_cbwp_v2.go:246
        "vpc:DescribeEipAddresses", // service_alicloud_cbwp_v2.go:312
        "vpc:ModifyCommonBandwidthPackageIpBandwidth", // resource_alicloud_common_bandwidth_package_attachment.go:177
        "vpc:RemoveCommonBandwidthPackageIp", // resource_alicloud_common_bandwidth_package_attachment.go:260
    ],
    "alicloud:cen/instance:Instance": [
        "cen:CreateCen", // resource_alicloud_cen_instance.go:72
        "cen:DeleteCen", // resource_alicloud_cen_instance.go:257
        "cen:DescribeCens", // service_alicloud_cen_v2.go:698
        "cen:ModifyCenAttribute", // resource_alicloud_cen_instance.go:165
        "cen:MoveResourceGroup", // resource_alicloud_cen_instance.go:214
        "cen:TagResources", // service_alicloud_cen_v2.go:147
        "cen:UntagResources", // service_alicloud_cen_v2.go:117
    ],
    "alicloud:cen/transitRouter:TransitRouter": [
        "cen:CreateTransitRouter", // resource_alicloud_cen_transit_router.go:79
        "cen:DeleteTransitRouter", // resource_alicloud_cen_transit_router.go:232
        "cen:ListTransitRouters", // service_alicloud_cen_v2.go:1000
        "cen:TagResources", // service_alicloud_cbn.go:616
        "cen:UntagResources", // service_alicloud_cbn.go:577
        "cen:UpdateTransitRouter", // resource_alicloud_cen_transit_router.go:173
    ],
    "alicloud:cen/transitRouterRouteTable:TransitRouterRouteTable": [
        "cen:CreateTransitRouterRouteTable", // resource_alicloud_cen_transit_router_route_table.go:67
        "cen:DeleteTransitRouterRouteTable", // resource_alicloud_cen_transit_router_route_table.go:209
        "cen:ListTagResources", // service_alicloud_cbn.go:502
        "cen:ListTransitRouterRouteTables", // service_alicloud_cbn.go:1120
        "cen:TagResources", // service_alicloud_cbn.go:616
        "cen:UntagResources", // service_alicloud_cbn.go:577
        "cen:UpdateTransitRouterRouteTable", // resource_alicloud_cen_transit_router_route_table.go:181
    ],
    "alicloud:cen/transitRouterVpcAttachment:TransitRouterVpcAttachment": [
        "cen:CreateTransitRouterVpcAttachment", // resource_alicloud_cen_transit_router_vpc_attachment.go:176
        "cen:DeleteTransitRouterVpcAttachment", // resource_alicloud_cen_transit_router_vpc_attachment.go:533
        "cen:ListTransitRouterVpcAttachments", // service_alicloud_cen_v2.go:373
        "cen:TagResources", // service_alicloud_cbn.go:616
        "cen:UntagResources", // service_alicloud_cbn.go:577
        "cen:UpdateTransitRouterVpcAttachmentAttribute", // resource_alicloud_cen_transit_router_vpc_attachment.go:367
        "cen:UpdateTransitRouterVpcAttachmentZones", // resource_alicloud_cen_transit_router_vpc_attachment.go:462
    ],
    "alicloud:cen/transitRouterGrantAttachment:TransitRouterGrantAttachment": [
        "cen:DescribeGrantRulesToResource", // service_alicloud_cen_v2.go:1242
        "cen:GrantInstanceToTransitRouter", // resource_alicloud_cen_transit_router_grant_attachment.go:63
        "cen:ModifyGrantInstanceToTransitRouter", // resource_alicloud_cen_transit_router_grant_attachment.go:143
        "cen:RevokeInstanceFromTransitRouter", // resource_alicloud_cen_transit_router_grant_attachment.go:180
    ],
    "alicloud:cen/transitRouterRouteTableAssociation:TransitRouterRouteTableAssociation": [
        "cen:AssociateTransitRouterAttachmentWithRouteTable", // resource_alicloud_cen_transit_router_route_table_association.go:55
        "cen:DissociateTransitRouterAttachmentFromRouteTable", // resource_alicloud_cen_transit_router_route_table_association.go:168
        "cen:ListTransitRouterRouteTableAssociations", // service_alicloud_cen_v2.go:1162
        "cen:ReplaceTransitRouterRouteTableAssociation", // resource_alicloud_cen_transit_router_route_table_association.go:132
    ],
    "alicloud:cen/transitRouterRouteTablePropagation:TransitRouterRouteTablePropagation": [
        "cen:DisableTransitRouterRouteTablePropagation", // resource_alicloud_cen_transit_router_route_table_propagation.go:122
        "cen:EnableTransitRouterRouteTablePropagation", // resource_alicloud_cen_transit_router_route_table_propagation.go:53
        "cen:ListTransitRouterRouteTablePropagations", // service_alicloud_cbn.go:1251
    ],
    "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer": [
        "slb:CreateLoadBalancer", // resource_alicloud_slb_load_balancer.go:227
        "slb:DeleteLoadBalancer", // resource_alicloud_slb_load_balancer.go:658
        "slb:DescribeLoadBalancerAttribute", // service_alicloud_slb.go:935
        "slb:ListTagResources", // service_alicloud_slb.go:812
        "slb:ModifyLoadBalancerInstanceChargeType", // resource_alicloud_slb_load_balancer.go:486
        "slb:ModifyLoadBalancerInstanceSpec", // resource_alicloud_slb_load_balancer.go:518
        "slb:ModifyLoadBalancerInternetSpec", // resource_alicloud_slb_load_balancer.go:586
        "slb:ModifyLoadBalancerPayType", // resource_alicloud_slb_load_balancer.go:629
        "slb:SetLoadBalancerDeleteProtection", // resource_alicloud_slb_load_balancer.go:424
        "slb:SetLoadBalancerModificationProtection", // resource_alicloud_slb_load_balancer.go:552
        "slb:SetLoadBalancerName", // resource_alicloud_slb_load_balancer.go:456
        "slb:SetLoadBalancerStatus", // resource_alicloud_slb_load_balancer.go:399
        "slb:TagResources", // service_alicloud_slb.go:896
        "slb:UntagResources", // service_alicloud_slb.go:868
        "vpc:DescribeVSwitchAttributes", // service_alicloud_vpc.go:159
    ],
    "alicloud:slb/listener:Listener": [
        "slb:CreateLoadBalancer", // service_alicloud_slb.go:36
        "slb:CreateLoadBalancerHTTPListener", // resource_alicloud_slb_listener.go:394 (Create<PROTOCOL>Listener)
        "slb:DeleteLoadBalancerListener", // resource_alicloud_slb_listener.go:825
        "slb:DescribeLoadBalancerAttribute", // service_alicloud_slb.go:47
        "slb:DescribeLoadBalancerHTTPListenerAttribute", // service_alicloud_slb.go:187
        "slb:SetLoadBalancerHTTPListenerAttribute", // resource_alicloud_slb_listener.go:523
        "slb:StartLoadBalancerListener", // resource_alicloud_slb_listener.go:439
    ],
    "alicloud:slb/backendServer:BackendServer": [
        "slb:AddBackendServers", // resource_alicloud_slb_backend_server.go:70
        "slb:DescribeLoadBalancerAttribute", // service_alicloud_slb.go:47
        "slb:RemoveBackendServers", // resource_alicloud_slb_backend_server.go:168
        "slb:SetBackendServers", // resource_alicloud_slb_backend_server.go:257
    ],
    "alicloud:rds/instance:Instance": [
        "kms:DescribeKey", // resource_alicloud_db_instance.go:2832
        "rds:AttachWhitelistTemplateToInstance", // resource_alicloud_db_instance.go:929
        "rds:CreateDBInstance", // resource_alicloud_db_instance.go:740
        "rds:DeleteDBInstance", // resource_alicloud_db_instance.go:2590
        "rds:DescribeDBInstanceAttribute", // service_alicloud_rds.go:42
        "rds:DescribeDBInstanceEncryptionKey", // service_alicloud_rds.go:1208
        "rds:DescribeDBInstanceHAConfig", // service_alicloud_rds.go:2265
        "rds:DescribeDBInstanceIPArrayList", // service_alicloud_rds.go:1068
        "rds:DescribeDBInstanceMonitor", // service_alicloud_rds.go:1363
        "rds:DescribeDBInstanceNetInfo", // service_alicloud_rds.go:652
        "rds:DescribeDBInstanceSSL", // service_alicloud_rds.go:1180
        "rds:DescribeDBInstanceTDE", // service_alicloud_rds.go:1252
        "rds:DescribeHADiagnoseConfig", // service_alicloud_rds.go:2367
        "rds:DescribeHASwitchConfig", // service_alicloud_rds.go:1224
        "rds:DescribeInstanceAutoRenewalAttribute", // resource_alicloud_db_instance.go:2386
        "rds:DescribeInstanceLinkedWhitelistTemplate", // service_alicloud_rds.go:222
        "rds:DescribeParameters", // service_alicloud_rds.go:201
        "rds:DescribeParameterTemplates", // service_alicloud_rds.go:561
        "rds:DescribePGHbaConfig", // service_alicloud_rds.go:2335
        "rds:DescribeSecurityGroupConfiguration", // service_alicloud_rds.go:1145
        "rds:DescribeSQLCollectorPolicy", // service_alicloud_rds.go:1392
        "rds:DescribeSQLCollectorRetention", // service_alicloud_rds.go:1423
        "rds:DescribeTags", // service_alicloud_rds.go:1887
        "rds:DescribeTasks", // service_alicloud_rds.go:79
        "rds:DescribeUpgradeMajorVersionPrecheckTask", // service_alicloud_rds.go:2400
        "rds:DetachWhitelistTemplateToInstance", // resource_alicloud_db_instance.go:954
        "rds:MigrateSecurityIPMode", // resource_alicloud_db_instance.go:1198
        "rds:ModifyCollationTimeZone", // resource_alicloud_db_instance.go:2080
        "rds:ModifyDasInstanceConfig", // resource_alicloud_db_instance.go:797
        "rds:ModifyDBInstanceAutoUpgradeMinorVersion", // resource_alicloud_db_instance.go:1020
        "rds:ModifyDBInstanceConfig", // resource_alicloud_db_instance.go:2012
        "rds:ModifyDBInstanceDeletionProtection", // service_alicloud_rds.go:472
        "rds:ModifyDBInstanceDescription", // resource_alicloud_db_instance.go:1705
        "rds:ModifyDBInstanceMaintainTime", // resource_alicloud_db_instance.go:1000
        "rds:ModifyDBInstanceMonitor", // resource_alicloud_db_instance.go:981
        "rds:ModifyDBInstanceSpec", // resource_alicloud_db_instance.go:1076
        "rds:ModifyDBInstanceSSL", // resource_alicloud_db_instance.go:1545
        "rds:ModifyDBInstanceTDE", // resource_alicloud_db_instance.go:1310
        "rds:ModifyHADiagnoseConfig", // service_alicloud_rds.go:503
        "rds:ModifyHASwitchConfig", // resource_alicloud_db_instance.go:1442
        "rds:ModifyInstanceAutoRenewalAttribute", // resource_alicloud_db_instance.go:877
        "rds:ModifyParameter", // service_alicloud_rds.go:535
        "rds:ModifyPGHbaConfig", // service_alicloud_rds.go:414
        "rds:ModifyResourceGroup", // resource_alicloud_db_instance.go:1786
        "rds:ModifySecurityGroupConfiguration", // service_alicloud_rds.go:1285
        "rds:ModifySecurityIps", // resource_alicloud_db_instance.go:1732
        "rds:ModifySQLCollectorPolicy", // resource_alicloud_db_instance.go:1217
        "rds:ModifySQLCollectorRetention", // resource_alicloud_db_instance.go:1242
        "rds:SwitchDBInstanceHA", // resource_alicloud_db_instance.go:1397
        "rds:TagResources", // service_alicloud_rds.go:1847
        "rds:TransformDBInstancePayType", // resource_alicloud_db_instance.go:845
        "rds:UnTagResources", // service_alicloud_rds.go:1818
        "rds:UpgradeDBInstanceEngineVersion", // resource_alicloud_db_instance.go:1041
        "rds:UpgradeDBInstanceKernelVersion", // resource_alicloud_db_instance.go:2120
        "rds:UpgradeDBInstanceMajorVersion", // resource_alicloud_db_instance.go:1148
        "rds:UpgradeDBInstanceMajorVersionPrecheck", // resource_alicloud_db_instance.go:1114
        "vpc:DescribeVSwitchAttributes", // service_alicloud_vpc.go:131
    ],
    "alicloud:rds/rdsAccount:RdsAccount": [
        "rds:CreateAccount", // resource_alicloud_rds_account.go:145
        "rds:DeleteAccount", // resource_alicloud_rds_account.go:492
        "rds:DescribeAccounts", // service_alicloud_rds.go:2109
        "rds:DescribeDBInstanceAttribute", // service_alicloud_rds.go:42
        "rds:LockAccount", // resource_alicloud_rds_account.go:287
        "rds:ModifyAccountCheckPolicy", // resource_alicloud_rds_account.go:431
        "rds:ModifyAccountDescription", // resource_alicloud_rds_account.go:337
        "rds:ResetAccount", // resource_alicloud_rds_account.go:458
        "rds:ResetAccountPassword", // resource_alicloud_rds_account.go:384
        "rds:UnlockAccount", // resource_alicloud_rds_account.go:307
    ],
    "alicloud:rds/database:Database": [
        "rds:CreateDatabase", // resource_alicloud_db_database.go:93
        "rds:DeleteDatabase", // resource_alicloud_db_database.go:223
        "rds:DescribeDatabases", // service_alicloud_rds_v2.go:424
        "rds:DescribeDBInstanceAttribute", // service_alicloud_rds.go:42
        "rds:ModifyDBDescription", // resource_alicloud_db_database.go:180
    ],
    "alicloud:rds/accountPrivilege:AccountPrivilege": [
        "rds:DescribeAccounts", // service_alicloud_rds.go:127
        "rds:DescribeDatabases", // resource_alicloud_db_account_privilege.go:130
        "rds:DescribeDBInstanceAttribute", // service_alicloud_rds.go:42
        "rds:GrantAccountPrivilege", // service_alicloud_rds.go:740
        "rds:RevokeAccountPrivilege", // service_alicloud_rds.go:778
    ],
    "alicloud:rds/backupPolicy:BackupPolicy": [
        "rds:DescribeBackupPolicy", // service_alicloud_rds.go:1344
        "rds:DescribeDBInstanceAttribute", // service_alicloud_rds.go:42
        "rds:ModifyBackupPolicy", // resource_alicloud_db_backup_policy.go:340
    ],
    "alicloud:kvstore/instance:Instance": [
        "kvstore:AddShardingNode", // resource_alicloud_kvstore_instance.go:1719
        "kvstore:AllocateInstancePublicConnection", // resource_alicloud_kvstore_instance.go:1577
        "kvstore:CreateInstance", // resource_alicloud_kvstore_instance.go:447
        "kvstore:DeleteInstance", // resource_alicloud_kvstore_instance.go:1860
        "kvstore:DeleteShardingNode", // resource_alicloud_kvstore_instance.go:1683
        "kvstore:DescribeBackupPolicy", // service_alicloud_r_kvstore.go:542
        "kvstore:DescribeDBInstanceNetInfo", // service_alicloud_r_kvstore.go:885
        "kvstore:DescribeEncryptionKey", // service_alicloud_r_kvstore.go:855
        "kvstore:DescribeEngineVersion", // service_alicloud_r_kvstore.go:924
        "kvstore:DescribeInstanceAttribute", // service_alicloud_r_kvstore.go:248
        "kvstore:DescribeInstanceAutoRenewalAttribute", // service_alicloud_r_kvstore.go:168
        "kvstore:DescribeInstanceSSL", // service_alicloud_r_kvstore.go:24
        "kvstore:DescribeInstanceTDEStatus", // service_alicloud_r_kvstore.go:819
        "kvstore:DescribeSecurityGroupConfiguration", // service_alicloud_r_kvstore.go:208
        "kvstore:DescribeSecurityIps", // service_alicloud_r_kvstore.go:59
        "kvstore:MigrateToOtherZone", // resource_alicloud_kvstore_instance.go:1173
        "kvstore:ModifyBackupPolicy", // resource_alicloud_kvstore_instance.go:1204
        "kvstore:ModifyDBInstanceAutoUpgrade", // resource_alicloud_kvstore_instance.go:1769
        "kvstore:ModifyDBInstanceConnectionString", // resource_alicloud_kvstore_instance.go:1289
        "kvstore:ModifyInstanceAttribute", // resource_alicloud_kvstore_instance.go:1233
        "kvstore:ModifyInstanceAutoRenewalAttribute", // resource_alicloud_kvstore_instance.go:952
        "kvstore:ModifyInstanceBandwidth", // resource_alicloud_kvstore_instance.go:1805
        "kvstore:ModifyInstanceConfig", // resource_alicloud_kvstore_instance.go:827
        "kvstore:ModifyInstanceMaintainTime", // resource_alicloud_kvstore_instance.go:975
        "kvstore:ModifyInstanceMajorVersion", // resource_alicloud_kvstore_instance.go:1518
        "kvstore:ModifyInstanceSpec", // resource_alicloud_kvstore_instance.go:1436
        "kvstore:ModifyInstanceSSL", // resource_alicloud_kvstore_instance.go:997
        "kvstore:ModifyInstanceTDE", // resource_alicloud_kvstore_instance.go:1642
        "kvstore:ModifyInstanceVpcAuthMode", // resource_alicloud_kvstore_instance.go:849
        "kvstore:ModifyResourceGroup", // resource_alicloud_kvstore_instance.go:1014
        "kvstore:ModifySecurityGroupConfiguration", // resource_alicloud_kvstore_instance.go:866
        "kvstore:ModifySecurityIps", // resource_alicloud_kvstore_instance.go:1318
        "kvstore:ReleaseInstancePublicConnection", // resource_alicloud_kvstore_instance.go:1595
        "kvstore:TagResources", // service_alicloud_r_kvstore.go:148
        "kvstore:TransformInstanceChargeType", // resource_alicloud_kvstore_instance.go:918
        "kvstore:UntagResources", // service_alicloud_r_kvstore.go:131
        "vpc:DescribeVSwitchAttributes", // service_alicloud_vpc.go:131
    ],
    "alicloud:index/getZones:getZones": [
        "ecs:DescribeAvailableResource", // service_alicloud_ecs.go:422
        "ecs:DescribeZones", // data_source_alicloud_zones.go:408
    ],
    "alicloud:ecs/getInstanceTypes:getInstanceTypes": [
        "ecs:DescribeAvailableResource", // service_alicloud_ecs.go:422
        "ecs:DescribeImageSupportInstanceTypes", // data_source_alicloud_instance_types.go:355
        "ecs:DescribeInstanceTypes", // data_source_alicloud_instance_types.go:314
    ],
    "alicloud:ecs/getImages:getImages": [
        "ecs:DescribeImages", // data_source_alicloud_images.go:251
        "ecs:DescribeTags", // service_alicloud_ecs.go:753
    ],
    "alicloud:vpc/getSwitches:getSwitches": [
        "vpc:DescribeVSwitches", // data_source_alicloud_vswitches.go:163
    ],
    "alicloud:cen/getTransitRouterAvailableResources:getTransitRouterAvailableResources": [
        "cen:ListTransitRouterAvailableResource", // data_source_alicloud_cen_transit_router_available_resources.go:61
    ],
    "alicloud:rds/getZones:getZones": [
        "rds:DescribeAvailableZones", // data_source_alicloud_db_zones.go:97
    ],
    "alicloud:rds/getInstanceClasses:getInstanceClasses": [
        "rds:DescribeAvailableClasses", // data_source_alicloud_db_instance_classes.go:167
        "rds:DescribeAvailableZones", // data_source_alicloud_db_instance_classes.go:252
    ],
    "alicloud:kvstore/getZones:getZones": [
        "kvstore:DescribeAvailableResource", // data_source_alicloud_kvstore_zones.go:79
    ],
    "alicloud:kvstore/getInstanceClasses:getInstanceClasses": [
        "kvstore:DescribeAvailableResource", // data_source_alicloud_kvstore_instance_classes.go:131
    ],
    "alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate": [
        "ecs:CreateLaunchTemplate", // resource_alicloud_ecs_launch_template.go:487
        "ecs:CreateLaunchTemplateVersion", // resource_alicloud_ecs_launch_template.go:1376
        "ecs:DeleteLaunchTemplate", // resource_alicloud_ecs_launch_template.go:1434
        "ecs:DeleteLaunchTemplateVersion", // resource_alicloud_ecs_launch_template.go:1497
        "ecs:DescribeLaunchTemplateVersions", // resource_alicloud_ecs_launch_template.go:1467
        "ecs:DescribeLaunchTemplates", // service_alicloud_ecs.go:2017
        "ecs:ModifyLaunchTemplateDefaultVersion", // resource_alicloud_ecs_launch_template.go:1398
        "ecs:TagResources", // service_alicloud_ecs.go:1978
        "ecs:UntagResources", // service_alicloud_ecs.go:1950
        "vpc:DescribeVSwitchAttributes", // service_alicloud_vpc.go:159
    ],
    "alicloud:vpc/ipv4CidrBlock:Ipv4CidrBlock": [
        "vpc:AssociateVpcCidrBlock", // resource_alicloud_vpc_ipv4_cidr_block.go:60
        "vpc:DescribeVpcs", // service_alicloud_vpc_v2.go:2170
        "vpc:UnassociateVpcCidrBlock", // resource_alicloud_vpc_ipv4_cidr_block.go:153
    ],
};
