import { strict as assert } from "node:assert";
import { vswitchCidrsNoOverlap } from "../../policy/policies";
import { ResourceTypes as T } from "../../policy/support/resourceTypes";
import { fixture, FixtureResource, mandatory, runStackPolicy, unknown } from "./support/harness";

const vpc = fixture(T.vpc, "vpc", { id: "vpc-1", cidrBlock: "10.0.0.0/16" });
const vswitch = (name: string, cidrBlock: unknown, vpcId: unknown = "vpc-1", extra: Partial<FixtureResource> = {}) =>
    fixture(T.vswitch, name, { vpcId, cidrBlock }, extra);
const check = (...resources: FixtureResource[]) => runStackPolicy(vswitchCidrsNoOverlap, resources);

describe("policy vswitch-cidrs-no-overlap (stack)", () => {
    it("accepts disjoint vSwitches", async () => {
        assert.deepEqual((await check(vpc, vswitch("a", "10.0.0.0/24"), vswitch("b", "10.0.1.0/24"))).verdicts, []);
    });

    it("rejects overlapping vSwitches of one VPC, on the later one", async () => {
        const b = vswitch("b", "10.0.0.128/25");
        const run = await check(vpc, vswitch("a", "10.0.0.0/24"), b);
        assert.equal(mandatory(run).length, 1);
        assert.equal(run.verdicts[0].urn, b.urn);
        assert.match(run.verdicts[0].message, /vSwitch b \(10\.0\.0\.128\/25\) overlaps vSwitch a \(10\.0\.0\.0\/24\) in VPC vpc/);
    });

    it("accepts the same block in two VPCs", async () => {
        const other = fixture(T.vpc, "other", { id: "vpc-2", cidrBlock: "10.0.0.0/16" });
        assert.deepEqual((await check(vpc, other, vswitch("a", "10.0.0.0/24"), vswitch("b", "10.0.0.0/24", "vpc-2"))).verdicts, []);
    });

    it("groups by VPC through propertyDependencies in preview", async () => {
        const deps = { propertyDependencies: { vpcId: [vpc.urn] } };
        const run = await check(vpc, vswitch("a", "10.0.0.0/24", unknown, deps), vswitch("b", "10.0.0.0/24", unknown, deps));
        assert.equal(mandatory(run).length, 1);
    });

    it("groups vSwitches of a VPC outside the stack by its id", async () => {
        const run = await check(vswitch("a", "192.168.0.0/24", "vpc-existing"), vswitch("b", "192.168.0.0/25", "vpc-existing"));
        assert.match(mandatory(run)[0].message, /in VPC vpc-existing/);
    });

    it("skips a vSwitch whose block is unknown, says so, and still checks the others", async () => {
        const run = await check(vpc, vswitch("a", unknown), vswitch("b", "10.0.0.0/24"), vswitch("c", "10.0.0.0/24"));
        assert.equal(mandatory(run).length, 1);
        assert.equal(run.verdicts.filter((v) => v.level === "advisory").length, 1);
    });
});
