/**
 * tools/mocks/rulebook/RULES.md, generated from the rulebook (`npm run docs`): every resource type
 * and look-up, its default timeouts, the states its create waits for, each rule with when the real
 * cloud would fail and its source, and the plan-wide rules.
 */
import * as path from "node:path";
import { lookupEntries, resourceEntries } from "./index";
import { grantDoc, longOperations } from "./planRules";
import { describeSource, providerSource } from "./sources";
import { InputRule, RuleContext } from "./types";

/**
 * The world every rule's breaking inputs are written against: vSwitch `vsw-a` (10.0.0.0/24 in
 * cn-hangzhou-h), a transit router serving zones h and i, mysql.n2.small.2c sold in zone h only
 * (20 to 2000 GiB), redis.master.small.default (5.0) in zone h only, the international site.
 */
export const exampleContext: RuleContext = {
    site: "International",
    vswitchCidr: (id) => (id === "vsw-a" ? "10.0.0.0/24" : undefined),
    vswitchZone: (id) => (id === "vsw-a" ? "cn-hangzhou-h" : undefined),
    transitRouterZones: () => ["cn-hangzhou-h", "cn-hangzhou-i"],
    rdsClassStorage: (zone, q) => (zone === "cn-hangzhou-h" && q.instanceClass === "mysql.n2.small.2c" ? { min: 20, max: 2000, step: 5 } : undefined),
    redisClassSold: (zone, version, cls) => zone === "cn-hangzhou-h" && version === "5.0" && cls === "redis.master.small.default",
};

export const rulesPath = path.join(__dirname, "RULES.md");

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function ruleRows(rules: readonly InputRule[]): string[] {
    return rules.map(
        (r) => `| \`${r.id}\` | ${cell(r.check(r.breaks, exampleContext) ?? "")} | ${r.phase === "preview" ? "preview" : "up"} | ${cell(describeSource(r.source))} |`,
    );
}

export function renderRulebook(): string {
    const lines = [
        "# The rulebook of the cloud",
        "",
        "Generated from `tools/mocks/rulebook` by `npm run docs`; do not edit. The mocks check every",
        "registration and look-up against these rules, so the offline plan fails where `pulumi preview`",
        "(column *fails at*: preview) or `pulumi up` (up) would. Each rule's message names the field,",
        "the cloud's reason and the fix; `test/mocks/rulebook.spec.ts` breaks every rule.",
        "",
        `Provider lines refer to ${providerSource.repository} at \`${providerSource.commit}\` (${providerSource.date}),`,
        `the newest snapshot available of what ${providerSource.bridgedBy} bridges (see \`sources.ts\`).`,
        "",
        "## Resource types",
        "",
    ];
    for (const entry of resourceEntries.values()) {
        lines.push(`### \`${entry.type}\``, "");
        if (entry.terraform) lines.push(`Terraform \`${entry.terraform}\`${entry.file ? ` (\`alicloud/${entry.file}\`)` : ""}.`);
        if (entry.timeouts) {
            const t = entry.timeouts;
            const parts = (["create", "update", "delete"] as const).filter((op) => t[op] !== undefined).map((op) => `${op} ${t[op]} min`);
            lines.push(`Default timeouts: ${parts.join(", ")} (${describeSource(t.source)}).`);
        }
        if (entry.waitsFor) lines.push(`Create waits for \`${entry.waitsFor.attribute}\` in ${entry.waitsFor.targets.map((s) => `\`${s}\``).join(", ")} (${describeSource(entry.waitsFor.source)}).`);
        lines.push(`RAM actions: ${entry.ram.length === 0 ? "none" : entry.ram.map((a) => `\`${a}\``).join(", ")}.`, "");
        if (entry.rules.length > 0) {
            lines.push("| rule | what it says when broken | fails at | source |", "|---|---|---|---|", ...ruleRows(entry.rules), "");
        }
    }
    lines.push("## Look-ups", "");
    for (const entry of lookupEntries.values()) {
        lines.push(`### \`${entry.token}\``, "", `Terraform \`${entry.terraform}\` (\`alicloud/${entry.file}\`). RAM actions: ${entry.ram.map((a) => `\`${a}\``).join(", ")}.`);
        for (const extra of entry.ramWhen ?? []) {
            lines.push(`Also ${extra.actions.map((a) => `\`${a}\``).join(", ")} when ${extra.why} (${describeSource(extra.source)}).`);
        }
        lines.push("");
        if (entry.rules.length > 0) lines.push("| rule | what it says when broken | fails at | source |", "|---|---|---|---|", ...ruleRows(entry.rules), "");
    }
    lines.push(
        "## Rules on the whole plan",
        "",
        "| rule | what | source |",
        "|---|---|---|",
        "| `invocation-timeout-covers-command` | an `ecs.EcsInvocation`'s create timeout covers its command's `timeout` plus a minute of delivery | alicloud/resource_alicloud_ecs_invocation.go:136 (the provider waits for Success) |",
        ...longOperations.map((l) => `| \`${l.operation}-timeout-long-enough\` | \`${l.type}\` ${l.operation}: at least ${l.minutes} min (${cell(l.why)}) | ${cell(describeSource(l.source))} |`),
        "| `havip-before-nodes` | an ECS instance in the vSwitch of a HaVip with a fixed address depends on the HaVip | website/docs/r/vpc_ha_vip.html.markdown:82 |",
        "| `havip-instance-limit`, `havip-same-vswitch` | at most 10 ECS instances per HaVip, all in its vSwitch | https://www.alibabacloud.com/help/pt-br/vpc/developer-reference/api-vpc-2016-04-28-associatehavip (2026-07-07) |",
        "| `havip-one-eip` | one EIP per HaVip | website/docs/r/eip_association.html.markdown:105 |",
        "| `attachment-vpc-owner` | a transit-router attachment of another account's VPC sets `vpcOwnerId` to that account | website/docs/r/cen_transit_router_vpc_attachment.html.markdown:129 |",
        `| \`attachment-after-grant\` | ... and waits for that account's \`cen.TransitRouterGrantAttachment\` of the VPC to this CEN | ${cell(describeSource(grantDoc))} |`,
        "",
    );
    return lines.join("\n");
}
