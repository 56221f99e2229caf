// npm run bench:plan [-- --json] [--runs N]
// Wall time and peak memory of planning the dev stack and clusters of 4, 40 and 400 nodes, each
// as a ratio to a one-resource baseline planned the same way (medians of N fresh processes).
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Command } from "commander";
import { stringify } from "yaml";
import { workspaceNodeArgs } from "../tools/workspace";
import { formatTable, median } from "./support/stats";

interface Case {
    name: string;
    stack: string;
    configFile?: string;
    program?: string;
}

interface Sample {
    wallMs: number;
    peakRssMiB: number;
    resources: number;
}

const root = path.resolve(__dirname, "..");

function nodesCase(dir: string, nodes: number): Case {
    const configFile = path.join(dir, `nodes-${nodes}.yaml`);
    fs.writeFileSync(configFile, stringify({ config: { "alicloud:region": "cn-hangzhou", "bench:nodes": nodes } }));
    return { name: `cluster, ${nodes} nodes`, stack: "bench", configFile, program: path.join(root, "bench/programs/clusters.ts") };
}

function measure(c: Case): Sample {
    const args = [...workspaceNodeArgs, path.join(root, "bench/planWorker.ts"), c.stack, c.configFile ?? "", c.program ?? ""];
    const out = execFileSync(process.execPath, args, { cwd: root, encoding: "utf8", timeout: 300_000 });
    return JSON.parse(out) as Sample;
}

function main(): void {
    const options = new Command("bench:plan")
        .option("--json", "print JSON instead of a table", false)
        .option("--runs <n>", "fresh processes per case", (v) => Number.parseInt(v, 10), 5)
        .parse(process.argv)
        .opts<{ json: boolean; runs: number }>();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-plan-"));
    try {
        const baselineConfig = path.join(dir, "baseline.yaml");
        fs.writeFileSync(baselineConfig, stringify({ config: { "alicloud:region": "cn-hangzhou" } }));
        const cases: Case[] = [
            { name: "baseline (1 resource)", stack: "bench", configFile: baselineConfig, program: path.join(root, "bench/programs/baseline.ts") },
            { name: "dev stack", stack: "dev" },
            nodesCase(dir, 4),
            nodesCase(dir, 40),
            nodesCase(dir, 400),
        ];
        const results = cases.map((c) => {
            const samples = Array.from({ length: options.runs }, () => measure(c));
            return { case: c.name, runs: samples.length, resources: samples[0].resources, medianWallMs: median(samples.map((s) => s.wallMs)), medianPeakRssMiB: median(samples.map((s) => s.peakRssMiB)) };
        });
        const base = results[0];
        const report = results.map((r) => ({
            ...r,
            wallRatio: r.medianWallMs / base.medianWallMs,
            rssRatio: r.medianPeakRssMiB / base.medianPeakRssMiB,
            msPerResource: r.medianWallMs / r.resources,
        }));
        if (options.json) {
            process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
            return;
        }
        const rows = report.map((r) => [
            r.case,
            String(r.resources),
            r.medianWallMs.toFixed(0),
            `${r.wallRatio.toFixed(2)}x`,
            r.msPerResource.toFixed(2),
            r.medianPeakRssMiB.toFixed(0),
            `${r.rssRatio.toFixed(2)}x`,
        ]);
        console.log(`bench:plan, median of ${options.runs} fresh processes per case (${os.cpus().length} CPUs, node ${process.version})\n`);
        console.log(formatTable(["case", "resources", "wall ms", "wall/base", "ms/resource", "peak RSS MiB", "RSS/base"], rows));
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

main();
