import * as ts from "typescript";
import { getPulumiComponents } from "@pulumi/pulumi/provider/experimental/provider";
import { PackageSchema, SchemaProperty } from "../../../tools/docs/schema";
import { classOutputs, componentSignature, Declaration, DeclaredMember, duplicateNames, interfaceMembers } from "./declared";

const shortName = (token: string) => token.slice(token.lastIndexOf(":") + 1);

/** A schema property's type in the notation of `declaredTypeText`; in inputs, anything not `plain` is an `Input<...>`. */
export function schemaTypeText(property: SchemaProperty, inputs: boolean): string {
    let text: string;
    if (property.$ref) {
        text = property.$ref.startsWith("#/types/") ? shortName(property.$ref) : `external: ${property.$ref}`;
    } else if (property.type === "array" && property.items) {
        text = `${schemaTypeText(property.items, inputs)}[]`;
    } else if (property.type === "object" && property.additionalProperties) {
        text = `map<${schemaTypeText(property.additionalProperties, inputs)}>`;
    } else {
        text = property.type ?? "any";
    }
    return inputs && property.plain !== true ? `Input<${text}>` : text;
}

/** Package types a property refers to, through arrays and maps. */
function refsOf(property: SchemaProperty): string[] {
    const inner = property.items ?? property.additionalProperties;
    return [...(property.$ref ? [property.$ref] : []), ...(inner ? refsOf(inner) : [])];
}

/** The types reachable from the components' inputs (their fields are checked as inputs: Input vs plain, defaults). */
export function inputTypeTokens(schema: PackageSchema): Set<string> {
    const reached = new Set<string>();
    const visit = (property: SchemaProperty) => {
        for (const ref of refsOf(property)) {
            const token = ref.replace("#/types/", "");
            if (!reached.has(token)) {
                reached.add(token);
                Object.values(schema.types[token]?.properties ?? {}).forEach(visit);
            }
        }
    };
    Object.values(schema.resources).forEach((r) => Object.values(r.inputProperties ?? {}).forEach(visit));
    return reached;
}

/**
 * Compares declared members with schema properties: the same names, each with the same type,
 * the same optionality and a description; with `inputs`, optional ones state their default
 * ("Default:") and required ones say "Required.".
 */
function compareMembers(where: string, declared: DeclaredMember[], properties: Record<string, SchemaProperty>, required: readonly string[], inputs: boolean): string[] {
    const problems: string[] = [];
    const names = declared.map((m) => m.name);
    for (const name of Object.keys(properties).filter((n) => !names.includes(n))) {
        problems.push(`${where}: schema has '${name}', which the TypeScript does not declare`);
    }
    for (const member of declared) {
        const property = properties[member.name];
        if (property === undefined) {
            problems.push(`${where}: '${member.name}' is declared but missing from the schema`);
            continue;
        }
        const schemaType = schemaTypeText(property, inputs);
        if (member.type !== schemaType) {
            problems.push(`${where}.${member.name}: declared as ${member.type}, schema says ${schemaType}`);
        }
        const schemaOptional = !required.includes(member.name);
        if (member.optional !== schemaOptional) {
            problems.push(`${where}.${member.name}: declared ${member.optional ? "optional" : "required"}, schema says ${schemaOptional ? "optional" : "required"}`);
        }
        const description = property.description?.trim() ?? "";
        if (description === "") {
            problems.push(`${where}.${member.name}: no description (write a JSDoc line)`);
        } else if (inputs && member.optional && !description.includes("Default:")) {
            problems.push(`${where}.${member.name}: optional, but its description does not state "Default:": ${description}`);
        } else if (inputs && !member.optional && !description.includes("Required.")) {
            problems.push(`${where}.${member.name}: required, but its description does not say "Required.": ${description}`);
        }
    }
    return problems;
}

export interface ContractSubject {
    schema: PackageSchema;
    /** The package's exports (`require("components")`): the components and the runtime enums. */
    exports: Record<string, unknown>;
    /** Its TypeScript declarations, from {@link readDeclarations}. */
    declarations: Declaration[];
}

/**
 * Everything in the schema that breaks the component contract (components/README.md) or disagrees with the
 * package's source and exports, one sentence each; empty when the schema is right.
 */
export function contractProblems({ schema, exports, declarations }: ContractSubject): string[] {
    const problems: string[] = [];
    const find = (name: string, ...kinds: Declaration["kind"][]) => declarations.find((d) => d.name === name && kinds.includes(d.kind));

    for (const [name, where] of Object.entries(duplicateNames(declarations))) {
        problems.push(`type name ${name} is declared more than once: ${where.join(", ")}`);
    }

    const components = getPulumiComponents(exports).map((c) => c.name);
    const tokens = components.map((c) => `${schema.name}:index:${c}`);
    for (const token of Object.keys(schema.resources).filter((t) => !tokens.includes(t))) {
        problems.push(`schema resource ${token} is not an exported component`);
    }
    for (const [i, component] of components.entries()) {
        const token = tokens[i];
        const resource = schema.resources[token];
        if (resource === undefined) {
            problems.push(`exported component ${component} is missing from the schema (expected ${token})`);
            continue;
        }
        if (resource.isComponent !== true) {
            problems.push(`${token} is not marked isComponent`);
        }
        const cls = find(component, "class");
        if (cls === undefined) {
            problems.push(`${component}: no class declaration found in the package`);
            continue;
        }
        const signature = componentSignature(cls.node as ts.ClassDeclaration);
        if (signature.constructors !== 1) {
            problems.push(`${component}: ${signature.constructors} constructors, the contract wants exactly one`);
        }
        if (signature.token !== token) {
            problems.push(`${component}: registers as '${signature.token}', the contract wants '${token}'`);
        }
        const args = signature.argsType === undefined ? undefined : find(signature.argsType, "interface");
        if (args === undefined) {
            problems.push(`${component}: the constructor's 'args' parameter is not typed with an interface of the package (${signature.argsType})`);
        } else {
            const members = interfaceMembers(args.node as ts.InterfaceDeclaration, true, declarations);
            problems.push(...compareMembers(`${component} input`, members, resource.inputProperties ?? {}, resource.requiredInputs ?? [], true));
        }
        const outputs = classOutputs(cls.node as ts.ClassDeclaration);
        if (outputs.length === 0) {
            problems.push(`${component}: no outputs`);
        }
        problems.push(...compareMembers(`${component} output`, outputs, resource.properties ?? {}, resource.required ?? [], false));
    }

    const inputTypes = inputTypeTokens(schema);
    for (const [token, type] of Object.entries(schema.types)) {
        const name = shortName(token);
        if (token !== `${schema.name}:index:${name}`) {
            problems.push(`type ${token} is not in the package's index module`);
        }
        if (type.enum) {
            const runtime = exports[name] as Record<string, unknown> | undefined;
            if (runtime === undefined || typeof runtime !== "object") {
                problems.push(`enum ${name} is not exported by the package`);
                continue;
            }
            const kind = type.type === "number" || type.type === "integer" ? "number" : "string";
            const exported = Object.entries(runtime).filter(([, v]) => typeof v === kind);
            const schemaMembers = type.enum.map((e) => [e.name, e.value]);
            if (JSON.stringify(exported) !== JSON.stringify(schemaMembers)) {
                problems.push(`enum ${name}: exported members ${JSON.stringify(exported)}, schema has ${JSON.stringify(schemaMembers)}`);
            }
            continue;
        }
        const declaration = find(name, "interface");
        if (declaration === undefined) {
            problems.push(`type ${name}: no interface declaration found in the package`);
            continue;
        }
        const isInput = inputTypes.has(token);
        const members = interfaceMembers(declaration.node as ts.InterfaceDeclaration, isInput, declarations);
        problems.push(...compareMembers(`type ${name}`, members, type.properties ?? {}, type.required ?? [], isInput));
    }

    const allProperties = [
        ...Object.values(schema.resources).flatMap((r) => [...Object.values(r.inputProperties ?? {}), ...Object.values(r.properties ?? {})]),
        ...Object.values(schema.types).flatMap((t) => Object.values(t.properties ?? {})),
    ];
    for (const ref of new Set(allProperties.flatMap(refsOf))) {
        if (!ref.startsWith("#/types/") || schema.types[ref.slice("#/types/".length)] === undefined) {
            problems.push(`reference ${ref} names no type of the package`);
        }
    }
    return problems;
}
