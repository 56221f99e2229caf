import { ResourceValidationPolicy } from "@pulumi/policy";
import { ResourceTypes } from "../support/resourceTypes";
import { validateResourceOfTypes } from "../support/validateOfType";

interface EcsInstanceProps {
    internetMaxBandwidthOut?: number | string;
    allocatePublicIp?: boolean;
}

/** ECS instances get public addresses only through EIPs, never through bandwidth. */
export const ecsInstanceNoPublicIp: ResourceValidationPolicy = {
    name: "ecs-instance-no-public-ip",
    description:
        "ECS instances must not get an auto-assigned public IP (`internetMaxBandwidthOut` above 0 or `allocatePublicIp`); such an address stays on the instance for life. Elastic IPs bound by association are allowed.",
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
