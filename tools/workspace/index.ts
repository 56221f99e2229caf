import { execFile } from "node:child_process";
import * as path from "node:path";

/**
 * The export condition under which `alicloud-blueprints` resolves to its TypeScript sources
 * (components/package.json `exports`). The workspace's own processes (mocha, `npm run plan`, the
 * benchmarks, `pulumi up` through Pulumi.yaml's `nodeargs`) run with `--conditions=<this>`, so they
 * always execute the sources; everything else, a consumer and the engine-started policy pack
 * included, gets the compiled `bin/`. A name of its own rather than `development`: bundlers and
 * tools set `development` on their own, and the published tarball has no sources to resolve to.
 */
export const sourceCondition = "alicloud-blueprints-source";

/** The repository root. */
export const repositoryDir = path.resolve(__dirname, "../..");

/** Node.js arguments that run a TypeScript file of this workspace the way `npm run plan` does. */
export const workspaceNodeArgs: readonly string[] = [`--conditions=${sourceCondition}`, "--require", "ts-node/register/transpile-only"];

/** The TypeScript projects `npm run build` compiles: the component package and the policy pack. */
export const builtProjects: readonly string[] = [path.join(repositoryDir, "components"), path.join(repositoryDir, "policy")];

let building: Promise<void> | undefined;

/**
 * Brings components/bin and policy/bin up to date with their sources (`tsc --build`, which
 * compiles only what changed: ~0.4 s when nothing did). Whatever the engine starts from this
 * checkout (the policy pack, the component provider host) runs that JavaScript, so the tools
 * and tests that start them await this first and never see a stale build. Once per process;
 * runs in a child process, so a plan can go on meanwhile. Rejects with the compiler's output
 * when the sources do not compile.
 */
export function ensureBuilt(): Promise<void> {
    building ??= new Promise<void>((resolve, reject) => {
        const tsc = require.resolve("typescript/bin/tsc", { paths: [repositoryDir] });
        execFile(process.execPath, [tsc, "--build", ...builtProjects], { cwd: repositoryDir, timeout: 300_000 }, (err, stdout, stderr) => {
            if (err) {
                const output = `${stdout}${stderr}`.trim();
                reject(new Error(`npm run build failed: the component package or the policy pack does not compile:\n${output || err.message}`));
            } else {
                resolve();
            }
        });
    });
    return building;
}
