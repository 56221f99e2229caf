import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";

/** What the offline plan needs from Pulumi.yaml. */
export interface ProjectFile {
    name: string;
    /** The program's entry, absolute. */
    main: string;
    /** Project-level config defaults, flat (`ns:key` -> value). */
    defaults: Record<string, unknown>;
}

/** A stack's config as the Pulumi runtime receives it: flat keys, strings, and which are secret. */
export interface FlatConfig {
    values: Record<string, string>;
    secretKeys: string[];
}

/** The value that stands in for a `secure:` config value: the plan has no key to decrypt it. */
export const secretPlaceholder = "plan-placeholder-secret";

function readYaml(file: string): any {
    if (!fs.existsSync(file)) {
        throw new Error(`${file} does not exist`);
    }
    return parse(fs.readFileSync(file, "utf8")) ?? {};
}

function qualify(project: string, key: string): string {
    return key.includes(":") ? key : `${project}:${key}`;
}

/** Loads Pulumi.yaml from a project folder. */
export function readProjectFile(projectDir: string): ProjectFile {
    const file = path.join(projectDir, "Pulumi.yaml");
    const doc = readYaml(file);
    if (typeof doc.name !== "string") {
        throw new Error(`${file} has no project name`);
    }
    const defaults: Record<string, unknown> = {};
    for (const [key, spec] of Object.entries<any>(doc.config ?? {})) {
        const value = typeof spec === "object" && spec !== null && !Array.isArray(spec) ? (spec.value ?? spec.default) : spec;
        if (value !== undefined) {
            defaults[qualify(doc.name, key)] = value;
        }
    }
    return { name: doc.name, main: path.resolve(projectDir, doc.main ?? "."), defaults };
}

/** Replaces `{secure: ...}` values by the placeholder; says whether any was found. */
function replaceSecure(value: unknown): { value: unknown; secret: boolean } {
    if (Array.isArray(value)) {
        const items = value.map(replaceSecure);
        return { value: items.map((i) => i.value), secret: items.some((i) => i.secret) };
    }
    if (typeof value === "object" && value !== null) {
        const entries = Object.entries(value);
        if (entries.length === 1 && entries[0][0] === "secure") {
            return { value: secretPlaceholder, secret: true };
        }
        const mapped = entries.map(([k, v]) => [k, replaceSecure(v)] as const);
        return { value: Object.fromEntries(mapped.map(([k, v]) => [k, v.value])), secret: mapped.some(([, v]) => v.secret) };
    }
    return { value, secret: false };
}

/**
 * Reads a stack config file (Pulumi.<stack>.yaml) over the project's defaults and flattens it the
 * way the Pulumi CLI hands config to a program: structured values as JSON text.
 */
export function readStackConfigFile(project: ProjectFile, file: string): FlatConfig {
    const doc = readYaml(file);
    const merged: Record<string, unknown> = { ...project.defaults };
    for (const [key, value] of Object.entries(doc.config ?? {})) {
        merged[qualify(project.name, key)] = value;
    }
    const values: Record<string, string> = {};
    const secretKeys: string[] = [];
    for (const [key, raw] of Object.entries(merged)) {
        const { value, secret } = replaceSecure(raw);
        // An empty YAML value is the empty string, as the CLI reads it (not the text "null"); JSON has no
        // NaN or infinity, so those stay visible as text for the program's own check to report.
        values[key] = typeof value === "string" ? value : value === null ? "" : JSON.stringify(value, (_k, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v));
        if (secret) {
            secretKeys.push(key);
        }
    }
    return { values, secretKeys };
}
