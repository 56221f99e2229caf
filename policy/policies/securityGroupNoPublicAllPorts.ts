import { coversAllPorts } from "../support/portRanges";
import { ResourceTypes } from "../support/resourceTypes";
import { SecurityGroupRuleProps, worldIngressOf } from "../support/securityGroupRules";
import { validateResourceOfTypes } from "../support/validateOfType";
import { DocumentedResourcePolicy } from "../support/documentedPolicy";

/** Ingress rules must not admit the internet to every port. */
export const securityGroupNoPublicAllPorts: DocumentedResourcePolicy = {
    name: "security-group-no-public-all-ports",
    description:
        "Security group ingress rules must not admit 0.0.0.0/0 (or an unset source) to every port: protocol `all`, or a TCP/UDP range of -1/-1 or 1/65535.",
    rationale: "A world-open rule on every port exposes every service the instance runs, including ones nobody meant to publish.",
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
        "Open only the service ports you serve (for example 80/80 and 443/443) to the internet, and admit everything else from your own blocks or a security group only.",
    validateResource: validateResourceOfTypes<SecurityGroupRuleProps>([ResourceTypes.securityGroupRule], (rule, args, reportViolation) => {
        const ingress = worldIngressOf(rule, args);
        // An unreadable range is reported once, by security-group-no-public-admin-ports.
        if (ingress.ports !== undefined && coversAllPorts(ingress.ports)) {
            const what = ingress.protocol === "all" ? "every protocol and port" : `every ${ingress.protocol} port`;
            reportViolation(`The rule admits ${ingress.source} to ${what}.`);
        }
    }),
};
