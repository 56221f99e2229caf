import { strict as assert } from "node:assert";
import * as path from "node:path";
import { launchPolicyPack } from "../../tools/analyzer";

const fixtures = path.resolve(__dirname, "fixtures");

/** Waits (bounded) until no process has `pid`. */
async function gone(pid: number, timeoutMs = 3_000): Promise<boolean> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
        try {
            process.kill(pid, 0);
        } catch {
            return true;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
}

async function expectKilled(packDir: string, message: RegExp, startTimeoutMs = 10_000): Promise<void> {
    const error: Error = await launchPolicyPack(packDir, { startTimeoutMs }).then(
        () => assert.fail("the launch should have failed"),
        (err: Error) => err,
    );
    assert.match(error.message, message);
    const pid = Number(/pid (\d+)/.exec(error.message)?.[1]);
    assert.ok(pid > 0, error.message);
    assert.ok(await gone(pid), `pack process ${pid} is still running`);
}

describe("launching a policy pack (failure paths)", () => {
    it("kills a pack that prints no port within the start timeout", async () => {
        await expectKilled(path.join(fixtures, "silentPack"), /printed no port within 1500 ms/, 1_500);
    });

    it("kills a pack that prints something else than a port", async () => {
        await expectKilled(path.join(fixtures, "chattyPack"), /printed "hello from a pack" where the port was expected/);
    });

    it("rejects a folder without the Pulumi SDK", async () => {
        await assert.rejects(launchPolicyPack("/"), /run-policy-pack/);
    });
});
