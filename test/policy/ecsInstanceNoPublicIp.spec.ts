import { strict as assert } from "node:assert";
import { ecsInstanceNoPublicIp } from "../../policy/policies";
import { ResourceTypes as T } from "../../policy/support/resourceTypes";
import { fixture, mandatory, runResourcePolicy, unknown } from "./support/harness";

const compliant = { instanceType: "ecs.t6-c2m1.large", vswitchId: "vsw-1", internetMaxBandwidthOut: 0 };
const instance = (props: Record<string, unknown>) => fixture(T.ecsInstance, "node1", { ...compliant, ...props });

describe("policy ecs-instance-no-public-ip", () => {
    it("accepts an instance without public bandwidth", async () => {
        const run = await runResourcePolicy(ecsInstanceNoPublicIp, instance({}));
        assert.deepEqual(run.verdicts, []);
    });

    it("accepts an instance that leaves internetMaxBandwidthOut unset", async () => {
        const run = await runResourcePolicy(ecsInstanceNoPublicIp, instance({ internetMaxBandwidthOut: undefined }));
        assert.deepEqual(run.verdicts, []);
    });

    it("rejects internetMaxBandwidthOut above 0", async () => {
        const run = await runResourcePolicy(ecsInstanceNoPublicIp, instance({ internetMaxBandwidthOut: 10 }));
        assert.equal(mandatory(run).length, 1);
        assert.match(run.verdicts[0].message, /internetMaxBandwidthOut is 10/);
    });

    it("rejects allocatePublicIp", async () => {
        const run = await runResourcePolicy(ecsInstanceNoPublicIp, instance({ allocatePublicIp: true }));
        assert.equal(mandatory(run).length, 1);
        assert.match(run.verdicts[0].message, /allocatePublicIp/);
    });

    it("leaves EIPs alone", async () => {
        const run = await runResourcePolicy(ecsInstanceNoPublicIp, fixture(T.eip, "node1-eip", { bandwidth: "5" }));
        assert.deepEqual(run.verdicts, []);
        assert.equal(run.notApplicable.length, 1);
    });

    it("skips an instance whose bandwidth is unknown in preview, with an advisory note", async () => {
        const run = await runResourcePolicy(ecsInstanceNoPublicIp, instance({ internetMaxBandwidthOut: unknown }));
        assert.deepEqual(mandatory(run), []);
        assert.equal(run.verdicts.length, 1);
        assert.equal(run.verdicts[0].level, "advisory");
        assert.match(run.verdicts[0].message, /during preview/);
    });

    it("reports at the level the pack config sets", async () => {
        const run = await runResourcePolicy(ecsInstanceNoPublicIp, instance({ internetMaxBandwidthOut: 1 }), { enforcementLevel: "advisory" });
        assert.deepEqual(run.verdicts.map((v) => v.level), ["advisory"]);
    });
});
