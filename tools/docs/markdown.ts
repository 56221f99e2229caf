import { PackageSchema, SchemaProperty, SchemaResource, SchemaType } from "./schema";

const shortName = (token: string) => token.slice(token.lastIndexOf(":") + 1);

/** The package type a property refers to (through arrays and maps), if any. */
function referencedType(property: SchemaProperty): string | undefined {
    if (property.$ref?.startsWith("#/types/")) {
        return shortName(property.$ref);
    }
    const inner = property.items ?? property.additionalProperties;
    return inner ? referencedType(inner) : undefined;
}

/** A property's type as a TypeScript user reads it, e.g. `string[]`, `Input<string>`, `NodeInfo`. */
export function typeText(property: SchemaProperty): string {
    let text: string;
    if (property.$ref) {
        text = shortName(property.$ref);
    } else if (property.type === "array" && property.items) {
        text = `${typeText({ ...property.items, plain: true })}[]`;
    } else if (property.type === "object" && property.additionalProperties) {
        text = `map<${typeText({ ...property.additionalProperties, plain: true })}>`;
    } else {
        text = property.type ?? "any";
    }
    return property.plain === false || (property.plain === undefined && !property.$ref) ? `Input<${text}>` : text;
}

const cell = (text: string | undefined) => (text ?? "").replace(/\|/g, "\\|").replace(/\n+/g, " ");

function propertyTable(properties: Record<string, SchemaProperty>, required: readonly string[], inputs: boolean): string[] {
    const rows = Object.entries(properties).map(([name, property]) => {
        const text = inputs ? typeText(property) : typeText({ ...property, plain: true });
        const referenced = referencedType(property);
        const anchor = referenced && `(#${referenced.toLowerCase()})`;
        const type = text === referenced ? `[\`${text}\`]${anchor}` : `\`${text}\`` + (referenced ? ` ([${referenced}]${anchor})` : "");
        const presence = inputs ? (required.includes(name) ? "required" : "optional") : required.includes(name) ? "" : "optional";
        const flags = [presence, property.secret ? "secret" : ""].filter(Boolean).join(", ");
        return `| \`${name}\` | ${cell(type)}${flags ? ` (${flags})` : ""} | ${cell(property.description)} |`;
    });
    return ["| name | type | description |", "|---|---|---|", ...rows];
}

/** The Inputs and Outputs tables of one component. */
export function componentTables(resource: SchemaResource): string {
    return [
        "#### Inputs",
        "",
        ...propertyTable(resource.inputProperties ?? {}, resource.requiredInputs ?? [], true),
        "",
        "#### Outputs",
        "",
        ...propertyTable(resource.properties ?? {}, resource.required ?? [], false),
    ].join("\n");
}

function typeSection(token: string, type: SchemaType): string[] {
    const lines = [`#### ${shortName(token)}`, ""];
    if (type.description) {
        lines.push(cell(type.description), "");
    }
    if (type.enum) {
        lines.push("| value | description |", "|---|---|", ...type.enum.map((e) => `| \`${e.value}\` | ${cell(e.description)} |`));
    } else {
        lines.push(...propertyTable(type.properties ?? {}, type.required ?? [], true));
    }
    return lines;
}

/** Every enum and object type the components use, alphabetically. */
export function typeTables(schema: PackageSchema): string {
    return Object.keys(schema.types)
        .sort((a, b) => shortName(a).localeCompare(shortName(b)))
        .flatMap((token) => [...typeSection(token, schema.types[token]), ""])
        .join("\n")
        .trimEnd();
}

/** Generated README regions by marker name: one per component, plus `types`. */
export function readmeRegions(schema: PackageSchema): Record<string, string> {
    const regions: Record<string, string> = { types: typeTables(schema) };
    for (const [token, resource] of Object.entries(schema.resources)) {
        regions[shortName(token)] = componentTables(resource);
    }
    return regions;
}
