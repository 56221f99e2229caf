/**
 * npm run bench:failover [-- --json] [--trials N]
 *
 * For each profile and scenario, repeats: fault the master (node1) of a two-node lab (the HA test
 * harness: real keepalived + nginx in network namespaces), measure the time from the fault to the
 * first good response through the VIP from another node, as seen by a client probing every 20 ms,
 * count the requests that failed meanwhile, restore, and wait for node1 to be master again.
 */
import { FailoverProfile, PROFILE_TIMING } from "../components/provision";
import { HaLab, haUnavailableReason, LabNode, sleep, VIP, waitFor } from "../test/ha/harness";
import { ClientProbe } from "../test/ha/probe";

interface Scenario {
    name: string;
    fault(lab: HaLab, node: LabNode): Promise<void>;
    restore(lab: HaLab, node: LabNode): Promise<void>;
}

const SCENARIOS: Scenario[] = [
    { name: "host down", fault: (lab, n) => lab.linkDown(n), restore: (lab, n) => lab.linkUp(n) },
    { name: "nginx down", fault: (lab, n) => lab.killNginx(n), restore: (lab, n) => lab.startNginx(n) },
    { name: "clean stop", fault: (lab, n) => lab.stopKeepalived(n), restore: (lab, n) => lab.startKeepalived(n) },
];

/** Median targets from the issue, in ms. */
const TARGETS: Record<string, number> = {
    "Standard/host down": 3600,
    "Standard/nginx down": 3500,
    "Standard/clean stop": 1000,
    "Fast/host down": 1700,
};

export interface BenchRow {
    scenario: string;
    profile: FailoverProfile;
    trials: number;
    medianMs: number;
    p95Ms: number;
    failedRequests: number;
}

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function trial(lab: HaLab, probe: ClientProbe, scenario: Scenario, profile: FailoverProfile): Promise<{ ms: number; failed: number }> {
    const master = lab.node("node1");
    await lab.waitForMaster("node1", 20_000);
    // Real faults come at any moment of the advert cycle: a fixed delay would measure one phase only.
    await sleep(300 + Math.random() * PROFILE_TIMING[profile].advertIntervalSeconds * 1000);
    const faultAt = Date.now();
    await scenario.fault(lab, master);
    const firstGood = await waitFor(`a good response from node2 after ${scenario.name}`, async () =>
        probe.since(faultAt).find((r) => r.ok && r.node !== "node1"), { timeoutMs: 15_000, intervalMs: 10 });
    const failed = probe.since(faultAt).filter((r) => !r.ok && r.end <= firstGood.end).length;
    await scenario.restore(lab, master);
    await lab.waitForMaster("node1", 20_000);
    return { ms: firstGood.end - faultAt, failed };
}

async function benchProfile(profile: FailoverProfile, trials: number, log: (line: string) => void): Promise<BenchRow[]> {
    const lab = new HaLab({ nodeCount: 2, profile });
    const probe = new ClientProbe(lab.clientNs, VIP);
    const rows: BenchRow[] = [];
    try {
        await lab.create();
        await lab.provisionAll();
        probe.start();
        for (const scenario of SCENARIOS) {
            const times: number[] = [];
            let failedRequests = 0;
            for (let i = 0; i < trials; i++) {
                const result = await trial(lab, probe, scenario, profile);
                times.push(result.ms);
                failedRequests += result.failed;
                log(`${profile} ${scenario.name} #${i + 1}: ${result.ms} ms, ${result.failed} failed requests`);
            }
            rows.push({
                scenario: scenario.name, profile, trials,
                medianMs: median(times), p95Ms: percentile(times, 95), failedRequests,
            });
        }
    } finally {
        probe.stop();
        await lab.destroy();
    }
    return rows;
}

function table(rows: BenchRow[]): string {
    const header = ["scenario", "profile", "trials", "median ms", "p95 ms", "failed requests", "target (median)"];
    const body = rows.map((r) => {
        const target = TARGETS[`${r.profile}/${r.scenario}`];
        const verdict = target === undefined ? "-" : `<= ${target} ${r.medianMs <= target ? "ok" : "MISSED"}`;
        return [r.scenario, r.profile, String(r.trials), String(r.medianMs), String(r.p95Ms), String(r.failedRequests), verdict];
    });
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
    return [line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

async function main(): Promise<void> {
    const argv = process.argv.slice(2);
    const json = argv.includes("--json");
    const trialsAt = argv.indexOf("--trials");
    const trials = trialsAt >= 0 ? Number(argv[trialsAt + 1]) : 10;
    if (!Number.isInteger(trials) || trials < 1) {
        throw new Error(`--trials ${argv[trialsAt + 1]} is invalid: use a positive integer (default 10).`);
    }
    const reason = haUnavailableReason();
    if (reason !== undefined) {
        throw new Error(`bench:failover cannot run: ${reason}`);
    }
    const log = (line: string) => process.stderr.write(`${line}\n`);
    const rows: BenchRow[] = [];
    for (const profile of [FailoverProfile.Standard, FailoverProfile.Fast]) {
        rows.push(...(await benchProfile(profile, trials, log)));
    }
    process.stdout.write(json ? `${JSON.stringify(rows, null, 2)}\n` : `${table(rows)}\n`);
}

main().catch((err: Error) => {
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 1;
});
