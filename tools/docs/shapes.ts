import * as fs from "node:fs";
import * as path from "node:path";
import type { PackageShapes, PropertyShape } from "../../components/vocabulary/argShape";
import { componentsDir, PackageSchema, SchemaProperty } from "./schema";

/** Where the generated shapes live: beside the code that derives zod schemas from them. */
export const shapesPath = path.join(componentsDir, "vocabulary", "shapes.generated.json");

const shortName = (token: string) => token.slice(token.lastIndexOf(":") + 1);

function shapeOf(property: SchemaProperty): PropertyShape {
    const shape: PropertyShape = {};
    if (property.type !== undefined) shape.type = property.type;
    if (property.$ref !== undefined) shape.$ref = property.$ref;
    if (property.items !== undefined) shape.items = shapeOf(property.items);
    if (property.additionalProperties !== undefined) shape.additionalProperties = shapeOf(property.additionalProperties);
    if (property.plain === true) shape.plain = true;
    return shape;
}

const mapValues = <A, B>(record: Record<string, A> | undefined, f: (value: A) => B): Record<string, B> =>
    Object.fromEntries(Object.entries(record ?? {}).map(([key, value]) => [key, f(value)]));

/**
 * The argument and output shapes of every component, copied from the component schema without
 * descriptions: what `argsSchema` (components/vocabulary/argShape.ts) derives the zod schemas of
 * the components' own checks and of the stack config from.
 */
export function packageShapesOf(schema: PackageSchema): PackageShapes {
    const components = Object.fromEntries(
        Object.entries(schema.resources)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([token, resource]) => [
                shortName(token),
                {
                    inputs: mapValues(resource.inputProperties, shapeOf),
                    requiredInputs: [...(resource.requiredInputs ?? [])].sort(),
                    outputs: Object.keys(resource.properties ?? {}),
                },
            ]),
    );
    const types = Object.fromEntries(
        Object.entries(schema.types)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([token, type]) => [
                shortName(token),
                type.enum !== undefined
                    ? { enum: type.enum.map((e) => String(e.value)) }
                    : { properties: mapValues(type.properties, shapeOf), required: [...(type.required ?? [])].sort() },
            ]),
    );
    return { components, types };
}

/** The file's text for a schema (stable: two-space JSON with a final newline). */
export function shapesFileText(schema: PackageSchema): string {
    return `${JSON.stringify(packageShapesOf(schema), null, 2)}\n`;
}

export function readShapesFile(): string {
    return fs.existsSync(shapesPath) ? fs.readFileSync(shapesPath, "utf8") : "";
}
