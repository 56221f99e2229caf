import { PolicyResource, ReportViolation } from "@pulumi/policy";
import { IpFamily, IpNetwork, wholeSpace } from "alicloud-blueprints/network";
import { describeFamilies, parseSource, worldFamilies, worldFamilyOf } from "../support/addresses";
import { DocumentedStackPolicy } from "../support/documentedPolicy";
import { allPorts, includesPort, PortRange } from "../support/portRanges";
import { ResourceTypes as T } from "../support/resourceTypes";
import { acceptingIngress, IngressRule } from "../support/securityGroupRules";
import { configuredPorts, describePort, sensitivePortsSchema } from "../support/sensitivePorts";
import { referenceKey, resolveReference } from "../support/stackGraph";
import { readKnown, reportSkippedUnknown } from "../support/unknowns";
import { readEach } from "../support/vpcBlocks";

interface ReadRule {
    resource: PolicyResource;
    ingress: IngressRule & { ports: PortRange };
    /** Every address the rule admits: its blocks, the entries of its prefix list, the world for an unset source. */
    networks: IpNetwork[];
    /** The rule alone admits a whole family through its own cidrIp / ipv6CidrIp (or no source): the per-rule policies report it. */
    aloneWorld: boolean;
}

/** One security group's ingress, taken together, does not admit the whole internet where a single rule may not. */
export const securityGroupIngressUnionNotPublic: DocumentedStackPolicy = {
    name: "security-group-ingress-union-not-public",
    description:
        "The accepting ingress rules of one security group, taken together per protocol and port, must not admit all of IPv4 or all of IPv6 to a sensitive port, to every TCP/UDP port, or to GRE: 0.0.0.0/1 + 128.0.0.0/1, quarter blocks, or an ECS prefix list that holds 0.0.0.0/0 are the internet too.",
    rationale:
        "The per-rule checks read one rule at a time, so splitting 0.0.0.0/0 into pieces, or hiding it in a prefix list, would pass them; the cloud admits the union of a group's rules.",
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
        "Admit only your own blocks to sensitive ports; when rules are generated from a list, check that the list does not add up to the internet. Keep 0.0.0.0/0 out of prefix lists used as security-group sources.",
    configSchema: sensitivePortsSchema,
    validateStack: (args, reportViolation) => {
        const groups = new Map<string, { owner?: PolicyResource; rules: ReadRule[] }>();
        for (const resource of args.resources.filter((r) => r.type === T.securityGroupRule)) {
            const read = readRule(resource, args.resources, reportViolation);
            if (read === undefined) {
                continue;
            }
            const group = resolveReference(resource, "securityGroupId", T.securityGroup, args.resources);
            if (group.kind === "unknown") {
                reportSkippedUnknown(reportViolation, resource.urn, `the security group of rule ${resource.name} is not known yet`, group.detail);
                continue;
            }
            const key = referenceKey(group) ?? "(no security group)";
            const entry = groups.get(key) ?? { owner: group.kind === "resource" ? group.target : undefined, rules: [] };
            entry.rules.push(read);
            groups.set(key, entry);
        }
        const ports = configuredPorts(args.getConfig<{ ports?: number[] }>());
        for (const { owner, rules } of groups.values()) {
            const report = (message: string, contributors: ReadRule[]) => {
                const names = contributors.map((r) => r.resource.name).join(", ");
                const where = owner === undefined ? "" : `Security group ${owner.name}: `;
                reportViolation(`${where}the ingress rules ${names} together ${message}.`, owner?.urn ?? contributors[contributors.length - 1].resource.urn);
            };
            for (const protocol of ["tcp", "udp"]) {
                checkPorts(rules.filter((r) => r.ingress.protocol === protocol || r.ingress.protocol === "all"), protocol, ports, report);
            }
            const gre = rules.filter((r) => r.ingress.protocol === "gre" || r.ingress.protocol === "all");
            const greFamilies = familiesOf(gre);
            if (greFamilies.length > 0 && !gre.some((r) => r.aloneWorld)) {
                report(`admit ${describeFamilies(greFamilies)} to GRE`, gre);
            }
        }
    },
};

function readRule(resource: PolicyResource, stack: readonly PolicyResource[], reportViolation: ReportViolation): ReadRule | undefined {
    const read = readKnown(() => acceptingIngress(resource.props));
    if (!read.known) {
        reportSkippedUnknown(reportViolation, resource.urn, `rule ${resource.name} is not known yet`, read.detail);
        return undefined;
    }
    const ingress = read.value;
    if (ingress === undefined || ingress.ports === undefined || ingress.protocol === "icmp" || ingress.protocol === "icmpv6") {
        return undefined;
    }
    const networks = ingress.sources.flatMap((s) => ("network" in s ? [s.network] : []));
    if (ingress.unsetSource) {
        networks.push(wholeSpace(4), wholeSpace(6));
    }
    if (ingress.prefixListId !== undefined) {
        networks.push(...prefixListNetworks(resource, stack, reportViolation));
    }
    const aloneWorld = ingress.unsetSource || ingress.sources.some((s) => worldFamilyOf(s) !== undefined);
    return { resource, ingress: { ...ingress, ports: ingress.ports }, networks, aloneWorld };
}

/** The entries of the ECS prefix list a rule admits, when the list is in the stack. */
function prefixListNetworks(rule: PolicyResource, stack: readonly PolicyResource[], reportViolation: ReportViolation): IpNetwork[] {
    const list = resolveReference(rule, "prefixListId", T.ecsPrefixList, stack);
    if (list.kind === "unknown") {
        reportSkippedUnknown(reportViolation, rule.urn, `the prefix list of rule ${rule.name} is not known yet`, list.detail);
    }
    if (list.kind !== "resource") {
        return []; // A prefix list outside the stack: its entries cannot be read here.
    }
    const entries = readEach(() => list.target.props.entries);
    entries.unknown.forEach(({ detail }) => reportSkippedUnknown(reportViolation, rule.urn, `an entry of prefix list ${list.target.name} is not known yet`, detail));
    return entries.values.flatMap(({ value }) => {
        const cidr = readKnown(() => (value as { cidr?: unknown } | undefined)?.cidr);
        const parsed = cidr.known && typeof cidr.value === "string" ? parseSource(cidr.value) : undefined;
        return parsed !== undefined && "network" in parsed ? [parsed.network] : [];
    });
}

function familiesOf(rules: readonly ReadRule[]): IpFamily[] {
    return worldFamilies(rules.flatMap((r) => r.networks.map((network) => ({ text: network.text, network }))));
}

/**
 * Cuts 1..65535 at every rule's range ends; within one piece the same rules apply, so the union
 * of their sources is the piece's exposure. Reports the sensitive ports a union (and no single
 * rule) opens to the world, and "every port" when every piece is open.
 */
function checkPorts(rules: ReadRule[], protocol: string, ports: readonly number[], report: (message: string, contributors: ReadRule[]) => void): void {
    const cuts = [...new Set([allPorts.from, allPorts.to + 1, ...rules.flatMap((r) => [r.ingress.ports.from, r.ingress.ports.to + 1])])]
        .filter((p) => p >= allPorts.from && p <= allPorts.to + 1)
        .sort((a, b) => a - b);
    const pieces = cuts.slice(0, -1).map((from, i) => {
        const range = { from, to: cuts[i + 1] - 1 };
        const covering = rules.filter((r) => r.ingress.ports.from <= range.from && range.to <= r.ingress.ports.to);
        return { range, covering, families: familiesOf(covering) };
    });
    const everyPortOpen = pieces.every((piece) => piece.families.length > 0);
    const singleRuleOpensAll = rules.some((r) => r.aloneWorld && r.ingress.ports.from <= allPorts.from && r.ingress.ports.to >= allPorts.to);
    if (everyPortOpen && !singleRuleOpensAll) {
        report(`admit the whole internet to every ${protocol} port`, rules);
        return;
    }
    const exposed = pieces.flatMap((piece) =>
        ports
            .filter((port) => includesPort(piece.range, port))
            .filter(() => piece.families.length > 0 && !piece.covering.some((r) => r.aloneWorld))
            .map((port) => ({ port, piece })),
    );
    if (exposed.length > 0) {
        const families = [...new Set(exposed.flatMap((e) => e.piece.families))].sort() as IpFamily[];
        const contributors = rules.filter((r) => exposed.some((e) => e.piece.covering.includes(r)));
        report(`admit ${describeFamilies(families)} to ${protocol} port(s) ${exposed.map((e) => describePort(e.port)).join(", ")}`, contributors);
    }
}
