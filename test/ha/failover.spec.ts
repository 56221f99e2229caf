/**
 * Real keepalived + nginx on three nodes in network namespaces (Fast profile, to keep the suite
 * short). Nodes are named after the recipe: node3 has the highest priority, then node2, node1.
 */
import { strict as assert } from "node:assert";
import { FailoverProfile } from "../../components/provision";
import { HaLab, requireHaLab, sleep } from "./harness";

describe("HA failover with real keepalived and nginx (3 nodes, Fast)", function () {
    this.timeout(60_000);
    let lab: HaLab | undefined;
    const get = () => {
        assert.ok(lab, "lab not created");
        return lab;
    };

    before(async function () {
        requireHaLab(this);
        lab = new HaLab({ nodeCount: 3, profile: FailoverProfile.Fast, nodeNames: ["node3", "node2", "node1"] });
        await lab.create();
    });

    after(async function () {
        this.timeout(30_000);
        await lab?.destroy();
    });

    it("runs the rendered install script on each node; a second run changes and restarts nothing", async () => {
        const l = get();
        const first = await l.provisionAll();
        for (const out of first) {
            assert.match(out, /^changed: .*\/etc\/keepalived\/keepalived\.conf/m);
            assert.match(out, /^changed: .*removed \/etc\/nginx\/sites-enabled\/default/m);
            assert.match(out, /^restarted: none\nstarted: nginx keepalived$/m);
        }
        const pids = await Promise.all(l.nodes.map(async (n) => [await l.keepalivedPid(n), await l.nginxPid(n)]));
        const flat = pids.flat();
        assert.ok(flat.every((p) => p !== undefined), `a daemon did not start: ${JSON.stringify(pids)}`);
        assert.equal(new Set(flat).size, flat.length, "nodes share a daemon");
        const second = await l.provisionAll();
        assert.deepEqual(second, l.nodes.map(() => "changed: none\nrestarted: none\n"));
        const pidsAfter = await Promise.all(l.nodes.map(async (n) => [await l.keepalivedPid(n), await l.nginxPid(n)]));
        assert.deepEqual(pidsAfter, pids, "the second run restarted a daemon");
    });

    it("elects the highest priority node as the initial master", async () => {
        await get().waitForMaster("node3", 10_000);
    });

    it("moves the VIP when keepalived stops on the master, and back when it returns (preempt)", async () => {
        const l = get();
        await l.stopKeepalived(l.node("node3"));
        await l.waitForMaster("node2", 5_000);
        await l.startKeepalived(l.node("node3"));
        await l.waitForMaster("node3", 8_000);
    });

    it("moves the VIP when nginx is killed on the master (by its pid file), and back when nginx returns", async () => {
        const l = get();
        await l.killNginx(l.node("node3"));
        assert.ok(await l.nginxPid(l.node("node2")), "nginx on node2 was killed too");
        await l.waitForMaster("node2", 6_000);
        await l.startNginx(l.node("node3"));
        await l.waitForMaster("node3", 8_000);
    });

    it("moves the VIP when the master's link goes down, and back when it comes up", async () => {
        const l = get();
        await l.linkDown(l.node("node3"));
        await l.waitForMaster("node2", 5_000);
        await l.linkUp(l.node("node3"));
        await l.waitForMaster("node3", 8_000);
    });

    it("lets both sides claim the VIP while VRRP is partitioned, and converges on the master after", async () => {
        const l = get();
        await l.partition(l.node("node3"));
        try {
            const deadline = Date.now() + 5_000;
            let holders: string[] = [];
            while (Date.now() < deadline) {
                holders = await l.vipHolders();
                if (holders.length === 2) {
                    break;
                }
                await sleep(100);
            }
            assert.deepEqual(holders.sort(), ["node2", "node3"], "split brain expected: node3 and node2 both MASTER");
            assert.ok(["node2", "node3"].includes((await l.clientGet()) ?? "none"), "the client is served during the split");
        } finally {
            await l.heal(l.node("node3"));
        }
        await l.waitForMaster("node3", 8_000);
    });

    it("moves the VIP 3 -> 2 -> 1 as keepalived stops on each node, serving the client after each step", async () => {
        const l = get();
        await l.waitForMaster("node3", 5_000);
        await l.stopKeepalived(l.node("node3"));
        await l.waitForMaster("node2", 5_000);
        await l.stopKeepalived(l.node("node2"));
        await l.waitForMaster("node1", 5_000);
        await l.stopKeepalived(l.node("node1"));
        assert.deepEqual(await l.vipHolders(), [], "no node may hold the VIP once every keepalived stopped");
        assert.equal(await l.clientGet(), undefined, "the client must not be served without a VIP holder");
        for (const name of ["node1", "node2", "node3"]) {
            await l.startKeepalived(l.node(name));
        }
        await l.waitForMaster("node3", 8_000);
    });

    it("with nopreempt, keeps the VIP on the new master when the old master returns", async () => {
        const l = get();
        l.reconfigure({ nopreempt: true });
        const outputs = await l.provisionAll();
        for (const out of outputs) {
            assert.match(out, /^changed: \/etc\/keepalived\/keepalived\.conf$/m);
            assert.match(out, /^restarted: none\nreloaded: keepalived$/m, "nopreempt is a reload");
        }
        // Bring the nodes up one by one so node3 is master before the others start.
        for (const node of l.nodes) {
            await l.stopKeepalived(node);
        }
        await l.startKeepalived(l.node("node3"));
        await l.waitForMaster("node3", 5_000);
        await l.startKeepalived(l.node("node2"));
        await l.startKeepalived(l.node("node1"));
        await l.stopKeepalived(l.node("node3"));
        await l.waitForMaster("node2", 5_000);
        await l.startKeepalived(l.node("node3"));
        await sleep(3_000); // more than the Fast master-down interval (3 x 0.5 s + skew), twice over
        await l.waitForMaster("node2", 1_000);
    });
});
