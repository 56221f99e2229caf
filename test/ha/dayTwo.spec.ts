/**
 * A live pair changed the way the component changes it: the install scripts run one node after
 * another (lowest priority first, the master last), reloading keepalived where a reload keeps the
 * VRRP state and restarting it, with a VIP handover on the master, only for global settings.
 * Real keepalived + nginx, three nodes (Fast); how long the VIP is gone is for bench:failover.
 */
import { strict as assert } from "node:assert";
import * as fs from "fs";
import { FailoverProfile } from "../../components/provision";
import { HaLab, LabNode, VIP } from "./harness";
import { useWatchedLab } from "./watchedLab";

describe("HA day 2: rolling changes on a live pair (real daemons, 3 nodes, Fast)", function () {
    this.timeout(60_000);
    const { lab: get, watch } = useWatchedLab({ nodeCount: 3, profile: FailoverProfile.Fast, members: 2 });
    const keepalivedPids = (l: HaLab, nodes: LabNode[]) => Promise.all(nodes.map((n) => l.keepalivedPid(n)));
    const conf = (node: LabNode) => fs.readFileSync(`/etc/netns/${node.ns}/keepalived/keepalived.conf`, "utf8");

    it("a page-only change rewrites the page and touches neither keepalived nor the VIP", async () => {
        const l = get();
        const since = Date.now();
        const before = await keepalivedPids(l, l.members);
        l.reconfigure({ extra: { nodeNames: ["web1", "web2"] } });
        const outputs = await l.provisionAll();
        l.reconfigure({ extra: {} });
        await l.provisionAll();
        for (const out of outputs) {
            assert.match(out, /^changed: \S+\/www\/index\.html\nrestarted: none\n$/, "no reload, no restart");
        }
        assert.deepEqual(await keepalivedPids(l, l.members), before);
        assert.equal(watch().movesAwayFrom("node1", since), 0);
        await l.waitForMaster("node1", 2_000);
    });

    it("adding a node: it starts first, the others reload with the new peer, the VIP stays on node1", async () => {
        const l = get();
        const since = Date.now();
        const before = await keepalivedPids(l, l.members);
        l.reconfigure({ members: 3 });
        const outputs = await l.provisionAll();
        assert.match(outputs[2], /^started: nginx keepalived$/m);
        for (const out of outputs.slice(0, 2)) {
            assert.match(out, /^changed: \/etc\/keepalived\/keepalived\.conf\nrestarted: none\nreloaded: keepalived\n$/);
        }
        assert.deepEqual(await keepalivedPids(l, l.nodes.slice(0, 2)), before, "a reload keeps the process");
        for (const node of l.nodes.slice(0, 2)) {
            assert.match(conf(node), new RegExp(`unicast_peer \\{[^}]*${l.node("node3").ip}`));
        }
        assert.equal(watch().movesAwayFrom("node1", since), 0, "the VIP left node1");
        await l.waitForMaster("node1", 2_000);
    });

    it("a VRRP change (priorities) rolls as reloads: same processes, the VIP stays on node1", async () => {
        const l = get();
        const since = Date.now();
        const before = await keepalivedPids(l, l.members);
        l.reconfigure({ extra: { priorities: [250, 200, 150] } });
        const outputs = await l.provisionAll();
        assert.equal(outputs[0], "changed: none\nrestarted: none\n", "node1 keeps priority 250: nothing to do");
        for (const out of outputs.slice(1)) {
            assert.match(out, /^restarted: none\nreloaded: keepalived$/m);
        }
        assert.deepEqual(await keepalivedPids(l, l.members), before);
        assert.match(conf(l.node("node3")), /priority 150\n/);
        assert.equal(watch().movesAwayFrom("node1", since), 0);
        await l.waitForMaster("node1", 2_000);
    });

    it("a global setting restarts keepalived node by node; the master hands the VIP over first and gets it back", async () => {
        const l = get();
        const since = Date.now();
        const before = await keepalivedPids(l, l.members);
        l.reconfigure({ extra: { priorities: [250, 200, 150], garpRefreshSeconds: 20 } });
        const outputs = await l.provisionAll();
        for (const out of outputs) {
            assert.match(out, /^restarted: keepalived$/m);
        }
        assert.match(outputs[0], new RegExp(`handing ${VIP.replace(/\./g, "\\.")} over before restarting keepalived`));
        assert.doesNotMatch(outputs[1] + outputs[2], /handing/, "only the VIP holder hands it over");
        const after = await keepalivedPids(l, l.members);
        after.forEach((pid, i) => assert.notEqual(pid, before[i], `${l.nodes[i].name} was not restarted`));
        assert.ok(watch().takeovers("node2", since) >= 1, "node2 (next priority) took the VIP while node1 restarted");
        assert.equal(watch().takeovers("node3", since), 0);
        await l.waitForMaster("node1", 8_000);
    });

    it("removing a node: the others reload without it and the VIP stays on node1", async () => {
        const l = get();
        await l.stopKeepalived(l.node("node3")); // what deleting its ECS does to the pair
        const since = Date.now();
        l.reconfigure({ members: 2, extra: { garpRefreshSeconds: 20 } });
        const outputs = await l.provisionAll();
        for (const out of outputs) {
            assert.match(out, /^restarted: none\nreloaded: keepalived$/m);
        }
        for (const node of l.members) {
            assert.doesNotMatch(conf(node), new RegExp(l.node("node3").ip.replace(/\./g, "\\.")));
        }
        assert.equal(watch().movesAwayFrom("node1", since), 0);
        await l.waitForMaster("node1", 2_000);
    });
});
