import { DocumentedResourcePolicy } from "../support/documentedPolicy";
import { coversAllPorts } from "../support/portRanges";
import { ResourceTypes } from "../support/resourceTypes";
import { SecurityGroupRuleProps, worldIngressOf } from "../support/securityGroupRules";
import { validateResourceOfTypes } from "../support/validateOfType";

/** Ingress rules must not admit the internet to every port, or to a port-less protocol with no service behind it. */
export const securityGroupNoPublicAllPorts: DocumentedResourcePolicy = {
    name: "security-group-no-public-all-ports",
    description:
        "Security group ingress rules must not admit the whole internet (0.0.0.0/0 or ::/0 however written, or an unset source) to every port (protocol `all`, or a TCP/UDP range of -1/-1 or 1/65535) or to GRE; ICMP is allowed.",
    rationale:
        "A world-open rule on every port exposes every service the instance runs, including ones nobody meant to publish; GRE from anywhere accepts anyone's tunnel packets (KICS flags GRE -1/-1 from the world too). ICMP carries no service and is left open for ping and path-MTU discovery.",
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
        "Open only the service ports you serve (for example 80/80 and 443/443) to the internet, admit everything else from your own blocks or a security group only, and admit GRE only from the tunnel's peer address.",
    validateResource: validateResourceOfTypes<SecurityGroupRuleProps>([ResourceTypes.securityGroupRule], (rule, args, reportViolation) => {
        const ingress = worldIngressOf(rule, args);
        // Unreadable sources and ranges are reported once, by security-group-no-public-sensitive-ports.
        if (ingress.source === "" || ingress.ports === undefined) {
            return;
        }
        if (ingress.protocol === "gre") {
            reportViolation(`The rule admits ${ingress.source} to GRE, which has no ports and no authentication.`);
        } else if (coversAllPorts(ingress.ports)) {
            const what = ingress.protocol === "all" ? "every protocol and port" : `every ${ingress.protocol} port`;
            reportViolation(`The rule admits ${ingress.source} to ${what}.`);
        }
    }),
};
