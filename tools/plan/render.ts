import { stringify } from "yaml";
import { PolicyDiagnostic } from "../analyzer";
import { displayType, nameOf } from "./names";
import { Plan, PlannedResource } from "./planStack";

function childrenByParent(resources: readonly PlannedResource[]): Map<string | null, PlannedResource[]> {
    const children = new Map<string | null, PlannedResource[]>();
    for (const resource of resources) {
        const siblings = children.get(resource.parent) ?? [];
        siblings.push(resource);
        children.set(resource.parent, siblings);
    }
    for (const siblings of children.values()) {
        siblings.sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true }) || a.type.localeCompare(b.type));
    }
    return children;
}

/**
 * The resource tree, one line per resource with its type and name, like `pulumi preview`; plus
 * the explicit provider of each resource when the program uses any (which account it is in).
 */
export function renderTree(resources: readonly PlannedResource[]): string[] {
    const children = childrenByParent(resources);
    const rows: Array<[string, string, string]> = [];
    const walk = (parent: string | null, indent: string, isRoot: boolean): void => {
        const siblings = children.get(parent) ?? [];
        siblings.forEach((resource, i) => {
            const last = i === siblings.length - 1;
            const branch = isRoot ? "" : last ? "└─ " : "├─ ";
            rows.push([`${indent}${branch}${displayType(resource.type)}`, resource.name, resource.provider ? nameOf(resource.provider) : ""]);
            walk(resource.urn, isRoot ? "" : indent + (last ? "   " : "│  "), false);
        });
    };
    walk(null, "", true);
    const width = Math.max(4, ...rows.map(([type]) => type.length)) + 2;
    const withProviders = rows.some(([, , provider]) => provider !== "");
    const nameWidth = withProviders ? Math.max(...rows.map(([, name]) => name.length)) + 2 : 0;
    const header = ` ${"    Type".padEnd(width + 4)}${withProviders ? "Name".padEnd(nameWidth) + "Provider" : "Name"}`;
    const line = ([type, name, provider]: [string, string, string]) =>
        ` +   ${type.padEnd(width)}${withProviders ? name.padEnd(nameWidth) + provider : name}`.trimEnd();
    return [header, ...rows.map(line)];
}

/** How many resources of each type, most first. */
export function countByType(resources: readonly PlannedResource[]): Array<[string, number]> {
    const counts = new Map<string, number>();
    for (const resource of resources) {
        counts.set(resource.type, (counts.get(resource.type) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The whole human-readable plan: tree, counts and outputs. */
export function renderPlan(plan: Plan): string {
    const lines = [`Previewing update (${plan.stack}) offline, with Alibaba Cloud mocks: nothing is created.`, ""];
    lines.push(...renderTree(plan.resources), "");
    lines.push("Resources:", `    + ${plan.resources.length} to create`);
    for (const [type, count] of countByType(plan.resources)) {
        lines.push(`      ${String(count).padStart(4)}  ${displayType(type)}`);
    }
    lines.push("", "Outputs:");
    const outputs = stringify(plan.outputs, { lineWidth: 0 }).trimEnd();
    lines.push(...outputs.split("\n").map((line) => `    ${line}`), "");
    return lines.join("\n");
}

/** The `--json` document: resources, outputs (secrets masked) and, when policies ran, their verdicts. */
export function planJson(
    plan: Plan,
    violations?: PolicyDiagnostic[],
): { resources: PlannedResource[]; outputs: Record<string, unknown>; violations?: PolicyDiagnostic[] } {
    return violations === undefined ? { resources: plan.resources, outputs: plan.outputs } : { resources: plan.resources, outputs: plan.outputs, violations };
}
