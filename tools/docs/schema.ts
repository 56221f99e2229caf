import * as fs from "node:fs";
import * as path from "node:path";
import { ComponentProvider, getPulumiComponents } from "@pulumi/pulumi/provider/experimental/provider";

/** The part of a Pulumi package schema property the docs and tests use. */
export interface SchemaProperty {
    type?: string;
    $ref?: string;
    items?: SchemaProperty;
    additionalProperties?: SchemaProperty;
    description?: string;
    plain?: boolean;
    optional?: boolean;
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
    description?: string;
    resources: Record<string, SchemaResource>;
    types: Record<string, SchemaType>;
}

/** The component package, as `pulumi package add` reads it. */
export const componentsDir = path.resolve(__dirname, "../../components");
export const packageName = "alicloud-blueprints";

/**
 * The provider name the Node.js host derives from a package.json `name` (cmd/run-plugin/run.js):
 * the scope is dropped and characters other than letters, digits, `-` and `_` become `-`.
 */
export function providerNameOf(packageJsonName: string): string {
    const unscoped = /^(@.*?\/)?(.+)$/.exec(packageJsonName)![2];
    return unscoped.replace(/[^-a-zA-Z0-9_]/g, "-");
}

/** Schemas already analyzed in this process, by package directory (the analysis takes seconds). */
const loadedSchemas = new Map<string, Promise<PackageSchema>>();

/**
 * The package schema exactly as the Node.js component provider host serves it to the engine:
 * the host's own `ComponentProvider` finds the exported components and runs @pulumi/pulumi's
 * component analyzer over the package's TypeScript. In-process (no gRPC); `dir` defaults to components/.
 * Analyzed once per directory and process; a failed analysis rejects every call with the analyzer's error.
 */
export function loadComponentSchema(dir = componentsDir): Promise<PackageSchema> {
    const key = path.resolve(dir);
    let loaded = loadedSchemas.get(key);
    if (loaded === undefined) {
        loaded = analyze(key);
        loadedSchemas.set(key, loaded);
    }
    // Every caller gets its own copy, so one that edits it (a test) cannot change another's.
    return loaded.then((schema) => structuredClone(schema));
}

/**
 * The package's TypeScript entry when it has one (the file the analyzer reads), else the package:
 * the README is generated from the sources, never from a build that may be stale.
 */
function sourceEntry(dir: string): string {
    const entry = path.join(dir, "index.ts");
    return fs.existsSync(entry) ? entry : dir;
}

async function analyze(dir: string): Promise<PackageSchema> {
    const { name } = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as { name: string };
    const components = getPulumiComponents(require(sourceEntry(dir)));
    const provider = new ComponentProvider({ dirname: dir, name: providerNameOf(name), components });
    return JSON.parse(await provider.getSchema()) as PackageSchema;
}
