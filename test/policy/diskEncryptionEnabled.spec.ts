import { strict as assert } from "node:assert";
import { diskEncryptionEnabled } from "../../policy/policies";
import { ResourceTypes as T } from "../../policy/support/resourceTypes";
import { fixture, runResourcePolicy } from "./support/harness";

const compliantInstance = { instanceType: "ecs.g7.large", systemDiskEncrypted: true, dataDisks: [{ name: "data", size: 40, encrypted: true }] };
const instance = (props: Record<string, unknown>) => fixture(T.ecsInstance, "node1", { ...compliantInstance, ...props });

describe("policy disk-encryption-enabled (advisory)", () => {
    it("accepts encrypted system and data disks", async () => {
        assert.deepEqual((await runResourcePolicy(diskEncryptionEnabled, instance({}))).verdicts, []);
    });

    it("flags an unencrypted system disk", async () => {
        const run = await runResourcePolicy(diskEncryptionEnabled, instance({ systemDiskEncrypted: undefined }));
        assert.deepEqual(run.verdicts.map((v) => v.level), ["advisory"]);
        assert.match(run.verdicts[0].message, /system disk/);
    });

    it("flags an unencrypted data disk by name", async () => {
        const run = await runResourcePolicy(diskEncryptionEnabled, instance({ dataDisks: [{ name: "logs", size: 40 }] }));
        assert.match(run.verdicts[0].message, /Data disk logs/);
    });

    for (const type of [T.ecsDisk, T.ecsEcsDisk]) {
        it(`checks ${type}`, async () => {
            assert.deepEqual((await runResourcePolicy(diskEncryptionEnabled, fixture(type, "data", { size: 40, encrypted: true }))).verdicts, []);
            assert.equal((await runResourcePolicy(diskEncryptionEnabled, fixture(type, "data", { size: 40 }))).verdicts.length, 1);
        });
    }

    it("does not apply to other resources", async () => {
        const run = await runResourcePolicy(diskEncryptionEnabled, fixture(T.vpc, "vpc", { cidrBlock: "10.0.0.0/16" }));
        assert.deepEqual(run.verdicts, []);
        assert.equal(run.notApplicable.length, 2, "one reason per validation");
    });
});
