import { strict as assert } from "node:assert";
import { vswitchCidrInsideVpc } from "../../policy/policies";
import { ResourceTypes as T } from "../../policy/support/resourceTypes";
import { fixture, FixtureResource, mandatory, runStackPolicy, unknown } from "./support/harness";

const vpc = fixture(T.vpc, "vpc", { id: "vpc-1", cidrBlock: "10.0.0.0/16" });
const vswitch = (name: string, props: Record<string, unknown>, extra: Partial<FixtureResource> = {}) =>
    fixture(T.vswitch, name, { vpcId: "vpc-1", cidrBlock: "10.0.1.0/24", zoneId: "cn-hangzhou-i", ...props }, extra);
const check = (...resources: FixtureResource[]) => runStackPolicy(vswitchCidrInsideVpc, resources);

describe("policy vswitch-cidr-inside-vpc (stack)", () => {
    it("accepts a vSwitch inside its VPC", async () => {
        assert.deepEqual((await check(vpc, vswitch("a", {}))).verdicts, []);
    });

    it("rejects a vSwitch outside its VPC, on the vSwitch", async () => {
        const outside = vswitch("a", { cidrBlock: "10.1.0.0/24" });
        const run = await check(vpc, outside);
        assert.equal(mandatory(run).length, 1);
        assert.equal(run.verdicts[0].urn, outside.urn);
        assert.match(run.verdicts[0].message, /vSwitch a \(10\.1\.0\.0\/24\) is outside VPC vpc \(10\.0\.0\.0\/16\)/);
    });

    it("accepts a vSwitch inside a secondary block", async () => {
        const withSecondary = fixture(T.vpc, "vpc", { id: "vpc-1", cidrBlock: "10.0.0.0/16", secondaryCidrBlocks: ["10.1.0.0/16"] });
        assert.deepEqual((await check(withSecondary, vswitch("a", { cidrBlock: "10.1.0.0/24" }))).verdicts, []);
    });

    it("rejects a malformed vSwitch block", async () => {
        const run = await check(vpc, vswitch("a", { cidrBlock: "10.0.1.7/24" }));
        assert.match(mandatory(run)[0].message, /host bits set/);
    });

    it("matches the VPC through propertyDependencies when ids are unknown in preview", async () => {
        const previewVpc = fixture(T.vpc, "vpc", { id: unknown, cidrBlock: "10.0.0.0/16" });
        const outside = vswitch("a", { vpcId: unknown, cidrBlock: "192.168.0.0/24" }, { propertyDependencies: { vpcId: [previewVpc.urn] } });
        const inside = vswitch("b", { vpcId: unknown }, { propertyDependencies: { vpcId: [previewVpc.urn] } });
        const run = await check(previewVpc, outside, inside);
        assert.deepEqual(mandatory(run).map((v) => v.urn), [outside.urn]);
    });

    it("skips only the vSwitch whose VPC cannot be known, and says so", async () => {
        const unplaced = vswitch("a", { vpcId: unknown });
        const outside = vswitch("b", { cidrBlock: "10.9.0.0/24" });
        const run = await check(vpc, unplaced, outside);
        assert.deepEqual(mandatory(run).map((v) => v.urn), [outside.urn], "the rest of the stack is still checked");
        const notes = run.verdicts.filter((v) => v.level === "advisory");
        assert.deepEqual(notes.map((v) => v.urn), [unplaced.urn]);
        assert.match(notes[0].message, /Skipped during preview: the VPC of vSwitch a is not known yet/);
    });

    it("skips a vSwitch whose block is unknown, and says so", async () => {
        const run = await check(vpc, vswitch("a", { cidrBlock: unknown }));
        assert.deepEqual(run.verdicts.map((v) => v.level), ["advisory"]);
        assert.match(run.verdicts[0].message, /cidrBlock of vSwitch a/);
    });

    it("skips a vSwitch whose VPC is outside the stack", async () => {
        assert.deepEqual((await check(vswitch("a", { vpcId: "vpc-existing", cidrBlock: "192.168.0.0/24" }))).verdicts, []);
    });
});
