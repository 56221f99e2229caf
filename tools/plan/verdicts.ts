import * as fs from "node:fs";
import { analyzeResources, PolicyDiagnostic, PolicyPackConfig } from "../analyzer";
import { displayType, nameOf } from "./names";
import { Plan } from "./planStack";

/**
 * Runs the repository's policy pack over a plan along the engine's path (the pack as its own
 * process, Analyze and AnalyzeStack over gRPC), as `pulumi preview --policy-pack policy` would.
 */
export async function policyVerdicts(plan: Plan, configFile?: string): Promise<PolicyDiagnostic[]> {
    const config = configFile ? (JSON.parse(fs.readFileSync(configFile, "utf8")) as PolicyPackConfig) : undefined;
    return analyzeResources(plan.recorded, { config, stack: { project: plan.project, stack: plan.stack, dryRun: true } });
}

const order = ["mandatory", "advisory", "remediate", "disabled"];

/** The verdicts as `pulumi preview` lists them: level, policy, resource, message. */
export function renderVerdicts(plan: Plan, diagnostics: readonly PolicyDiagnostic[]): string {
    if (diagnostics.length === 0) {
        return "Policies:\n    alicloud-blueprints: every policy passed\n";
    }
    const types = new Map(plan.resources.map((r) => [r.urn, r.type]));
    const sorted = [...diagnostics].sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level) || a.policy.localeCompare(b.policy));
    const lines = ["Policies:"];
    for (const d of sorted) {
        const where = d.urn ? `${displayType(types.get(d.urn) ?? "")} ${nameOf(d.urn)}` : "the stack";
        lines.push(`    [${d.level}] ${d.policy} (${where})`, `        ${d.message.trim().replace(/\n/g, "\n        ")}`);
    }
    const mandatory = diagnostics.filter((d) => d.level === "mandatory").length;
    lines.push("", mandatory > 0 ? `    ${mandatory} mandatory violation(s): \`pulumi up\` would be blocked` : "    no mandatory violation");
    return `${lines.join("\n")}\n`;
}
