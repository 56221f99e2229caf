import { includesPort } from "../support/portRanges";
import { ResourceTypes } from "../support/resourceTypes";
import { SecurityGroupRuleProps, worldIngressOf } from "../support/securityGroupRules";
import { validateResourceOfTypes } from "../support/validateOfType";
import { DocumentedResourcePolicy } from "../support/documentedPolicy";

/** Settings of {@link securityGroupNoPublicAdminPorts}. */
export interface AdminPortsConfig {
    adminPorts?: number[];
}

/** SSH and RDP: the ports the recipes left open to the internet. */
export const defaultAdminPorts = [22, 3389];

/** Ingress rules must not admit the internet to an administration port. */
export const securityGroupNoPublicAdminPorts: DocumentedResourcePolicy = {
    name: "security-group-no-public-admin-ports",
    description:
        "Security group ingress rules must not admit 0.0.0.0/0 (or an unset source, which means the internet) to an administration port, 22 and 3389 unless configured; port ranges are checked by inclusion.",
    rationale: "SSH and RDP open to the world are scanned and brute-forced all the time; the single-account recipe left SSH open to everyone.",
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
        "Admit only your own blocks to administration ports: set `cidrIp` to an office or VPN range (the components' `adminCidrs`), or use `sourceSecurityGroupId` for a bastion's group. Reach nodes without public SSH through Cloud Assistant or a bastion.",
    configSchema: {
        properties: {
            adminPorts: {
                type: "array",
                items: { type: "integer", minimum: 1, maximum: 65535 },
                default: defaultAdminPorts,
                description: "Ports that must never be open to the internet.",
            },
        },
    },
    validateResource: validateResourceOfTypes<SecurityGroupRuleProps>([ResourceTypes.securityGroupRule], (rule, args, reportViolation) => {
        const ingress = worldIngressOf(rule, args);
        if (ingress.ports === undefined) {
            reportViolation(`Port range "${rule.portRange}" cannot be read; write it as "from/to", e.g. "443/443".`);
            return;
        }
        const adminPorts = args.getConfig<AdminPortsConfig>().adminPorts ?? defaultAdminPorts;
        const exposed = adminPorts.filter((port) => includesPort(ingress.ports!, port));
        if (exposed.length > 0) {
            const range = `${ingress.ports.from}/${ingress.ports.to}`;
            reportViolation(
                `The rule admits ${ingress.source} to ${ingress.protocol} ports ${range}, which include administration port(s) ${exposed.join(", ")}.`,
            );
        }
    }),
};
