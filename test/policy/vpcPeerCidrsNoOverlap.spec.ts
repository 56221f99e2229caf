import { strict as assert } from "node:assert";
import { vpcPeerCidrsNoOverlap } from "../../policy/policies";
import { ResourceTypes as T } from "../../policy/support/resourceTypes";
import { fixture, FixtureResource, mandatory, runStackPolicy, unknown } from "./support/harness";

const a = fixture(T.vpc, "a", { id: "vpc-a", cidrBlock: "172.17.0.0/16" });
const peering = (props: Record<string, unknown> = {}, extra: Partial<FixtureResource> = {}) =>
    fixture(T.vpcPeerConnection, "peer", { vpcId: "vpc-a", acceptingVpcId: "vpc-b", acceptingRegionId: "cn-hangzhou", ...props }, extra);
const check = (...resources: FixtureResource[]) => runStackPolicy(vpcPeerCidrsNoOverlap, resources);

describe("policy vpc-peer-cidrs-no-overlap (stack)", () => {
    it("accepts a peering between disjoint VPCs", async () => {
        assert.deepEqual((await check(a, fixture(T.vpc, "b", { id: "vpc-b", cidrBlock: "172.18.0.0/16" }), peering())).verdicts, []);
    });

    it("rejects a peering between overlapping VPCs, on the peering", async () => {
        const p = peering();
        const run = await check(a, fixture(T.vpc, "b", { id: "vpc-b", cidrBlock: "172.17.96.0/20" }), p);
        assert.equal(mandatory(run).length, 1);
        assert.equal(run.verdicts[0].urn, p.urn);
        assert.match(run.verdicts[0].message, /joins VPC a \(172\.17\.0\.0\/16\) and VPC b \(172\.17\.96\.0\/20\)/);
    });

    it("compares an accepting VPC outside the stack through its vSwitches in the stack", async () => {
        const vsw = fixture(T.vswitch, "b-vsw", { vpcId: "vpc-b", cidrBlock: "172.17.5.0/24" });
        assert.equal(mandatory(await check(a, vsw, peering())).length, 1);
    });

    it("skips a peering whose VPC is unknown in preview, with an advisory note", async () => {
        const run = await check(a, peering({ acceptingVpcId: unknown }));
        assert.deepEqual(run.verdicts.map((v) => v.level), ["advisory"]);
    });
});
