import { ResourceTypes } from "../support/resourceTypes";
import { validateResourceOfTypes } from "../support/validateOfType";
import { DocumentedResourcePolicy } from "../support/documentedPolicy";

interface EcsInstanceProps {
    internetMaxBandwidthOut?: number | string;
    allocatePublicIp?: boolean;
}

/** ECS instances get public addresses only through EIPs, never through bandwidth. */
export const ecsInstanceNoPublicIp: DocumentedResourcePolicy = {
    name: "ecs-instance-no-public-ip",
    description:
        "ECS instances must not get an auto-assigned public IP (`internetMaxBandwidthOut` above 0 or `allocatePublicIp`); Elastic IPs bound by association are allowed.",
    rationale: "An auto-assigned public IP cannot be detached or moved: the instance stays exposed for life and the address dies with it. An EIP can be unbound, moved to a standby and released on its own.",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps:
        "Set `internetMaxBandwidthOut` to 0 and leave `allocatePublicIp` unset. For inbound access bind an `alicloud.ecs.EipAddress` with `alicloud.ecs.EipAssociation` (the components' `publicAccess: Eip`); for outbound access use a NAT gateway with SNAT.",
    validateResource: validateResourceOfTypes<EcsInstanceProps>([ResourceTypes.ecsInstance], (instance, _args, reportViolation) => {
        const bandwidth = Number(instance.internetMaxBandwidthOut ?? 0);
        if (bandwidth > 0) {
            reportViolation(`internetMaxBandwidthOut is ${bandwidth} Mbit/s, which assigns a public IP that cannot be detached.`);
        }
        if (instance.allocatePublicIp === true) {
            reportViolation("allocatePublicIp is true, which assigns a public IP that cannot be detached.");
        }
    }),
};
