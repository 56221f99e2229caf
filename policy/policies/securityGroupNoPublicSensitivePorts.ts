import { DocumentedResourcePolicy } from "../support/documentedPolicy";
import { includesPort } from "../support/portRanges";
import { ResourceTypes } from "../support/resourceTypes";
import { SecurityGroupRuleProps, portlessProtocols, worldIngressOf } from "../support/securityGroupRules";
import { configuredPorts, defaultSensitivePorts, describePort, sensitivePortsSchema } from "../support/sensitivePorts";
import { validateResourceOfTypes } from "../support/validateOfType";

/** Ingress rules must not admit the internet to an administration, file-sharing or data port. */
export const securityGroupNoPublicSensitivePorts: DocumentedResourcePolicy = {
    name: "security-group-no-public-sensitive-ports",
    description:
        `Security group ingress rules must not admit the whole internet (0.0.0.0/0 or ::/0 however written, or an unset source) to a sensitive port: administration (22, 23, 3389, 5900, 5985, ...), file sharing (20/21, 445, ...) and data stores (1433, 3306, 5432, 6379, 27017, ...), ${defaultSensitivePorts.length} ports unless configured (\`ports\`); ranges are checked by inclusion, and a source or port range that cannot be read is rejected.`,
    rationale:
        "SSH, RDP, SMB and database ports open to the world are scanned and brute-forced all the time; the single-account recipe left SSH open to everyone. The list merges Checkov's, KICS's and InfraGuard's, minus the ports of public services (25, 53, 80, 443, 3000, 8000, 8080).",
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
        "Admit only your own blocks: set `cidrIp` to an office or VPN range (the components' `adminCidrs`), or use `sourceSecurityGroupId` for a bastion's group; reach databases from inside the VPC. Reach nodes without public SSH through Cloud Assistant or a bastion.",
    configSchema: sensitivePortsSchema,
    validateResource: validateResourceOfTypes<SecurityGroupRuleProps>([ResourceTypes.securityGroupRule], (rule, args, reportViolation) => {
        const ingress = worldIngressOf(rule, args);
        for (const text of ingress.malformed) {
            reportViolation(`The source ${JSON.stringify(text)} is not an address or network; write it as address/prefix, e.g. 203.0.113.0/24 or 2001:db8::/48.`);
        }
        if (ingress.source === "") {
            return;
        }
        if (portlessProtocols.has(ingress.protocol)) {
            return; // GRE has no ports: security-group-no-public-all-ports reports it.
        }
        if (ingress.ports === undefined) {
            reportViolation(`Port range "${rule.portRange}" cannot be read; write it as "from/to", e.g. "443/443".`);
            return;
        }
        const exposed = configuredPorts(args.getConfig<{ ports?: number[] }>()).filter((port) => includesPort(ingress.ports!, port));
        if (exposed.length > 0) {
            const range = `${ingress.ports.from}/${ingress.ports.to}`;
            reportViolation(`The rule admits ${ingress.source} to ${ingress.protocol} ports ${range}, which include sensitive port(s) ${exposed.map(describePort).join(", ")}.`);
        }
    }),
};
