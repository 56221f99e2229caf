import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import * as ts from "typescript";
import { repositoryDir } from "../../../tools/workspace";
import { consumerLockFile, LockFile, PackedPackage } from "./lockfile";

const run = promisify(execFile);

/** One tarball as `npm pack --json` describes it. */
export interface PackReport {
    name: string;
    version: string;
    filename: string;
    integrity: string;
    size: number;
    unpackedSize: number;
    entryCount: number;
    files: Array<{ path: string; size: number }>;
}

/** The workspace folders `npm pack` packs, by package name. */
export const packedFolders: Record<string, string> = { "alicloud-blueprints": "components", "alicloud-blueprints-policy": "policy" };

/** The consumer program and its two tsconfigs (moduleResolution node, as Pulumi's templates, and node16). */
export const fixtureDir = path.join(repositoryDir, "test/package/fixtures/consumer");

/** The result of a command that may fail: its exit code and output. */
export interface CommandResult {
    code: number;
    stdout: string;
    stderr: string;
}

/** Runs a command without throwing; a timeout or a missing program is a failure with its message. */
export async function runCommand(file: string, args: readonly string[], cwd: string, timeoutMs = 180_000): Promise<CommandResult> {
    try {
        const { stdout, stderr } = await run(file, args, { cwd, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
        return { code: 0, stdout, stderr };
    } catch (err: any) {
        return { code: typeof err.code === "number" ? err.code : 1, stdout: err.stdout ?? "", stderr: `${err.stderr ?? ""}${err.message ?? ""}` };
    }
}

/** Throws with the command's output when it failed. */
export function mustSucceed(what: string, result: CommandResult): CommandResult {
    if (result.code !== 0) {
        throw new Error(`${what} failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`.trim());
    }
    return result;
}

/** `npm pack` of both workspace packages into `destination` (each runs its prepack build). */
export async function packWorkspace(destination: string): Promise<PackReport[]> {
    const args = ["pack", ...Object.values(packedFolders).flatMap((folder) => ["-w", folder]), "--pack-destination", destination, "--json"];
    const { stdout } = mustSucceed("npm pack", await runCommand("npm", args, repositoryDir));
    return JSON.parse(stdout) as PackReport[];
}

/**
 * A fresh project outside the repository that depends on the two tarballs (plus @pulumi/pulumi and
 * @pulumi/alicloud, as a Pulumi program does, and TypeScript to compile it), with a lock file that
 * pins every other package to the workspace's versions, so `npm ci --offline` installs it from
 * the npm cache alone. Returns the project folder.
 */
export function createConsumerProject(tarballs: readonly PackReport[], tarballDir: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "alicloud-blueprints-consumer-"));
    const packed: PackedPackage[] = tarballs.map((t) => {
        const workspaceFolder = packedFolders[t.name];
        fs.copyFileSync(path.join(tarballDir, t.filename), path.join(dir, t.filename));
        const { dependencies } = JSON.parse(fs.readFileSync(path.join(repositoryDir, workspaceFolder, "package.json"), "utf8")) as { dependencies: Record<string, string> };
        return { name: t.name, version: t.version, filename: t.filename, integrity: t.integrity, workspaceFolder, dependencies };
    });
    const workspaceLock = JSON.parse(fs.readFileSync(path.join(repositoryDir, "package-lock.json"), "utf8")) as LockFile;
    const lock = consumerLockFile(workspaceLock, packed, { dependencies: ["@pulumi/pulumi", "@pulumi/alicloud"], devDependencies: ["typescript", "@types/node"] });
    const root = lock.packages[""];
    const manifest = { name: root.name, version: root.version, private: true, dependencies: root.dependencies, devDependencies: root.devDependencies };
    fs.writeFileSync(path.join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    fs.writeFileSync(path.join(dir, "package-lock.json"), `${JSON.stringify(lock, null, 2)}\n`);
    for (const file of fs.readdirSync(fixtureDir)) {
        fs.copyFileSync(path.join(fixtureDir, file), path.join(dir, file));
    }
    return dir;
}

/** The relative TypeScript modules a file imports, resolved to files (x.ts or x/index.ts). */
function relativeImports(file: string): string[] {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    return importedFiles
        .map((imported) => imported.fileName)
        .filter((specifier) => specifier.startsWith("."))
        .map((specifier) => {
            const base = path.resolve(path.dirname(file), specifier);
            const candidates = [`${base}.ts`, path.join(base, "index.ts")];
            const found = candidates.find((candidate) => fs.existsSync(candidate));
            if (found === undefined) {
                throw new Error(`${file} imports ${specifier}, which is no TypeScript file`);
            }
            return found;
        });
}

/**
 * Transpiles the repository's mocks (tools/mocks and the modules they import) into
 * `<project>/harness/`, keeping their paths: there they load the consumer's own @pulumi/pulumi,
 * so `setMocks` reaches the SDK the installed package registers its resources with.
 */
export function transpileMocksInto(project: string): void {
    const pending = [path.join(repositoryDir, "tools/mocks/index.ts")];
    const done = new Set<string>();
    while (pending.length > 0) {
        const file = pending.pop()!;
        if (done.has(file)) {
            continue;
        }
        done.add(file);
        const { outputText } = ts.transpileModule(fs.readFileSync(file, "utf8"), {
            fileName: file,
            compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
        });
        const target = path.join(project, "harness", path.relative(repositoryDir, file)).replace(/\.ts$/, ".js");
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, outputText);
        pending.push(...relativeImports(file));
    }
}
