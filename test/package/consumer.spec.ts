import { strict as assert } from "node:assert";
import { builtinModules } from "node:module";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ts from "typescript";
import { packArgs } from "../../policy/pack";
import { PolicyDiagnostic, PolicyPackSession } from "../../tools/analyzer";
import type { RecordedResource } from "../../tools/mocks";
import { repositoryDir } from "../../tools/workspace";
import { CommandResult, createConsumerProject, mustSucceed, PackReport, packedFolders, packWorkspace, runCommand, transpileMocksInto } from "./support/consumerProject";

/** The files outside bin/ that each tarball must hold: what a user reads (the license the manifest names included) and what the engine needs. */
const requiredFiles: Record<string, string[]> = {
    "alicloud-blueprints": ["package.json", "README.md", "CHANGELOG.md", "LICENSE"],
    "alicloud-blueprints-policy": ["package.json", "README.md", "CHANGELOG.md", "LICENSE", "PulumiPolicy.yaml", "policy-config.example.json"],
};

/** Every file a tarball may hold: the build (JS, declarations, source maps) and the files a user reads or the engine needs. */
const allowedFiles: Record<string, RegExp> = {
    "alicloud-blueprints": /^(package\.json|README\.md|CHANGELOG\.md|LICENSE|bin\/.+\.(js|js\.map|d\.ts)|bin\/.+\.generated\.json)$/,
    "alicloud-blueprints-policy": /^(package\.json|README\.md|CHANGELOG\.md|LICENSE|PulumiPolicy\.yaml|policy-config\.example\.json|bin\/.+\.(js|js\.map|d\.ts))$/,
};

/** Every file below `dir`, relative to it. */
function filesBelow(dir: string): string[] {
    return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/** The module specifiers a JavaScript or declaration file imports or requires. */
function specifiersOf(file: string): string[] {
    return ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true).importedFiles.map((imported) => imported.fileName);
}

describe("a consumer that installs the packed tarballs (not the workspace)", function () {
    this.timeout(300_000);
    let tarballDir: string;
    let tarballs: PackReport[];
    let project: string;
    let typeChecks: Record<string, CommandResult>;
    let resources: RecordedResource[];

    const installed = (name: string) => path.join(project, "node_modules", name);
    const tarball = (name: string) => tarballs.find((t) => t.name === name)!;

    // What a module renamed or removed since the last build leaves in bin/ (tsc never deletes it).
    const leftovers = Object.values(packedFolders).map((folder) => path.join(repositoryDir, folder, "bin", "removedModule.js"));

    before(async () => {
        tarballDir = fs.mkdtempSync(path.join(os.tmpdir(), "alicloud-blueprints-packs-"));
        for (const file of leftovers) {
            fs.mkdirSync(path.dirname(file), { recursive: true });
            fs.writeFileSync(file, "exports.removed = true;\n");
        }
        tarballs = await packWorkspace(tarballDir);
        project = createConsumerProject(tarballs, tarballDir);
        mustSucceed("npm ci --offline", await runCommand("npm", ["ci", "--offline", "--ignore-scripts", "--no-audit", "--no-fund"], project));
        transpileMocksInto(project);
        const tsc = path.join(project, "node_modules/typescript/bin/tsc");
        // The node16 check only type-checks, in parallel with the emitting one and the program's run.
        const node16 = runCommand(process.execPath, [tsc, "-p", "tsconfig.node16.json"], project);
        const classic = await runCommand(process.execPath, [tsc, "-p", "tsconfig.json"], project);
        const program = classic.code === 0 ? await runCommand(process.execPath, ["runUnderMocks.js"], project, 120_000) : undefined;
        typeChecks = { "moduleResolution node": classic, "moduleResolution node16": await node16 };
        resources = program?.code === 0 ? (JSON.parse(program.stdout) as RecordedResource[]) : [];
        if (program !== undefined) {
            mustSucceed("the consumer's program under the mocks", program);
        }
    });

    after(() => {
        leftovers.forEach((file) => fs.rmSync(file, { force: true }));
        for (const dir of [project, tarballDir]) {
            if (dir !== undefined && dir.startsWith(os.tmpdir())) {
                fs.rmSync(dir, { recursive: true, force: true });
            }
        }
    });

    it("packs each package with its build and nothing else: no tests, fixtures, sources, configs or build state", () => {
        assert.deepEqual(tarballs.map((t) => t.name).sort(), Object.keys(packedFolders).sort());
        for (const t of tarballs) {
            const stray = t.files.map((f) => f.path).filter((file) => !allowedFiles[t.name].test(file));
            assert.deepEqual(stray, [], `${t.filename} holds files a consumer does not need`);
        }
    });

    it("packs the manifest, README, changelog and LICENSE (Apache-2.0 asks every copy to carry it) of each package", () => {
        for (const t of tarballs) {
            const packed = new Set(t.files.map((f) => f.path));
            assert.deepEqual(requiredFiles[t.name].filter((file) => !packed.has(file)), [], `${t.filename} lacks files a consumer needs`);
        }
    });

    it("ships the compiled JavaScript, declarations and source map of every module of the component package", () => {
        const sources = filesBelow(path.join(repositoryDir, "components")).filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts") && !file.startsWith("bin/") && !file.includes("node_modules"));
        const shipped = new Set(tarball("alicloud-blueprints").files.map((f) => f.path));
        const missing = sources.flatMap((source) => [".js", ".d.ts", ".js.map"].map((ext) => `bin/${source.replace(/\.ts$/, ext)}`)).filter((file) => !shipped.has(file));
        assert.deepEqual(missing, []);
    });

    it("ships no build output whose source is gone (a renamed module's old bin/ files): each pack builds afresh", () => {
        for (const t of tarballs) {
            const folder = path.join(repositoryDir, packedFolders[t.name]);
            const orphans = t.files
                .map((f) => f.path)
                .filter((file) => /^bin\/.+\.js$/.test(file) && !fs.existsSync(path.join(folder, file.replace(/^bin\//, "").replace(/\.js$/, ".ts"))));
            assert.deepEqual(orphans, [], `${t.filename} holds the build of modules that no longer exist`);
        }
    });

    it("installs both packages from the tarballs, as real folders with their manifests' entry points", () => {
        for (const t of tarballs) {
            const dir = installed(t.name);
            assert.ok(!fs.lstatSync(dir).isSymbolicLink(), `${t.name} is a link into the workspace`);
            const manifest = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
            assert.equal(manifest.version, t.version);
            assert.ok(fs.existsSync(path.join(dir, manifest.main)), `${t.name}: main ${manifest.main} is not in the tarball`);
            for (const [subpath, targets] of Object.entries((manifest.exports ?? {}) as Record<string, Record<string, string> | string>)) {
                const shipped = typeof targets === "string" ? [targets] : [targets.types, targets.default];
                for (const target of shipped) {
                    assert.ok(fs.existsSync(path.join(dir, target)), `${t.name}: exports["${subpath}"] -> ${target} is not in the tarball`);
                }
            }
        }
    });

    it("resolves every import of the installed JavaScript and declarations inside the package or to a declared dependency, and names no workspace path", () => {
        for (const t of tarballs) {
            const dir = installed(t.name);
            const manifest = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
            const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
            const problems: string[] = [];
            for (const file of filesBelow(dir).filter((f) => /\.(js|d\.ts)$/.test(f))) {
                const text = fs.readFileSync(path.join(dir, file), "utf8");
                if (text.includes(repositoryDir)) {
                    problems.push(`${file} names the workspace folder ${repositoryDir}`);
                }
                for (const specifier of specifiersOf(path.join(dir, file))) {
                    if (specifier.startsWith(".")) {
                        const base = path.resolve(path.dirname(path.join(dir, file)), specifier);
                        const candidates = file.endsWith(".d.ts") ? [`${base}.d.ts`, path.join(base, "index.d.ts")] : [`${base}.js`, base, path.join(base, "index.js")];
                        if (!base.startsWith(dir + path.sep) || !candidates.some((c) => fs.existsSync(c) && fs.statSync(c).isFile())) {
                            problems.push(`${file} imports ${specifier}, which is not in the tarball`);
                        }
                    } else {
                        const packageName = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0];
                        if (!declared.has(packageName) && !declared.has(specifier)) {
                            problems.push(`${file} imports ${specifier}, which ${t.name} does not declare as a dependency`);
                        }
                        // Another library's types in the declarations become every consumer's to compile
                        // (zod's need esModuleInterop, which Pulumi's TypeScript template does not set).
                        const ours = packageName.startsWith("@pulumi/") || packageName in packedFolders || builtinModules.includes(specifier.replace(/^node:/, ""));
                        if (file.endsWith(".d.ts") && !ours) {
                            problems.push(`${file} exposes the types of ${specifier}; keep them out of the declarations (\`@internal\`)`);
                        }
                    }
                }
            }
            assert.deepEqual(problems, [], t.name);
        }
    });

    for (const mode of ["moduleResolution node", "moduleResolution node16"]) {
        it(`type-checks a program using all four blueprints strictly, declarations included (${mode})`, () => {
            const result = typeChecks[mode];
            assert.equal(result.code, 0, `tsc failed:\n${result.stdout}${result.stderr}`);
        });
    }

    it("builds all four blueprints under the project's mocks", () => {
        const count = (type: string) => resources.filter((r) => r.type === type).length;
        for (const component of ["SingleAccountCluster", "HaVipPair", "CenMesh", "AppTier"]) {
            assert.equal(count(`alicloud-blueprints:index:${component}`), 1, component);
        }
        assert.ok(count("alicloud:ecs/instance:Instance") >= 9, "the blueprints' ECS nodes and the exposed instance");
        assert.equal(count("alicloud:cen/transitRouter:TransitRouter"), 1);
        assert.equal(count("alicloud:vpc/haVipv2:HaVipv2"), 1);
        assert.equal(count("alicloud:rds/instance:Instance"), 1);
    });

    it("starts the packed policy pack the engine's way and gets its verdicts on that program over gRPC", async () => {
        const session = await PolicyPackSession.start(installed("alicloud-blueprints-policy"));
        let diagnostics: PolicyDiagnostic[];
        try {
            const info = await session.info();
            assert.deepEqual(
                info.policies.map((p) => p.name),
                packArgs.policies.map((p) => p.name),
                "the packed pack serves other policies than the workspace's",
            );
            await session.configure({});
            await session.configureStack({ project: "consumer", stack: "test", dryRun: true });
            diagnostics = await session.analyze(resources);
        } finally {
            await session.stop();
        }
        const exposed = resources.find((r) => r.name === "consumer-exposed")!;
        assert.deepEqual(
            diagnostics.filter((d) => d.level === "mandatory").map((d) => [d.policy, d.urn]),
            [["ecs-instance-no-public-ip", exposed.urn]],
        );
        assert.ok(diagnostics.some((d) => d.level === "advisory"), "no advisory verdict at all: the pack did not look at the blueprints");
    });
});
