import * as path from "node:path";
import { ComponentProvider, getPulumiComponents } from "@pulumi/pulumi/provider/experimental/provider";

/** The part of a Pulumi package schema property the docs use. */
export interface SchemaProperty {
    type?: string;
    $ref?: string;
    items?: SchemaProperty;
    additionalProperties?: SchemaProperty;
    description?: string;
    plain?: boolean;
    secret?: boolean;
}

export interface SchemaResource {
    isComponent?: boolean;
    description?: string;
    inputProperties?: Record<string, SchemaProperty>;
    requiredInputs?: string[];
    properties?: Record<string, SchemaProperty>;
    required?: string[];
}

export interface SchemaType {
    type: string;
    description?: string;
    properties?: Record<string, SchemaProperty>;
    required?: string[];
    enum?: Array<{ name?: string; value: string | number; description?: string }>;
}

export interface PackageSchema {
    name: string;
    version: string;
    resources: Record<string, SchemaResource>;
    types: Record<string, SchemaType>;
}

/** The component package, as `pulumi package add` reads it. */
export const componentsDir = path.resolve(__dirname, "../../components");
export const packageName = "alicloud-blueprints";

/**
 * The package schema exactly as the Node.js component provider host serves it to the engine:
 * the host's own `ComponentProvider` finds the exported components and runs @pulumi/pulumi's
 * component analyzer over the package's TypeScript.
 */
export async function loadComponentSchema(): Promise<PackageSchema> {
    const components = getPulumiComponents(require(componentsDir));
    const provider = new ComponentProvider({ dirname: componentsDir, name: packageName, components });
    return JSON.parse(await provider.getSchema()) as PackageSchema;
}
