import { strict as assert } from "node:assert";
import { gateHaLab } from "../ha/prerequisites";

describe("HA test gating", () => {
    const saved = process.env.CI;
    afterEach(() => {
        if (saved === undefined) {
            delete process.env.CI;
        } else {
            process.env.CI = saved;
        }
    });

    function fakeContext() {
        const ctx = { skipped: false, skip: (): never => { ctx.skipped = true; throw new Error("skipped"); } };
        return ctx;
    }

    it("skips with the reason outside CI", () => {
        delete process.env.CI;
        const ctx = fakeContext();
        assert.throws(() => gateHaLab(ctx, "missing commands: keepalived"), /skipped/);
        assert.equal(ctx.skipped, true);
    });

    it("fails with the same reason when CI=true", () => {
        process.env.CI = "true";
        const ctx = fakeContext();
        assert.throws(() => gateHaLab(ctx, "missing commands: keepalived"), /^Error: HA tests cannot run in CI: missing commands: keepalived$/);
        assert.equal(ctx.skipped, false);
    });

    it("does nothing when the lab can run", () => {
        process.env.CI = "true";
        const ctx = fakeContext();
        gateHaLab(ctx, undefined);
        assert.equal(ctx.skipped, false);
    });
});
