/**
 * npm run bench:failover [-- --json] [--trials N] [--soak-runs N] [--soak-seconds S] [--profiles Standard,Fast]
 *
 * Per profile, on labs built by the HA test harness (real keepalived + nginx in network namespaces,
 * a client probing the VIP every 20 ms): faults on the master of a 2-node pair (host down, every
 * nginx process killed, clean stop, keepalived killed), changes rolled through a live 3-node
 * cluster as the component rolls them (a reload-only change, a global change that restarts with a
 * handover), the 3-node cascade, and soaks at 10 % packet loss on the master's link.
 */
import { Command, InvalidArgumentError } from "commander";
import { FailoverProfile } from "../components/provision";
import { HaLab, haUnavailableReason, VIP } from "../test/ha/harness";
import { ClientProbe } from "../test/ha/probe";
import { VipWatch } from "../test/ha/vipWatch";
import { cascadeTrial, changeTrial, CRASH_WITHOUT_CLEANUP, faultTrial, FAULTS, soakTrial, TrialResult } from "./failover/measure";
import { formatTable, median, percentile } from "./support/stats";

export interface BenchRow {
    scenario: string;
    profile: FailoverProfile;
    trials: number;
    medianMs: number;
    p95Ms: number;
    /** Failed requests, all trials together. */
    failedRequests: number;
    /** The most failed requests in one trial. */
    maxFailedPerTrial: number;
    /** keepalived kill -9: median time two nodes held the VIP at once. */
    doubleHolderMs?: number;
    /** Soak: times the VIP moved away from a healthy master, all runs together. */
    falseFailovers?: number;
}

/** The issue's targets per scenario (median ms), and which profile they bind. */
function target(row: BenchRow): { limit: string; ok: boolean } | undefined {
    const byScenario: Record<string, (r: BenchRow) => { limit: string; ok: boolean } | undefined> = {
        "host down": (r) => {
            const ms = r.profile === FailoverProfile.Standard ? 3000 : r.profile === FailoverProfile.Fast ? 1500 : undefined;
            return ms === undefined ? undefined : { limit: `<= ${ms} ms`, ok: r.medianMs <= ms };
        },
        "nginx kill -9 (all nginx processes)": (r) => ({ limit: "<= 300 ms", ok: r.medianMs <= 300 }),
        "clean stop": (r) => ({ limit: "<= 200 ms", ok: r.medianMs <= 200 }),
        "keepalived kill -9": (r) => ({ limit: "no second holder", ok: (r.doubleHolderMs ?? 0) === 0 }),
        "change: reload (priorities)": (r) => ({ limit: "<= 200 ms, <= 1 failed", ok: r.medianMs <= 200 && r.maxFailedPerTrial <= 1 }),
        "change: restart + handover (global_defs)": (r) => ({ limit: "<= 200 ms, <= 1 failed", ok: r.medianMs <= 200 && r.maxFailedPerTrial <= 1 }),
        "cascade 3 -> 2 -> 1 (per step)": (r) => ({ limit: "<= 200 ms", ok: r.medianMs <= 200 }),
        soak: (r) => (r.profile === FailoverProfile.Classic ? undefined : { limit: "0 false failovers", ok: r.falseFailovers === 0 }),
    };
    return byScenario[row.scenario.startsWith("soak") ? "soak" : row.scenario]?.(row);
}

function summarize(scenario: string, profile: FailoverProfile, results: TrialResult[]): BenchRow {
    const times = results.map((r) => r.ms);
    const row: BenchRow = {
        scenario, profile, trials: results.length,
        medianMs: Math.round(median(times)), p95Ms: Math.round(percentile(times, 95)),
        failedRequests: results.reduce((sum, r) => sum + r.failed, 0),
        maxFailedPerTrial: Math.max(...results.map((r) => r.failed)),
    };
    if (results.some((r) => r.doubleHolderMs !== undefined)) {
        row.doubleHolderMs = Math.round(median(results.map((r) => r.doubleHolderMs ?? 0)));
    }
    if (results.some((r) => r.falseFailovers !== undefined)) {
        row.falseFailovers = results.reduce((sum, r) => sum + (r.falseFailovers ?? 0), 0);
    }
    return row;
}

/** Builds a lab, starts the probe and the VIP watch, runs `body`, and tears everything down. */
async function withLab<T>(
    nodeCount: number, profile: FailoverProfile, body: (lab: HaLab, probe: ClientProbe, watch: VipWatch) => Promise<T>, vipCleanup = true,
): Promise<T> {
    const lab = new HaLab({ nodeCount, profile, vipCleanup });
    const probe = new ClientProbe(lab.clientNs, VIP);
    const watch = new VipWatch(VIP, lab.nodes);
    try {
        await lab.create();
        await lab.provisionAll();
        await lab.waitForMaster("node1", 20_000);
        await watch.start();
        probe.start();
        return await body(lab, probe, watch);
    } finally {
        probe.stop();
        watch.stop();
        await lab.destroy();
    }
}

interface Options {
    trials: number;
    soakRuns: number;
    soakSeconds: number;
    profiles: FailoverProfile[];
}

async function benchProfile(profile: FailoverProfile, o: Options, log: (line: string) => void): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    const repeat = async (scenario: string, times: number, one: (i: number) => Promise<TrialResult | TrialResult[]>) => {
        const results: TrialResult[] = [];
        for (let i = 0; i < times; i++) {
            const got = [await one(i)].flat();
            got.forEach((r) => log(`${profile} ${scenario} #${i + 1}: ${r.ms} ms, ${r.failed} failed${r.doubleHolderMs ? `, two holders ${r.doubleHolderMs} ms` : ""}${r.falseFailovers !== undefined ? `, ${r.falseFailovers} false failovers` : ""}`));
            results.push(...got);
        }
        rows.push(summarize(scenario, profile, results));
    };
    await withLab(2, profile, async (lab, probe, watch) => {
        for (const fault of FAULTS) {
            await repeat(fault.name, o.trials, () => faultTrial(lab, probe, watch, fault, profile));
        }
    });
    await withLab(2, profile, async (lab, probe, watch) => {
        await repeat(CRASH_WITHOUT_CLEANUP.name, o.trials, () => faultTrial(lab, probe, watch, CRASH_WITHOUT_CLEANUP, profile));
    }, false);
    await withLab(3, profile, async (lab, probe) => {
        await repeat("change: reload (priorities)", o.trials, (i) =>
            changeTrial(lab, probe, () => lab.reconfigure({ extra: { priorities: i % 2 === 0 ? [250, 200, 150] : [250, 240, 230] } }), profile));
        await repeat("change: restart + handover (global_defs)", o.trials, (i) =>
            changeTrial(lab, probe, () => lab.reconfigure({ extra: { garpRefreshSeconds: i % 2 === 0 ? 11 : 10 } }), profile));
        await repeat("cascade 3 -> 2 -> 1 (per step)", o.trials, () => cascadeTrial(lab, probe, profile));
    });
    await withLab(2, profile, async (lab, probe, watch) => {
        await repeat(`soak ${o.soakSeconds} s, 10 % loss on the master`, o.soakRuns, () => soakTrial(lab, probe, watch, o.soakSeconds, 0.1));
    });
    return rows;
}

function table(rows: BenchRow[]): string {
    const header = ["scenario", "profile", "trials", "median ms", "p95 ms", "failed", "max failed/trial", "two holders ms", "false failovers", "target"];
    return formatTable(header, rows.map((r) => {
        const t = target(r);
        return [r.scenario, r.profile, String(r.trials), String(r.medianMs), String(r.p95Ms), String(r.failedRequests), String(r.maxFailedPerTrial),
            r.doubleHolderMs === undefined ? "-" : String(r.doubleHolderMs), r.falseFailovers === undefined ? "-" : String(r.falseFailovers),
            t === undefined ? "-" : `${t.limit} ${t.ok ? "ok" : "MISSED"}`];
    }));
}

function positiveInteger(value: string): number {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) {
        throw new InvalidArgumentError("use a whole number of 1 or more");
    }
    return n;
}

function profileList(value: string): FailoverProfile[] {
    const profiles = value.split(",") as FailoverProfile[];
    const unknown = profiles.filter((p) => !Object.values(FailoverProfile).includes(p));
    if (unknown.length > 0) {
        throw new InvalidArgumentError(`${JSON.stringify(unknown.join(","))} is not a profile; use a comma-separated list of ${Object.values(FailoverProfile).join(", ")}`);
    }
    return profiles;
}

function parseOptions(argv: string[]): Options & { json: boolean } {
    return new Command("bench:failover")
        .option("--json", "print JSON rows instead of a table", false)
        .option("--trials <n>", "trials per fault and change row", positiveInteger, 10)
        .option("--soak-runs <n>", "soak runs per profile", positiveInteger, 3)
        .option("--soak-seconds <s>", "seconds of loss per soak run", positiveInteger, 60)
        .option("--profiles <list>", "failover profiles to measure", profileList, [FailoverProfile.Standard, FailoverProfile.Fast])
        .parse(argv)
        .opts<Options & { json: boolean }>();
}

async function main(): Promise<void> {
    const options = parseOptions(process.argv);
    const reason = haUnavailableReason();
    if (reason !== undefined) {
        throw new Error(`bench:failover cannot run: ${reason}`);
    }
    const log = (line: string) => process.stderr.write(`${line}\n`);
    const rows: BenchRow[] = [];
    for (const profile of options.profiles) {
        rows.push(...(await benchProfile(profile, options, log)));
    }
    process.stdout.write(options.json ? `${JSON.stringify(rows, null, 2)}\n` : `${table(rows)}\n`);
}

main().catch((err: Error) => {
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 1;
});
