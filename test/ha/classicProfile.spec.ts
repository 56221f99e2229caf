/**
 * Classic profile (VRRPv2, 1 s adverts) with PASS authentication on two nodes: the secret config
 * is installed 0600, never printed, and a clean stop moves the VIP.
 */
import { strict as assert } from "node:assert";
import { FailoverProfile } from "../../components/provision";
import { HaLab, requireHaLab, run } from "./harness";

const SECRET = "Zq8xY2ab";

describe("HA with real daemons: Classic profile with auth (2 nodes)", function () {
    this.timeout(60_000);
    let lab: HaLab | undefined;

    before(async function () {
        requireHaLab(this);
        lab = new HaLab({ nodeCount: 2, profile: FailoverProfile.Classic, authPass: SECRET });
        await lab.create();
    });

    after(async () => {
        await lab?.destroy();
    });

    it("installs keepalived.conf 0600 root and prints no secret, twice", async () => {
        assert.ok(lab);
        const outputs = [...(await lab.provisionAll()), ...(await lab.provisionAll())];
        for (const out of outputs) {
            assert.doesNotMatch(out, new RegExp(SECRET));
        }
        const stat = await run("ip", ["netns", "exec", lab.nodes[0].ns, "stat", "-c", "%a %U %G", "/etc/keepalived/keepalived.conf"]);
        assert.equal(stat.stdout.trim(), "600 root root");
    });

    // How fast is for bench:failover; here only that the authenticated pair hands over at all.
    it("elects node1 and moves the VIP to node2 when keepalived stops cleanly on node1", async () => {
        assert.ok(lab);
        await lab.waitForMaster("node1", 10_000);
        await lab.stopKeepalived(lab.node("node1"));
        await lab.waitForMaster("node2", 5_000);
    });
});
