import * as fs from "node:fs";
import { analyzeResources, PolicyDiagnostic, PolicyPackConfig, PolicyPackSession } from "../analyzer";
import { displayType, nameOf } from "./names";
import { Plan } from "./planStack";

/**
 * Runs the repository's policy pack over a plan along the engine's path (the pack as its own
 * process, Analyze and AnalyzeStack over gRPC), as `pulumi preview --policy-pack policy` would.
 * With `session`, that running pack is used (and left running); else one is started and stopped.
 */
export async function policyVerdicts(plan: Plan, configFile?: string, session?: PolicyPackSession): Promise<PolicyDiagnostic[]> {
    const config = configFile ? (JSON.parse(fs.readFileSync(configFile, "utf8")) as PolicyPackConfig) : undefined;
    return analyzeResources(plan.recorded, { config, stack: { project: plan.project, stack: plan.stack, dryRun: true }, session });
}

const order = ["mandatory", "advisory", "remediate", "disabled"];

/**
 * The verdicts grouped by policy: its level, name and description once, then each resource with
 * what is wrong with it (the pack's message is the description, a newline, then the finding).
 */
export function renderVerdicts(plan: Plan, diagnostics: readonly PolicyDiagnostic[]): string {
    if (diagnostics.length === 0) {
        return "Policies:\n    alicloud-blueprints: every policy passed\n";
    }
    const types = new Map(plan.resources.map((r) => [r.urn, r.type]));
    const sorted = [...diagnostics].sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level) || a.policy.localeCompare(b.policy));
    const lines = ["Policies:"];
    let current = "";
    for (const d of sorted) {
        const [description, ...finding] = d.message.trim().split("\n");
        const group = `${d.level} ${d.policy}`;
        if (group !== current) {
            current = group;
            lines.push(`    [${d.level}] ${d.policy}: ${description}`);
        }
        const where = d.urn ? `${displayType(types.get(d.urn) ?? "")} ${nameOf(d.urn)}` : "the stack";
        lines.push(`        - ${where}: ${finding.join(" ").trim() || description}`);
    }
    const mandatory = diagnostics.filter((d) => d.level === "mandatory").length;
    lines.push("", mandatory > 0 ? `    ${mandatory} mandatory violation(s): \`pulumi up\` would be blocked` : "    no mandatory violation");
    return `${lines.join("\n")}\n`;
}
