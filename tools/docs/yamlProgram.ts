import { parse } from "yaml";
import { PackageSchema, SchemaProperty } from "./schema";

/** The heading of the README section whose first ```yaml block is the example Pulumi YAML program. */
export const yamlSectionHeading = "## Using the components from other languages";

/** The first ```yaml block of the README's "Using the components from other languages" section. */
export function readmeYamlProgram(readme: string): string {
    const from = readme.indexOf(`\n${yamlSectionHeading}\n`);
    if (from < 0) {
        throw new Error(`README.md has no "${yamlSectionHeading}" section`);
    }
    const next = readme.indexOf("\n## ", from + yamlSectionHeading.length + 1);
    const section = readme.slice(from, next < 0 ? undefined : next);
    const block = /\n```yaml\n([\s\S]*?)\n```/.exec(section);
    if (block === null) {
        throw new Error(`README.md's "${yamlSectionHeading}" section has no \`\`\`yaml block`);
    }
    return block[1];
}

/**
 * The schema token a Pulumi YAML `type:` names, resolved as Pulumi YAML resolves it: the token
 * itself when the schema has it, else `pkg:Name` read as `pkg:index:Name`.
 */
export function resolveYamlType(schema: PackageSchema, type: string): string | undefined {
    if (schema.resources[type]) {
        return type;
    }
    const parts = type.split(":");
    if (parts.length === 2 && schema.resources[`${parts[0]}:index:${parts[1]}`]) {
        return `${parts[0]}:index:${parts[1]}`;
    }
    return undefined;
}

/** `${name}` and `${name.path...}` references in a Pulumi YAML value. */
const interpolation = /\$\{([^}]*)\}/g;

function references(value: unknown): string[] {
    if (typeof value === "string") {
        return [...value.matchAll(interpolation)].map((m) => m[1].trim());
    }
    if (Array.isArray(value)) {
        return value.flatMap(references);
    }
    if (value !== null && typeof value === "object") {
        return Object.values(value).flatMap(references);
    }
    return [];
}

/** A string that is one whole `${...}` expression: its type is the referenced value's, unknown here. */
const isExpression = (value: unknown) => typeof value === "string" && /^\$\{[^}]*\}$/.test(value.trim());

/** Problems of one property value against its schema property (type, enum value, nested required fields). */
function checkValue(schema: PackageSchema, where: string, value: unknown, property: SchemaProperty): string[] {
    if (isExpression(value)) {
        return [];
    }
    if (property.$ref) {
        const type = schema.types[property.$ref.replace("#/types/", "")];
        if (type === undefined) {
            return [`${where}: refers to ${property.$ref}, which the schema lacks`];
        }
        if (type.enum) {
            const allowed = type.enum.map((e) => e.value);
            return allowed.includes(value as string | number) ? [] : [`${where}: ${JSON.stringify(value)} is not one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`];
        }
        if (value === null || typeof value !== "object" || Array.isArray(value)) {
            return [`${where}: expected an object (${property.$ref.slice(property.$ref.lastIndexOf(":") + 1)}), got ${JSON.stringify(value)}`];
        }
        return checkObject(schema, where, value as Record<string, unknown>, type.properties ?? {}, type.required ?? []);
    }
    switch (property.type) {
        case "string":
        case "number":
        case "boolean":
            return typeof value === property.type ? [] : [`${where}: expected a ${property.type}, got ${JSON.stringify(value)}`];
        case "integer":
            return Number.isInteger(value) ? [] : [`${where}: expected an integer, got ${JSON.stringify(value)}`];
        case "array":
            if (!Array.isArray(value)) {
                return [`${where}: expected a list, got ${JSON.stringify(value)}`];
            }
            return value.flatMap((item, i) => checkValue(schema, `${where}[${i}]`, item, property.items ?? {}));
        case "object":
            if (value === null || typeof value !== "object" || Array.isArray(value)) {
                return [`${where}: expected a map, got ${JSON.stringify(value)}`];
            }
            return Object.entries(value).flatMap(([k, v]) => checkValue(schema, `${where}.${k}`, v, property.additionalProperties ?? {}));
        default:
            return [];
    }
}

function checkObject(schema: PackageSchema, where: string, value: Record<string, unknown>, properties: Record<string, SchemaProperty>, required: readonly string[]): string[] {
    const problems: string[] = [];
    for (const name of required.filter((r) => !(r in value))) {
        problems.push(`${where}: required input '${name}' is missing`);
    }
    for (const [name, v] of Object.entries(value)) {
        const property = properties[name];
        if (property === undefined) {
            problems.push(`${where}: '${name}' is not an input (known: ${Object.keys(properties).join(", ")})`);
        } else {
            problems.push(...checkValue(schema, `${where}.${name}`, v, property));
        }
    }
    return problems;
}

interface YamlResource {
    type?: unknown;
    properties?: Record<string, unknown>;
}

/**
 * Checks a Pulumi YAML program against the package schema, as far as the schema decides: every
 * resource of this package names a component, sets only its inputs, with values of the right
 * type (enums: one of their values), and every required input; every `${resource.output}`
 * reference names a resource of the program and one of its outputs. Returns the problems, one
 * sentence each; empty when the program fits the schema.
 */
export function checkYamlProgram(text: string, schema: PackageSchema): string[] {
    const problems: string[] = [];
    const program = parse(text) as {
        runtime?: unknown;
        packages?: Record<string, unknown>;
        config?: Record<string, unknown>;
        variables?: Record<string, unknown>;
        resources?: Record<string, YamlResource>;
        outputs?: Record<string, unknown>;
    };
    const runtime = typeof program.runtime === "object" && program.runtime !== null ? (program.runtime as { name?: unknown }).name : program.runtime;
    if (runtime !== "yaml") {
        problems.push(`runtime is ${JSON.stringify(runtime)}, not yaml`);
    }
    if (!program.packages || !(schema.name in program.packages)) {
        problems.push(`packages has no '${schema.name}' entry (what \`pulumi package add\` writes)`);
    }
    const resources = program.resources ?? {};
    const typeOf = new Map<string, string>();
    for (const [name, resource] of Object.entries(resources)) {
        const type = String(resource?.type ?? "");
        if (!type.startsWith(`${schema.name}:`)) {
            continue;
        }
        const token = resolveYamlType(schema, type);
        if (token === undefined) {
            problems.push(`resources.${name}: type ${type} names no component of ${schema.name} (known: ${Object.keys(schema.resources).join(", ")})`);
            continue;
        }
        typeOf.set(name, token);
        const component = schema.resources[token];
        problems.push(...checkObject(schema, `resources.${name}`, resource.properties ?? {}, component.inputProperties ?? {}, component.requiredInputs ?? []));
    }
    if (typeOf.size === 0) {
        problems.push(`the program uses no component of ${schema.name}`);
    }
    const locals = new Set([...Object.keys(program.config ?? {}), ...Object.keys(program.variables ?? {})]);
    const sections: Array<[string, unknown]> = [
        ...Object.entries(resources).map(([name, r]): [string, unknown] => [`resources.${name}`, r?.properties]),
        ...Object.entries(program.variables ?? {}).map(([name, v]): [string, unknown] => [`variables.${name}`, v]),
        ...Object.entries(program.outputs ?? {}).map(([name, v]): [string, unknown] => [`outputs.${name}`, v]),
    ];
    for (const [where, value] of sections) {
        for (const reference of references(value)) {
            const [root, property] = reference.split(/[.[]/, 2);
            if (locals.has(root) || (root === "pulumi" && property !== undefined)) {
                continue;
            }
            if (!(root in resources)) {
                problems.push(`${where}: \${${reference}} names no resource, variable or config of the program`);
                continue;
            }
            const token = typeOf.get(root);
            if (token !== undefined && property !== undefined && !(property in (schema.resources[token].properties ?? {}))) {
                problems.push(`${where}: \${${reference}}: ${root} has no output '${property}' (outputs: ${Object.keys(schema.resources[token].properties ?? {}).join(", ")})`);
            }
        }
    }
    return problems;
}
