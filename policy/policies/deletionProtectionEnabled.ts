import { ResourceValidationArgs } from "@pulumi/policy";
import { DocumentedResourcePolicy } from "../support/documentedPolicy";
import { ResourceTypes as T } from "../support/resourceTypes";
import { validateResourceOfTypes } from "../support/validateOfType";

type Props = Record<string, unknown>;

/** How a resource type spells "protected against deletion", and the setting that turns it on. */
interface ProtectionSetting {
    isOn: (props: Props) => boolean;
    fix: string;
}

const flag = (property: string): ProtectionSetting => ({ isOn: (p) => p[property] === true, fix: `${property}: true` });

/** ALB and NLB take either the flat flag or the `deletionProtectionConfig` block. */
const flagOrConfig: ProtectionSetting = {
    isOn: (p) => p.deletionProtectionEnabled === true || (p.deletionProtectionConfig as { enabled?: unknown } | undefined)?.enabled === true,
    fix: "deletionProtectionEnabled: true",
};

const protectionSettings: Record<string, ProtectionSetting> = {
    [T.rdsInstance]: flag("deletionProtection"),
    [T.redisInstance]: flag("instanceReleaseProtection"),
    [T.slbApplicationLoadBalancer]: { isOn: (p) => p.deleteProtection === "on", fix: 'deleteProtection: "on"' },
    [T.slbLoadBalancer]: { isOn: (p) => p.deleteProtection === "on", fix: 'deleteProtection: "on"' },
    [T.albLoadBalancer]: flagOrConfig,
    [T.nlbLoadBalancer]: flagOrConfig,
    [T.natGateway]: flag("deletionProtection"),
    [T.eip]: flag("deletionProtection"),
};

/** Stateful and address-holding resources should be protected against accidental deletion. */
export const deletionProtectionEnabled: DocumentedResourcePolicy = {
    name: "deletion-protection-enabled",
    description:
        "RDS and Redis instances, load balancers (CLB, ALB, NLB), NAT gateways and EIPs should turn on the cloud's deletion protection.",
    rationale:
        "A console click or a stray API call must not release a database, or a published address (a load balancer's, a NAT gateway's SNAT address, an EIP) that clients, DNS records and partners' whitelists depend on; InfraGuard's alb-delete-protection-enabled and natgateway-delete-protection-enabled ask the same.",
    enforcementLevel: "advisory",
    severity: "low",
    remediationSteps:
        "Set `deletionProtection: true` on RDS instances, NAT gateways and EIPs, `instanceReleaseProtection: true` on Redis instances, `deletionProtectionEnabled: true` on ALB and NLB, and `deleteProtection: \"on\"` on CLB (pay-as-you-go only); turn it off deliberately before a planned teardown.",
    validateResource: validateResourceOfTypes<Props>(Object.keys(protectionSettings), (props, args: ResourceValidationArgs, reportViolation) => {
        const setting = protectionSettings[args.type];
        if (!setting.isOn(props)) {
            reportViolation(`Deletion protection is not on; set ${setting.fix}.`);
        }
    }),
};
