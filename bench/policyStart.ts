// npm run bench:policy-start [-- --json] [--runs N]
// How long the policy pack takes to start the engine's way (run-policy-pack, port on stdout), from
// its TypeScript sources through run-policy-pack's ts-node registration (how every start went
// before the pack shipped compiled) and from the compiled bin/ (now), and what that costs the
// offline dev plan: with the TypeScript pack, with the compiled pack, and without policies.
// Medians of N fresh processes each.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Command } from "commander";
import { defaultPackDir, launchPolicyPack, LaunchOptions, stopPolicyPack } from "../tools/analyzer/launch";
import { ensureBuilt, repositoryDir, sourceCondition, workspaceNodeArgs } from "../tools/workspace";
import { formatTable, median } from "./support/stats";

/** A pack started from policy/index.ts, as policy/ was shipped before (main: index.ts). */
interface SourcePack {
    dir: string;
    /** The environment that makes `alicloud-blueprints` resolve to its sources too, as it did then. */
    env: NodeJS.ProcessEnv;
}

/**
 * A pack directory whose entry requires policy/index.ts, with the compiler options policy/ had,
 * so run-policy-pack's ts-node type-checks the pack and the components' CIDR code it imports at
 * every start. Inside the repository (bench/results/, ignored by git) so that the runner,
 * @pulumi/policy and ts-node resolve from its node_modules as they did.
 */
function sourcePack(): SourcePack {
    const resultsDir = path.join(repositoryDir, "bench/results");
    fs.mkdirSync(resultsDir, { recursive: true });
    const dir = fs.mkdtempSync(path.join(resultsDir, "policy-from-source-"));
    const { version } = JSON.parse(fs.readFileSync(path.join(defaultPackDir, "package.json"), "utf8")) as { version: string };
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "policy-from-source", version, main: "index.js" }));
    fs.copyFileSync(path.join(defaultPackDir, "PulumiPolicy.yaml"), path.join(dir, "PulumiPolicy.yaml"));
    fs.writeFileSync(path.join(dir, "index.js"), `require(${JSON.stringify(path.join(defaultPackDir, "index.ts"))});\n`);
    const compilerOptions = {
        target: "ES2022",
        module: "commonjs",
        moduleResolution: "node",
        lib: ["ES2022"],
        types: ["node"],
        strict: true,
        esModuleInterop: true,
        skipLibCheck: true,
    };
    fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions }));
    return { dir, env: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --conditions=${sourceCondition}`.trim() } };
}

/** Milliseconds from spawning run-policy-pack in `packDir` to its port on stdout; the pack is then stopped. */
async function packStartMs(packDir: string, options: LaunchOptions = {}): Promise<number> {
    const started = process.hrtime.bigint();
    const pack = await launchPolicyPack(packDir, options);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    await stopPolicyPack(pack);
    return ms;
}

/** Milliseconds of one `npm run plan -- --stack dev <args>` in a fresh process (exit 0 required). */
function planMs(args: readonly string[], env: NodeJS.ProcessEnv = {}): number {
    const started = process.hrtime.bigint();
    execFileSync(process.execPath, [...workspaceNodeArgs, path.join(repositoryDir, "tools/plan/cli.ts"), "--stack", "dev", ...args], {
        cwd: repositoryDir,
        env: { ...process.env, ...env },
        stdio: "ignore",
        timeout: 120_000,
    });
    return Number(process.hrtime.bigint() - started) / 1e6;
}

interface Row {
    case: string;
    runs: number;
    medianMs: number;
    minMs: number;
    maxMs: number;
}

function row(name: string, samples: readonly number[]): Row {
    return { case: name, runs: samples.length, medianMs: median(samples), minMs: Math.min(...samples), maxMs: Math.max(...samples) };
}

async function repeat(runs: number, measure: () => Promise<number> | number): Promise<number[]> {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
        samples.push(await measure());
    }
    return samples;
}

async function main(): Promise<void> {
    const options = new Command("bench:policy-start")
        .option("--json", "print JSON instead of a table", false)
        .option("--runs <n>", "fresh processes per case", (v) => Number.parseInt(v, 10), 5)
        .parse(process.argv)
        .opts<{ json: boolean; runs: number }>();
    await ensureBuilt();
    const source = sourcePack();
    try {
        const rows = [
            row("pack start, TypeScript (ts-node, before)", await repeat(options.runs, () => packStartMs(source.dir, { env: source.env }))),
            row("pack start, compiled bin/ (now)", await repeat(options.runs, () => packStartMs(defaultPackDir))),
            row("dev plan, TypeScript pack (before)", await repeat(options.runs, () => planMs(["--policy-pack", source.dir], source.env))),
            row("dev plan, compiled pack (now)", await repeat(options.runs, () => planMs([]))),
            row("dev plan, --no-policy", await repeat(options.runs, () => planMs(["--no-policy"]))),
        ];
        if (options.json) {
            process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
            return;
        }
        const [tsStart, jsStart, tsPlan, jsPlan, noPolicy] = rows.map((r) => r.medianMs);
        console.log(`bench:policy-start, median of ${options.runs} fresh processes per case (${os.cpus().length} CPUs, node ${process.version})\n`);
        console.log(formatTable(["case", "median ms", "min ms", "max ms"], rows.map((r) => [r.case, r.medianMs.toFixed(0), r.minMs.toFixed(0), r.maxMs.toFixed(0)])));
        console.log(`\npack start: ${(tsStart / jsStart).toFixed(1)}x faster compiled (${tsStart.toFixed(0)} -> ${jsStart.toFixed(0)} ms)`);
        console.log(`policies' share of the dev plan: ${(tsPlan - noPolicy).toFixed(0)} ms before, ${(jsPlan - noPolicy).toFixed(0)} ms now`);
    } finally {
        fs.rmSync(source.dir, { recursive: true, force: true });
    }
}

main().catch((err) => {
    console.error(`error: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
});
