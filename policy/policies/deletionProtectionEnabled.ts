import { ResourceValidationArgs } from "@pulumi/policy";
import { ResourceTypes } from "../support/resourceTypes";
import { validateResourceOfTypes } from "../support/validateOfType";
import { DocumentedResourcePolicy } from "../support/documentedPolicy";

/** How each stateful resource type spells "protected against deletion". */
const protectionSettings: Record<string, { property: string; isOn: (value: unknown) => boolean; fix: string }> = {
    [ResourceTypes.rdsInstance]: { property: "deletionProtection", isOn: (v) => v === true, fix: "deletionProtection: true" },
    [ResourceTypes.redisInstance]: { property: "instanceReleaseProtection", isOn: (v) => v === true, fix: "instanceReleaseProtection: true" },
    [ResourceTypes.slbApplicationLoadBalancer]: { property: "deleteProtection", isOn: (v) => v === "on", fix: 'deleteProtection: "on"' },
    [ResourceTypes.slbLoadBalancer]: { property: "deleteProtection", isOn: (v) => v === "on", fix: 'deleteProtection: "on"' },
    [ResourceTypes.eip]: { property: "deletionProtection", isOn: (v) => v === true, fix: "deletionProtection: true" },
};

/** Stateful resources should be protected against accidental deletion. */
export const deletionProtectionEnabled: DocumentedResourcePolicy = {
    name: "deletion-protection-enabled",
    description:
        "Stateful resources (RDS and Redis instances, SLB load balancers, EIPs) should turn on the cloud's deletion protection.",
    rationale: "A console click or a stray API call must not release a database, or a published address that clients and DNS records depend on.",
    enforcementLevel: "advisory",
    severity: "low",
    remediationSteps:
        "Set `deletionProtection: true` on RDS instances and EIPs, `instanceReleaseProtection: true` on Redis instances and `deleteProtection: \"on\"` on load balancers (pay-as-you-go only); turn it off deliberately before a planned teardown.",
    validateResource: validateResourceOfTypes<Record<string, unknown>>(Object.keys(protectionSettings), (props, args: ResourceValidationArgs, reportViolation) => {
        const setting = protectionSettings[args.type];
        if (!setting.isOn(props[setting.property])) {
            reportViolation(`${setting.property} is not on; set ${setting.fix}.`);
        }
    }),
};
