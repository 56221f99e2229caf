import { ResourceValidationArgs } from "@pulumi/policy";
import { ParsedSource, parseSource, worldFamilyOf } from "./addresses";
import { allPorts, parsePortRange, PortRange } from "./portRanges";

/** The inputs of `alicloud.ecs.SecurityGroupRule` the pack reads. */
export interface SecurityGroupRuleProps {
    type?: string;
    policy?: string;
    ipProtocol?: string;
    portRange?: string;
    cidrIp?: string;
    ipv6CidrIp?: string;
    sourceSecurityGroupId?: string;
    prefixListId?: string;
}

/** ICMP carries no service: ping and path-MTU messages from the world are accepted (KICS flags them; see the README). */
const icmpProtocols = new Set(["icmp", "icmpv6"]);

/** GRE has no ports and no authentication: from the world it admits anyone's tunnel traffic. */
export const portlessProtocols = new Set(["icmp", "icmpv6", "gre"]);

/** An accepting ingress rule, read. */
export interface IngressRule {
    /** Lower-case: tcp, udp, icmp, icmpv6, gre or all. */
    protocol: string;
    /** The ports admitted (every port for `all` and the port-less protocols); `undefined` when `portRange` cannot be read. */
    ports: PortRange | undefined;
    /** `cidrIp` and `ipv6CidrIp`, parsed. */
    sources: ParsedSource[];
    /** No address, group or prefix list at all: the rule admits every address. */
    unsetSource: boolean;
    /** A source security group or prefix list (no addresses of its own). */
    prefixListId?: string;
}

/**
 * Reads a rule when it accepts ingress traffic; `undefined` for egress and drop rules. Throws
 * @pulumi/policy's unknown-value error when a value it needs is unknown during preview.
 */
export function acceptingIngress(rule: SecurityGroupRuleProps): IngressRule | undefined {
    if ((rule.type ?? "").toLowerCase() !== "ingress" || (rule.policy ?? "accept").toLowerCase() === "drop") {
        return undefined;
    }
    const protocol = (rule.ipProtocol ?? "").toLowerCase();
    const sources = [rule.cidrIp, rule.ipv6CidrIp].filter((s): s is string => typeof s === "string" && s.trim() !== "").map(parseSource);
    const unsetSource = sources.length === 0 && !rule.sourceSecurityGroupId && !rule.prefixListId;
    const ports = protocol === "all" || portlessProtocols.has(protocol) ? allPorts : parsePortRange(rule.portRange);
    return { protocol, ports, sources, unsetSource, prefixListId: rule.prefixListId || undefined };
}

/** What a world-open ingress rule admits, for the per-rule policies. */
export interface WorldIngress {
    /** The source as written, e.g. "::0/0", or "no source (cidrIp unset)". */
    source: string;
    protocol: string;
    ports: PortRange | undefined;
    /** Sources that are not addresses or networks (reported by the sensitive-ports policy). */
    malformed: string[];
}

/**
 * Classifies a rule for the per-rule world-ingress policies. Calls `args.notApplicable` (which
 * throws) for rules that cannot admit the internet on their own: egress, drop, a source group or
 * prefix list, sources narrower than a whole address family, or ICMP. An unset source with no
 * group or prefix list means the world; malformed sources are returned to be reported.
 */
export function worldIngressOf(rule: SecurityGroupRuleProps, args: ResourceValidationArgs): WorldIngress {
    const ingress = acceptingIngress(rule);
    if (ingress === undefined) {
        args.notApplicable("The rule is not an accepting ingress rule.");
    }
    if (icmpProtocols.has(ingress.protocol)) {
        args.notApplicable(`Protocol ${ingress.protocol} carries no service.`);
    }
    const malformed = ingress.sources.filter((s) => "error" in s).map((s) => s.text);
    const world = ingress.sources.find((s) => worldFamilyOf(s) !== undefined);
    const source = world?.text ?? (ingress.unsetSource ? "no source (cidrIp unset)" : undefined);
    if (source === undefined && malformed.length === 0) {
        args.notApplicable("The rule admits a security group, a prefix list or blocks narrower than the internet.");
    }
    return { source: source ?? "", protocol: ingress.protocol, ports: ingress.ports, malformed };
}
