import { strict as assert } from "node:assert";
import { PolicyPackSession } from "../../../tools/analyzer";

/**
 * One policy pack process for all policy specs, started the CLI's way from the compiled pack
 * (policy/bin, rebuilt first when its sources changed). Each analysis reconfigures it from scratch.
 */
let started: Promise<PolicyPackSession> | undefined;

/** The shared pack, started on first use. */
export function sharedPack(): Promise<PolicyPackSession> {
    started ??= PolicyPackSession.start();
    return started;
}

// A root-level hook (registered when a spec first imports this module): stop the pack after the
// whole run, also when tests failed, and check that the process is gone.
after(async function () {
    this.timeout(15_000);
    const session = await started?.catch(() => undefined);
    if (session === undefined) {
        return;
    }
    const pid = session.pid;
    await session.stop();
    if (pid !== undefined) {
        assert.throws(() => process.kill(pid, 0), /ESRCH/, "the policy pack process is gone");
    }
});
