import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { builtProjects, ensureBuilt, repositoryDir, sourceCondition } from "../../tools/workspace";

interface ExportTargets {
    [condition: string]: string;
}

interface Manifest {
    name: string;
    main: string;
    types?: string;
    exports?: Record<string, ExportTargets | string>;
    typesVersions?: Record<string, Record<string, string[]>>;
}

const componentsDir = path.join(repositoryDir, "components");
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, "utf8")) as T;
const manifest = readJson<Manifest>(path.join(componentsDir, "package.json"));
/** The package's public subpaths ("." and "./network"), each with its condition targets. */
const subpaths = Object.entries(manifest.exports ?? {}).filter((entry): entry is [string, ExportTargets] => typeof entry[1] === "object");
const specifier = (subpath: string) => (subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`);

/** The TypeScript files under `dir`, outside node_modules and builds. */
function sourceFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
        .map((entry) => path.join(entry.parentPath, entry.name))
        .filter((file) => !/[\\/](node_modules|bin)[\\/]/.test(file));
}

/** Where a child Node.js resolves a specifier from the repository root, with the given node arguments. */
function resolveInChild(request: string, nodeArgs: string[] = []): string {
    return execFileSync(process.execPath, [...nodeArgs, "-p", `require.resolve(${JSON.stringify(request)})`], { cwd: repositoryDir, encoding: "utf8" }).trim();
}

describe("the workspace consumes alicloud-blueprints from its sources, consumers from bin/", () => {
    before(async function () {
        this.timeout(120_000);
        await ensureBuilt();
    });

    it("exports every public subpath with a source, a types and a default target, in that order", () => {
        assert.equal(subpaths[0]?.[0], ".", "the package root is the first export");
        for (const [subpath, targets] of subpaths) {
            assert.deepEqual(Object.keys(targets), [sourceCondition, "types", "default"], `exports["${subpath}"]`);
            assert.match(targets[sourceCondition], /^\.\/(.+\/)?index\.ts$/, `exports["${subpath}"] source`);
            assert.equal(targets.types, targets[sourceCondition].replace(/^\.\//, "./bin/").replace(/\.ts$/, ".d.ts"));
            assert.equal(targets.default, targets[sourceCondition].replace(/^\.\//, "./bin/").replace(/\.ts$/, ".js"));
        }
        assert.equal(`./${manifest.main}`, (manifest.exports!["."] as ExportTargets).default, "main (for resolvers without exports)");
        assert.equal(`./${manifest.types}`, (manifest.exports!["."] as ExportTargets).types, "types (for resolvers without exports)");
    });

    it("this process (mocha runs with the condition) loads the TypeScript sources", () => {
        for (const [subpath, targets] of subpaths) {
            assert.equal(require.resolve(specifier(subpath)), path.join(componentsDir, targets[sourceCondition]));
        }
    });

    it("a process without the condition, as a consumer or the engine-started pack, loads bin/, which is built", () => {
        for (const [subpath, targets] of subpaths) {
            const resolved = resolveInChild(specifier(subpath));
            assert.equal(resolved, path.join(componentsDir, targets.default));
            assert.ok(fs.existsSync(resolved), `${resolved} is not built`);
            assert.ok(fs.existsSync(path.join(componentsDir, targets.types)), `${targets.types} is not built`);
        }
        assert.equal(resolveInChild(manifest.name, [`--conditions=${sourceCondition}`]), path.join(componentsDir, "index.ts"));
    });

    it("`pulumi up` runs the program on the sources too: Pulumi.yaml passes the condition to node", () => {
        const project = parse(fs.readFileSync(path.join(repositoryDir, "Pulumi.yaml"), "utf8")) as { runtime: { options?: { nodeargs?: string } } };
        assert.ok((project.runtime.options?.nodeargs ?? "").split(/\s+/).includes(`--conditions=${sourceCondition}`), "Pulumi.yaml runtime.options.nodeargs");
    });

    it("tsc resolves each subpath to the same source file as the condition (tsconfig paths)", () => {
        const { compilerOptions } = readJson<{ compilerOptions: { paths: Record<string, string[]> } }>(path.join(repositoryDir, "tsconfig.json"));
        assert.deepEqual(
            Object.fromEntries(Object.entries(compilerOptions.paths).map(([name, [target]]) => [name, path.resolve(repositoryDir, target)])),
            Object.fromEntries(subpaths.map(([subpath, targets]) => [specifier(subpath), path.join(componentsDir, targets[sourceCondition])])),
        );
    });

    it("resolvers that ignore exports (moduleResolution node) find every subpath's types through typesVersions", () => {
        const mapped = manifest.typesVersions?.["*"] ?? {};
        for (const [subpath, targets] of subpaths.filter(([subpath]) => subpath !== ".")) {
            assert.deepEqual(mapped[subpath.slice(2)], [targets.types.slice(2)], `typesVersions for ${subpath}`);
        }
    });

    it("no workspace file imports the package folder by a relative path, which Node resolves through `main` to bin/, a build that may be stale", () => {
        const folderImport = /(?:from\s+|require\(\s*)["'](?:\.\.?\/)+components\/?["']/;
        const offenders = ["test", "tools", "stacks", "bench", "policy"].flatMap((dir) => sourceFiles(path.join(repositoryDir, dir)))
            .filter((file) => folderImport.test(fs.readFileSync(file, "utf8")))
            .map((file) => path.relative(repositoryDir, file));
        assert.deepEqual(offenders, [], 'import "alicloud-blueprints" (the sources, through the condition) instead');
    });

    it("builds the two packages it publishes, whose manifests point at their builds", () => {
        assert.deepEqual(
            builtProjects.map((dir) => readJson<Manifest>(path.join(dir, "package.json")).name),
            ["alicloud-blueprints", "alicloud-blueprints-policy"],
        );
        for (const dir of builtProjects) {
            const main = readJson<Manifest>(path.join(dir, "package.json")).main;
            assert.match(main, /^bin\//);
            assert.ok(fs.existsSync(path.join(dir, main)), `${dir}: ${main} is not built`);
        }
    });

    it("gives each published package the repository's LICENSE word for word (npm packs only a package's own)", () => {
        const license = fs.readFileSync(path.join(repositoryDir, "LICENSE"), "utf8");
        for (const dir of builtProjects) {
            const own = path.join(dir, "LICENSE");
            assert.ok(fs.existsSync(own) && fs.readFileSync(own, "utf8") === license, `${path.relative(repositoryDir, own)} is missing or differs from LICENSE; copy it`);
        }
    });
});
