import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

/** One input of a resource, flattened through nested input types: "scalingConfig.isBondEip". */
export interface ProviderInput {
    path: string;
    /** The last segment of `path`, the name the patterns look at. */
    leaf: string;
    /** The declared type as written in the .d.ts, e.g. "pulumi.Input<number | undefined>". */
    type: string;
}

/** One resource type of the provider with every input of its `*Args` interface. */
export interface ProviderResource {
    /** The type token, e.g. "alicloud:ecs/instance:Instance" (read from the class's `__pulumiType`). */
    token: string;
    className: string;
    /** The token's module, e.g. "ecs". */
    module: string;
    inputs: ProviderInput[];
}

/** The folder of the installed @pulumi/alicloud package. */
export function alicloudPackageDir(): string {
    return path.dirname(require.resolve("@pulumi/alicloud/package.json"));
}

/** The installed @pulumi/alicloud version. */
export function alicloudVersion(): string {
    return (JSON.parse(fs.readFileSync(path.join(alicloudPackageDir(), "package.json"), "utf8")) as { version: string }).version;
}

// Nested input types are followed this deep; the provider's deepest input path is 5 levels.
const maxDepth = 6;

/**
 * Reads every resource class of @pulumi/alicloud from its type definitions: each `*.d.ts` that
 * declares a `pulumi.CustomResource`, its `<Class>Args` interface, and every input type that
 * interface names from `types/input.d.ts`, flattened into dotted paths.
 */
export function readProviderSurface(packageDir = alicloudPackageDir()): ProviderResource[] {
    const nested = nestedInputTypes(path.join(packageDir, "types", "input.d.ts"));
    const resources: ProviderResource[] = [];
    for (const file of definitionFiles(packageDir)) {
        const text = fs.readFileSync(file, "utf8");
        if (!text.includes("extends pulumi.CustomResource")) {
            continue;
        }
        const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
        const className = source.statements.find(ts.isClassDeclaration)?.name?.text;
        const args = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === `${className}Args`);
        const token = typeToken(file);
        if (className === undefined || args === undefined || token === undefined) {
            throw new Error(`${path.relative(packageDir, file)}: a resource class without a type token or an Args interface; the surface reader needs updating`);
        }
        const inputs: ProviderInput[] = [];
        collectInputs(args, source, "", 0, nested, inputs);
        resources.push({ token, className, module: token.split(":")[1].split("/")[0], inputs });
    }
    return resources.sort((a, b) => a.token.localeCompare(b.token));
}

function definitionFiles(dir: string, out: string[] = []): string[] {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            if (entry.name !== "types" && entry.name !== "node_modules") {
                definitionFiles(full, out);
            }
        } else if (entry.name.endsWith(".d.ts")) {
            out.push(full);
        }
    }
    return out;
}

/** The `__pulumiType` the class registers with, from the compiled file next to the .d.ts. */
function typeToken(definitionFile: string): string | undefined {
    const compiled = fs.readFileSync(definitionFile.replace(/\.d\.ts$/, ".js"), "utf8");
    return /__pulumiType = '([^']+)'/.exec(compiled)?.[1];
}

interface NestedInterface {
    declaration: ts.InterfaceDeclaration;
    source: ts.SourceFile;
}

/** Every interface of `types/input.d.ts`, keyed "module.Name" as resources reference them (`inputs.module.Name`). */
function nestedInputTypes(file: string): Map<string, NestedInterface> {
    const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
    const found = new Map<string, NestedInterface>();
    const visit = (node: ts.Node, prefix: string): void => {
        if (ts.isModuleDeclaration(node) && node.body !== undefined) {
            const name = prefix === "" ? node.name.getText(source) : `${prefix}.${node.name.getText(source)}`;
            ts.forEachChild(node.body, (child) => visit(child, name));
        } else if (ts.isModuleBlock(node)) {
            ts.forEachChild(node, (child) => visit(child, prefix));
        } else if (ts.isInterfaceDeclaration(node)) {
            found.set(`${prefix}.${node.name.text}`, { declaration: node, source });
        }
    };
    ts.forEachChild(source, (child) => visit(child, ""));
    return found;
}

function collectInputs(
    declaration: ts.InterfaceDeclaration,
    source: ts.SourceFile,
    prefix: string,
    depth: number,
    nested: Map<string, NestedInterface>,
    out: ProviderInput[],
): void {
    for (const member of declaration.members) {
        if (!ts.isPropertySignature(member) || member.type === undefined) {
            continue;
        }
        const leaf = member.name.getText(source).replace(/^["']|["']$/g, "");
        const type = member.type.getText(source).replace(/\s+/g, " ");
        const inputPath = prefix === "" ? leaf : `${prefix}.${leaf}`;
        out.push({ path: inputPath, leaf, type });
        const reference = /inputs\.([A-Za-z0-9_.]+)/.exec(type)?.[1];
        const target = reference === undefined ? undefined : nested.get(reference);
        if (target !== undefined && depth < maxDepth) {
            collectInputs(target.declaration, target.source, inputPath, depth + 1, nested, out);
        }
    }
}
