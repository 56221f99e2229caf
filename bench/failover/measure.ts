/**
 * One trial of each kind, on a lab built by the HA test harness: a fault on the master, a change
 * rolled through the live pair as the component rolls it, or a soak at packet loss. Each returns
 * what the client probing the VIP every 20 ms saw.
 */
import { FailoverProfile, PROFILE_TIMING } from "../../components/provision";
import { HaLab, LabNode, sleep, waitFor } from "../../test/ha/harness";
import { ClientProbe, ProbeRecord } from "../../test/ha/probe";
import { VipWatch } from "../../test/ha/vipWatch";

/** What one trial measured. */
export interface TrialResult {
    /** Failover: fault to the first good answer from another node. Change: the longest time without the VIP (0 when no request failed). Soak: the same over the whole soak. */
    ms: number;
    failed: number;
    /** Time two nodes held the VIP at once, from the fault until the restore began (keepalived kill -9). */
    doubleHolderMs?: number;
    /** Times the VIP was added on a node other than the master (soak). */
    falseFailovers?: number;
}

/** A fault on the master and how to undo it. */
export interface Fault {
    name: string;
    /** Measure how long two nodes held the VIP (from the fault until the master is back). */
    countsHolders?: boolean;
    fault(lab: HaLab, node: LabNode): Promise<void>;
    restore(lab: HaLab, node: LabNode): Promise<void>;
}

export const FAULTS: Fault[] = [
    { name: "host down", fault: (lab, n) => lab.linkDown(n), restore: (lab, n) => lab.linkUp(n) },
    { name: "nginx kill -9 (all nginx processes)", fault: (lab, n) => lab.killNginx(n), restore: (lab, n) => lab.startNginx(n) },
    { name: "clean stop", fault: (lab, n) => lab.stopKeepalived(n), restore: (lab, n) => lab.startKeepalived(n) },
    { name: "keepalived kill -9", countsHolders: true, fault: (lab, n) => lab.killKeepalived(n), restore: (lab, n) => lab.startKeepalived(n) },
];

/** The same crash on a lab without the VIP cleanup (the systemd drop-in's ExecStopPost): the problem it solves. */
export const CRASH_WITHOUT_CLEANUP: Fault = { ...FAULTS[3], name: "keepalived kill -9, no VIP cleanup (before)" };

/** Real faults come at any moment of the advert cycle: a fixed delay would measure one phase only. */
async function randomPhase(profile: FailoverProfile): Promise<void> {
    await sleep(300 + Math.random() * PROFILE_TIMING[profile].advertIntervalSeconds * 1000);
}

/** The longest stretch without the VIP: from the first failed request to the next good answer. */
export function longestOutageMs(records: ProbeRecord[]): number {
    let longest = 0;
    let failingSince: number | undefined;
    for (const r of records) {
        if (!r.ok) {
            failingSince ??= r.start;
        } else if (failingSince !== undefined) {
            longest = Math.max(longest, r.end - failingSince);
            failingSince = undefined;
        }
    }
    return longest;
}

/** Fault on `master`; the time to the first good answer from another node. */
export async function faultTrial(lab: HaLab, probe: ClientProbe, watch: VipWatch, fault: Fault, profile: FailoverProfile): Promise<TrialResult> {
    const master = lab.node("node1");
    await lab.waitForMaster("node1", 20_000);
    await randomPhase(profile);
    const faultAt = Date.now();
    await fault.fault(lab, master);
    const firstGood = await waitFor(`a good response from another node after ${fault.name}`, async () =>
        probe.since(faultAt).find((r) => r.ok && r.node !== "node1"), { timeoutMs: 15_000, intervalMs: 10 });
    const failed = probe.since(faultAt).filter((r) => !r.ok && r.end <= firstGood.end).length;
    await sleep(1_000);
    // Until the restore: bringing node1 back preempts, a normal handover with its own brief overlap.
    const doubleHolderMs = fault.countsHolders ? watch.overlapMs(faultAt, Date.now(), ["node1"]) : undefined;
    await fault.restore(lab, master);
    await lab.waitForMaster("node1", 20_000);
    return { ms: firstGood.end - faultAt, failed, doubleHolderMs };
}

/** A change rolled through the live cluster (`apply` reconfigures the lab), then 3 advert windows of settling. */
export async function changeTrial(lab: HaLab, probe: ClientProbe, apply: () => void, profile: FailoverProfile): Promise<TrialResult> {
    await lab.waitForMaster("node1", 20_000);
    await randomPhase(profile);
    const since = Date.now();
    apply();
    await lab.provisionAll();
    const timing = PROFILE_TIMING[profile];
    await sleep(3 * timing.advertIntervalSeconds * timing.downTimerAdverts * 1000);
    await lab.waitForMaster("node1", 20_000);
    const records = probe.since(since);
    return { ms: longestOutageMs(records), failed: records.filter((r) => !r.ok).length };
}

/** keepalived stops cleanly on node1, then node2: the time to node2's, then node3's, first answer. */
export async function cascadeTrial(lab: HaLab, probe: ClientProbe, profile: FailoverProfile): Promise<TrialResult[]> {
    await lab.waitForMaster("node1", 20_000);
    const steps: TrialResult[] = [];
    for (const [from, to] of [["node1", "node2"], ["node2", "node3"]]) {
        await randomPhase(profile);
        const at = Date.now();
        await lab.stopKeepalived(lab.node(from));
        const firstGood = await waitFor(`${to} to answer`, async () => probe.since(at).find((r) => r.ok && r.node === to), { timeoutMs: 15_000, intervalMs: 10 });
        steps.push({ ms: firstGood.end - at, failed: probe.since(at).filter((r) => !r.ok && r.end <= firstGood.end).length });
    }
    for (const name of ["node2", "node1"]) {
        await lab.startKeepalived(lab.node(name));
    }
    await lab.waitForMaster("node1", 20_000);
    return steps;
}

/** `seconds` of `loss` on node1's link; counts the times the VIP was added anywhere else. */
export async function soakTrial(lab: HaLab, probe: ClientProbe, watch: VipWatch, seconds: number, loss: number): Promise<TrialResult> {
    await lab.waitForMaster("node1", 20_000);
    const master = lab.node("node1");
    const since = Date.now();
    await lab.lossOn(master, loss);
    try {
        await sleep(seconds * 1000);
    } finally {
        await lab.lossOff(master);
    }
    const records = probe.since(since).filter((r) => r.start <= since + seconds * 1000);
    const result = { ms: longestOutageMs(records), failed: records.filter((r) => !r.ok).length, falseFailovers: watch.movesAwayFrom("node1", since) };
    await lab.waitForMaster("node1", 20_000);
    return result;
}
