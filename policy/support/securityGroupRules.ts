import { ResourceValidationArgs } from "@pulumi/policy";
import { isWorldBlock } from "./addresses";
import { parsePortRange, PortRange } from "./portRanges";

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

/** Protocols without ports: a rule for them opens no TCP/UDP service. */
const portlessProtocols = new Set(["icmp", "icmpv6", "gre"]);

/** What a world-open ingress rule admits. */
export interface WorldIngress {
    /** The source as written, e.g. "0.0.0.0/0", or "no source (cidrIp unset)". */
    source: string;
    protocol: string;
    /** The ports admitted; `undefined` when `portRange` cannot be read. */
    ports: PortRange | undefined;
}

/**
 * Classifies a rule for the world-ingress policies. Calls `args.notApplicable` (which throws) for
 * rules that cannot admit the internet: egress, drop, a source group or prefix list, a narrower
 * block, or a protocol without ports. An unset `cidrIp` with no other source means the world.
 */
export function worldIngressOf(rule: SecurityGroupRuleProps, args: ResourceValidationArgs): WorldIngress {
    if ((rule.type ?? "").toLowerCase() !== "ingress") {
        args.notApplicable("The rule is not an ingress rule.");
    }
    if ((rule.policy ?? "accept").toLowerCase() === "drop") {
        args.notApplicable("The rule drops traffic.");
    }
    const source = worldSource(rule);
    if (source === undefined) {
        args.notApplicable("The rule admits a security group, a prefix list or a block narrower than the internet.");
    }
    const protocol = (rule.ipProtocol ?? "").toLowerCase();
    if (portlessProtocols.has(protocol)) {
        args.notApplicable(`Protocol ${protocol} has no ports.`);
    }
    const ports = protocol === "all" ? parsePortRange(undefined) : parsePortRange(rule.portRange);
    return { source, protocol, ports };
}

function worldSource(rule: SecurityGroupRuleProps): string | undefined {
    if (rule.cidrIp && isWorldBlock(rule.cidrIp)) {
        return rule.cidrIp;
    }
    if (rule.ipv6CidrIp && isWorldBlock(rule.ipv6CidrIp)) {
        return rule.ipv6CidrIp;
    }
    const hasSource = [rule.cidrIp, rule.ipv6CidrIp, rule.sourceSecurityGroupId, rule.prefixListId].some((value) => !!value);
    return hasSource ? undefined : "no source (cidrIp unset)";
}
