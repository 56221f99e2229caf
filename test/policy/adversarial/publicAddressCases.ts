import { ResourceTypes as T } from "../../../policy/support/resourceTypes";
import { fixture, unknown } from "../support/harness";
import { AdversarialCase, pair } from "./caseTypes";

const policy = "ecs-instance-no-public-ip";
const bullet = "public IPs by other doors" as const;
const image = { imageId: "ubuntu_22_04_x64_20G_alibase_20240926.vhd", instanceType: "ecs.t6-c2m1.large" };

/** Public addresses requested by every door the pack missed, and the same resources without them. */
export const publicAddressCases: AdversarialCase[] = [
    ...pair(bullet, "ecs.EcsLaunchTemplate with internetMaxBandwidthOut", policy,
        [fixture(T.ecsLaunchTemplate, "lt", { ...image, internetMaxBandwidthOut: 5 })],
        [fixture(T.ecsLaunchTemplate, "lt", { ...image, internetMaxBandwidthOut: 0 })]),
    ...pair(bullet, "ecs.LaunchTemplate (older) with bandwidth given as a string", policy,
        [fixture(T.ecsLegacyLaunchTemplate, "lt", { ...image, internetMaxBandwidthOut: "10" })],
        [fixture(T.ecsLegacyLaunchTemplate, "lt", { ...image })]),
    ...pair(bullet, "ess.ScalingConfiguration with internetMaxBandwidthOut", policy,
        [fixture(T.essScalingConfiguration, "sc", { ...image, scalingGroupId: "asg-1", internetMaxBandwidthOut: 1 })],
        [fixture(T.essScalingConfiguration, "sc", { ...image, scalingGroupId: "asg-1", internetMaxBandwidthOut: 0 })]),
    ...pair(bullet, "ecs.EcsInstanceSet with internetMaxBandwidthOut", policy,
        [fixture(T.ecsInstanceSet, "set", { ...image, amount: 3, internetMaxBandwidthOut: 100 })],
        [fixture(T.ecsInstanceSet, "set", { ...image, amount: 3 })]),
    ...pair(bullet, "cs.NodePool with internetMaxBandwidthOut", policy,
        [fixture(T.ackNodePool, "pool", { clusterId: "c-1", internetMaxBandwidthOut: 5 })],
        [fixture(T.ackNodePool, "pool", { clusterId: "c-1", internetMaxBandwidthOut: 0 })]),
    ...pair(bullet, "cs.NodePool binding an EIP to every auto-scaled node", policy,
        [fixture(T.ackNodePool, "pool", { clusterId: "c-1", scalingConfig: { enable: true, isBondEip: true, eipBandwidth: 5 } })],
        [fixture(T.ackNodePool, "pool", { clusterId: "c-1", scalingConfig: { enable: true, isBondEip: false, eipBandwidth: 5 } })]),
    ...pair(bullet, "eci.ContainerGroup with autoCreateEip", policy,
        [fixture(T.eciContainerGroup, "cg", { autoCreateEip: true, eipBandwidth: 5, containers: [] })],
        [fixture(T.eciContainerGroup, "cg", { autoCreateEip: false, eipInstanceId: "eip-1", containers: [] })]),
    ...pair(bullet, "ess.EciScalingConfiguration with autoCreateEip", policy,
        [fixture(T.essEciScalingConfiguration, "eci-sc", { scalingGroupId: "asg-1", autoCreateEip: true })],
        [fixture(T.essEciScalingConfiguration, "eci-sc", { scalingGroupId: "asg-1", eipBandwidth: 5 })]),
    ...pair(bullet, "emrv2.Cluster node group with public IPs", policy,
        [fixture(T.emrV2Cluster, "emr", { nodeGroups: [{ nodeGroupName: "core", withPublicIp: false }, { nodeGroupName: "master", withPublicIp: true }] })],
        [fixture(T.emrV2Cluster, "emr", { nodeGroups: [{ nodeGroupName: "core", withPublicIp: false }, { nodeGroupName: "master" }] })]),
    ...pair(bullet, "ecs.Instance: a known door stays a violation while another input is unknown in preview", policy,
        [fixture(T.ecsInstance, "web", { ...image, internetMaxBandwidthOut: unknown, allocatePublicIp: true })],
        [fixture(T.ecsInstance, "web", { ...image, internetMaxBandwidthOut: unknown })]),
];
