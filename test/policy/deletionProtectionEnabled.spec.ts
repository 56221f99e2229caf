import { strict as assert } from "node:assert";
import { deletionProtectionEnabled } from "../../policy/policies";
import { ResourceTypes as T } from "../../policy/support/resourceTypes";
import { fixture, runResourcePolicy } from "./support/harness";

const cases: Array<{ type: string; on: Record<string, unknown>; off: Record<string, unknown> }> = [
    { type: T.rdsInstance, on: { deletionProtection: true }, off: { deletionProtection: false } },
    { type: T.redisInstance, on: { instanceReleaseProtection: true }, off: {} },
    { type: T.slbApplicationLoadBalancer, on: { deleteProtection: "on" }, off: { deleteProtection: "off" } },
    { type: T.slbLoadBalancer, on: { deleteProtection: "on" }, off: {} },
    { type: T.eip, on: { deletionProtection: true }, off: {} },
];

describe("policy deletion-protection-enabled (advisory)", () => {
    for (const { type, on, off } of cases) {
        it(`accepts a protected ${type} and flags an unprotected one`, async () => {
            assert.deepEqual((await runResourcePolicy(deletionProtectionEnabled, fixture(type, "x", on))).verdicts, []);
            const run = await runResourcePolicy(deletionProtectionEnabled, fixture(type, "x", off));
            assert.deepEqual(run.verdicts.map((v) => v.level), ["advisory"]);
            assert.match(run.verdicts[0].message, new RegExp(`${Object.keys(on)[0]} is not on`));
        });
    }

    it("does not apply to stateless resources", async () => {
        const run = await runResourcePolicy(deletionProtectionEnabled, fixture(T.vswitch, "vsw", { cidrBlock: "10.0.0.0/24" }));
        assert.deepEqual(run.verdicts, []);
        assert.equal(run.notApplicable.length, 1);
    });
});
