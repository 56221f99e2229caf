import { strict as assert } from "node:assert";
import { deletionProtectionEnabled } from "../../policy/policies";
import { ResourceTypes as T } from "../../policy/support/resourceTypes";
import { fixture, runResourcePolicy } from "./support/harness";

const cases: Array<{ type: string; on: Record<string, unknown>; off: Record<string, unknown>; fix: string }> = [
    { type: T.rdsInstance, on: { deletionProtection: true }, off: { deletionProtection: false }, fix: "deletionProtection: true" },
    { type: T.redisInstance, on: { instanceReleaseProtection: true }, off: {}, fix: "instanceReleaseProtection: true" },
    { type: T.slbApplicationLoadBalancer, on: { deleteProtection: "on" }, off: { deleteProtection: "off" }, fix: 'deleteProtection: "on"' },
    { type: T.slbLoadBalancer, on: { deleteProtection: "on" }, off: {}, fix: 'deleteProtection: "on"' },
    { type: T.albLoadBalancer, on: { deletionProtectionEnabled: true }, off: { deletionProtectionEnabled: false }, fix: "deletionProtectionEnabled: true" },
    { type: T.albLoadBalancer, on: { deletionProtectionConfig: { enabled: true } }, off: { deletionProtectionConfig: { enabled: false } }, fix: "deletionProtectionEnabled: true" },
    { type: T.nlbLoadBalancer, on: { deletionProtectionConfig: { enabled: true } }, off: {}, fix: "deletionProtectionEnabled: true" },
    { type: T.natGateway, on: { deletionProtection: true }, off: {}, fix: "deletionProtection: true" },
    { type: T.eip, on: { deletionProtection: true }, off: {}, fix: "deletionProtection: true" },
];

describe("policy deletion-protection-enabled (advisory)", () => {
    for (const { type, on, off, fix } of cases) {
        it(`accepts a protected ${type} (${JSON.stringify(on)}) and flags an unprotected one`, async () => {
            assert.deepEqual((await runResourcePolicy(deletionProtectionEnabled, fixture(type, "x", on))).verdicts, []);
            const run = await runResourcePolicy(deletionProtectionEnabled, fixture(type, "x", off));
            assert.deepEqual(run.verdicts.map((v) => v.level), ["advisory"]);
            assert.equal(run.verdicts[0].message, `Deletion protection is not on; set ${fix}.`);
        });
    }

    it("does not apply to stateless resources", async () => {
        const run = await runResourcePolicy(deletionProtectionEnabled, fixture(T.vswitch, "vsw", { cidrBlock: "10.0.0.0/24" }));
        assert.deepEqual(run.verdicts, []);
        assert.equal(run.notApplicable.length, 1);
    });
});
