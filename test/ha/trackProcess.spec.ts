/**
 * keepalived 2.2.7's vrrp_track_process as rendered (quorum 1, weight 0, no delay), proven with the
 * real daemon: it counts every process of the name (master and workers), a count below quorum puts
 * the node in FAULT (not a lower priority), and a hung nginx is left to the polled HTTP check.
 */
import { strict as assert } from "node:assert";
import { FailoverProfile } from "../../components/provision";
import { LabNode, must, sleep } from "./harness";
import { useWatchedLab } from "./watchedLab";

/** Longer than the Fast master-down window (6 x 0.2 s) and the HTTP check's fall (3 x 1 s). */
const QUIET_MS = 4_000;

describe("HA track_process semantics (real keepalived 2.2.7, 2 nodes, Fast)", function () {
    this.timeout(60_000);
    const { lab: get, watch } = useWatchedLab({ nodeCount: 2, profile: FailoverProfile.Fast });
    /** This node's nginx processes (master and workers), found by their distinct process name. */
    const nginxPids = async (node: LabNode) =>
        (await must("bash", ["-c", `pgrep -x ${node.env.nginxProcessName} || true`])).split("\n").filter(Boolean).map(Number);

    it("quorum 1 counts workers too: with only the nginx master killed the workers serve and the VIP stays", async () => {
        const l = get();
        const node1 = l.node("node1");
        const master = await l.nginxPid(node1);
        const all = await nginxPids(node1);
        assert.ok(master !== undefined && all.length >= 2 && all.includes(master), `nginx processes of node1: ${all}`);
        const since = Date.now();
        process.kill(master, "SIGKILL");
        await sleep(QUIET_MS);
        assert.equal(watch().movesAwayFrom("node1", since), 0, "the VIP moved while workers were still serving");
        assert.equal(await l.clientGet(), "node1");
        for (const worker of await nginxPids(node1)) {
            process.kill(worker, "SIGKILL");
        }
        await l.waitForMaster("node2", 3_000);
        await l.startNginx(node1);
        await l.waitForMaster("node1", 5_000);
    });

    it("weight 0 means FAULT: a node without nginx does not take the VIP even when it is alone", async () => {
        const l = get();
        await l.killNginx(l.node("node1"));
        await l.waitForMaster("node2", 3_000);
        await l.stopKeepalived(l.node("node2"));
        await sleep(QUIET_MS);
        assert.deepEqual(await l.vipHolders(), [], "node1 claimed the VIP with nginx dead (a weight would only lower its priority)");
        await l.startNginx(l.node("node1"));
        await l.waitForMaster("node1", 5_000);
        await l.startKeepalived(l.node("node2"));
    });

    it("a hung nginx (stopped, not dead) is seen by the polled HTTP check, not by track_process", async () => {
        const l = get();
        const node1 = l.node("node1");
        const pids = await nginxPids(node1);
        for (const pid of pids) {
            process.kill(pid, "SIGSTOP");
        }
        try {
            await l.waitForMaster("node2", 8_000);
        } finally {
            for (const pid of pids) {
                process.kill(pid, "SIGCONT");
            }
        }
        await l.waitForMaster("node1", 8_000);
    });
});
