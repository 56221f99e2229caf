import { DocumentedResourcePolicy } from "../support/documentedPolicy";
import { Door, DoorTable, validateDoors } from "../support/doors";
import { ResourceTypes as T } from "../support/resourceTypes";

const bandwidth: Door = {
    input: "internetMaxBandwidthOut",
    test: { kind: "positive" },
    means: "assigns a public IP that cannot be detached",
};
const autoCreatedEip: Door = {
    input: "autoCreateEip",
    test: { kind: "on" },
    means: "creates an EIP that lives and dies with the container group",
};

/**
 * Every input of the provider that gives a compute resource (ECS instances and everything that
 * launches them: instance sets, launch templates, scaling configurations, ACK node pools, image
 * builders, RDS Custom, ECI, EMR and ENS nodes, cloud phones) an address it did not get from an
 * explicit `ecs.EipAddress` + association. Kept in step with @pulumi/alicloud by
 * policy/surface/publicAddress.json and its spec.
 */
export const autoPublicAddressDoors: DoorTable = {
    [T.ecsInstance]: [bandwidth, { input: "allocatePublicIp", test: { kind: "on" }, means: "assigns a public IP that cannot be detached" }],
    [T.ecsInstanceSet]: [bandwidth],
    [T.ecsLaunchTemplate]: [{ ...bandwidth, means: "gives every instance launched from the template a public IP that cannot be detached" }],
    [T.ecsLegacyLaunchTemplate]: [{ ...bandwidth, means: "gives every instance launched from the template a public IP that cannot be detached" }],
    [T.ecsImagePipeline]: [{ ...bandwidth, means: "gives the image-building instance a public IP" }],
    [T.essScalingConfiguration]: [{ ...bandwidth, means: "gives every scaled-out instance a public IP that cannot be detached" }],
    [T.essEciScalingConfiguration]: [autoCreatedEip],
    [T.eciContainerGroup]: [autoCreatedEip],
    [T.eciVirtualNode]: [
        { input: "enablePublicNetwork", test: { kind: "on" }, closedBy: "eipInstanceId", means: "creates an EIP for the virtual node (no eipInstanceId given)" },
    ],
    [T.ackNodePool]: [
        { ...bandwidth, means: "gives every node of the pool a public IP that cannot be detached" },
        { input: "scalingConfig.isBondEip", test: { kind: "on" }, means: "creates and binds an EIP to every auto-scaled node" },
    ],
    [T.rdsCustom]: [bandwidth],
    [T.cddcDedicatedHost]: [bandwidth],
    [T.ensInstance]: [
        bandwidth,
        { input: "publicIpIdentification", test: { kind: "onUnlessFalse" }, means: "assigns the edge instance a public IP (the default unless false)" },
    ],
    [T.emrCluster]: [{ input: "isOpenPublicIp", test: { kind: "on" }, means: "gives the cluster's master nodes public IPs" }],
    [T.emrV2Cluster]: [{ input: "nodeGroups.withPublicIp", test: { kind: "on" }, means: "gives the node group's nodes public IPs" }],
    [T.ecpInstance]: [{ input: "eipBandwidth", test: { kind: "positive" }, means: "creates an EIP bound to the cloud phone for its whole life" }],
};

/** Compute resources get public addresses only through EIPs, never through bandwidth or auto-created EIPs. */
export const ecsInstanceNoPublicIp: DocumentedResourcePolicy = {
    name: "ecs-instance-no-public-ip",
    description:
        "ECS instances and everything that launches them (instance sets, launch templates, auto-scaling and ECI scaling configurations, ACK node pools, ECI container groups and virtual nodes, image pipelines, RDS Custom, EMR, ENS and cloud-phone instances) must not get an auto-assigned public IP or an auto-created EIP (`internetMaxBandwidthOut` above 0, `allocatePublicIp`, `autoCreateEip`, `isBondEip`, `withPublicIp`, ...); Elastic IPs bound by association are allowed.",
    rationale:
        "An auto-assigned public IP cannot be detached or moved: the instance stays exposed for life and the address dies with it. An EIP can be unbound, moved to a standby and released on its own. A template or scaling configuration with public bandwidth exposes every instance it ever launches.",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps:
        "Set `internetMaxBandwidthOut` to 0 (or leave it unset) and leave `allocatePublicIp`, `autoCreateEip`, `isBondEip` and `withPublicIp` unset. For inbound access bind an `alicloud.ecs.EipAddress` with `alicloud.ecs.EipAssociation` (the components' `publicAccess: Eip`) or put a load balancer in front; for outbound access use a NAT gateway with SNAT.",
    validateResource: (args, reportViolation) => validateDoors(autoPublicAddressDoors, args, reportViolation),
};
