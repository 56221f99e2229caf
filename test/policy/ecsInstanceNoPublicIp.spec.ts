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

describe("policy ecs-instance-no-public-ip over every compute door", () => {
    const check = (type: string, props: Record<string, unknown>) => runResourcePolicy(ecsInstanceNoPublicIp, fixture(type, "x", props));

    it("rejects a launch template that gives every instance a public IP, and accepts one that does not", async () => {
        assert.match(mandatory(await check(T.ecsLaunchTemplate, { internetMaxBandwidthOut: 5 }))[0].message, /every instance launched from the template/);
        assert.deepEqual((await check(T.ecsLaunchTemplate, { internetMaxBandwidthOut: 0 })).verdicts, []);
    });

    it("rejects an ECI container group with autoCreateEip, and accepts an explicit EIP", async () => {
        assert.match(mandatory(await check(T.eciContainerGroup, { autoCreateEip: true }))[0].message, /autoCreateEip is true/);
        assert.deepEqual((await check(T.eciContainerGroup, { eipInstanceId: "eip-1" })).verdicts, []);
    });

    it("rejects an ECI virtual node that creates its own EIP, but not one given an EIP", async () => {
        assert.equal(mandatory(await check(T.eciVirtualNode, { enablePublicNetwork: true })).length, 1);
        assert.deepEqual((await check(T.eciVirtualNode, { enablePublicNetwork: true, eipInstanceId: "eip-1" })).verdicts, []);
    });

    it("rejects an ENS instance unless publicIpIdentification is false (the cloud's default is a public IP)", async () => {
        assert.equal(mandatory(await check(T.ensInstance, {})).length, 1);
        assert.deepEqual((await check(T.ensInstance, { publicIpIdentification: false })).verdicts, []);
    });

    it("reads list inputs element by element and names the element", async () => {
        const run = await check(T.emrV2Cluster, { nodeGroups: [{ withPublicIp: false }, { withPublicIp: true }] });
        assert.match(mandatory(run)[0].message, /nodeGroups\[1\]\.withPublicIp is true/);
    });

    it("reports each door on its own: a known open door is mandatory while another is unknown", async () => {
        const run = await check(T.ackNodePool, { internetMaxBandwidthOut: unknown, scalingConfig: { isBondEip: true } });
        assert.deepEqual(run.verdicts.map((v) => v.level).sort(), ["advisory", "mandatory"]);
    });
});
