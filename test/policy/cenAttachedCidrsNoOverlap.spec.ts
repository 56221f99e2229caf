import { strict as assert } from "node:assert";
import { cenAttachedCidrsNoOverlap } from "../../policy/policies";
import { ResourceTypes as T } from "../../policy/support/resourceTypes";
import { fixture, FixtureResource, mandatory, runStackPolicy, unknown } from "./support/harness";

const cen = fixture(T.cenInstance, "cen", { id: "cen-1", cenInstanceName: "mesh" });
const vpcA = fixture(T.vpc, "vpc-a", { id: "vpc-a", cidrBlock: "10.0.0.0/16" });
const vpcB = fixture(T.vpc, "vpc-b", { id: "vpc-b", cidrBlock: "10.1.0.0/16" });
const attach = (name: string, vpcId: unknown, cenId: unknown = "cen-1", extra: Partial<FixtureResource> = {}) =>
    fixture(T.cenTransitRouterVpcAttachment, name, { cenId, vpcId, zoneMappings: [] }, extra);
const check = (...resources: FixtureResource[]) => runStackPolicy(cenAttachedCidrsNoOverlap, resources);

describe("policy cen-attached-cidrs-no-overlap (stack)", () => {
    it("accepts disjoint VPCs on one CEN", async () => {
        assert.deepEqual((await check(cen, vpcA, vpcB, attach("a", "vpc-a"), attach("b", "vpc-b"))).verdicts, []);
    });

    it("rejects overlapping VPCs on one CEN, on the later attachment", async () => {
        const overlapping = fixture(T.vpc, "vpc-b", { id: "vpc-b", cidrBlock: "10.0.128.0/17" });
        const b = attach("b", "vpc-b");
        const run = await check(cen, vpcA, overlapping, attach("a", "vpc-a"), b);
        assert.equal(mandatory(run).length, 1);
        assert.equal(run.verdicts[0].urn, b.urn);
        assert.match(run.verdicts[0].message, /VPC vpc-b \(10\.0\.128\.0\/17\) overlaps VPC vpc-a \(10\.0\.0\.0\/16\)/);
    });

    it("accepts the same block on two different CENs", async () => {
        const twin = fixture(T.vpc, "vpc-b", { id: "vpc-b", cidrBlock: "10.0.0.0/16" });
        assert.deepEqual((await check(vpcA, twin, attach("a", "vpc-a", "cen-1"), attach("b", "vpc-b", "cen-2"))).verdicts, []);
    });

    it("reads the older instance attachments (instanceId, childInstanceId)", async () => {
        const twin = fixture(T.vpc, "vpc-b", { id: "vpc-b", cidrBlock: "10.0.0.0/16" });
        const old = (name: string, vpcId: string) =>
            fixture(T.cenInstanceAttachment, name, { instanceId: "cen-1", childInstanceId: vpcId, childInstanceType: "VPC", childInstanceRegionId: "cn-hangzhou" });
        assert.equal(mandatory(await check(cen, vpcA, twin, old("a", "vpc-a"), old("b", "vpc-b"))).length, 1);
    });

    it("matches CEN and VPCs through propertyDependencies when ids are unknown in preview", async () => {
        const previewCen = fixture(T.cenInstance, "cen", { id: unknown });
        const a = fixture(T.vpc, "vpc-a", { id: unknown, cidrBlock: "10.0.0.0/16" });
        const b = fixture(T.vpc, "vpc-b", { id: unknown, cidrBlock: "10.0.0.0/16" });
        const deps = (vpc: FixtureResource) => ({ propertyDependencies: { cenId: [previewCen.urn], vpcId: [vpc.urn] } });
        const run = await check(previewCen, a, b, attach("a", unknown, unknown, deps(a)), attach("b", unknown, unknown, deps(b)));
        assert.equal(mandatory(run).length, 1);
    });

    it("finds the recipe's overlap through the vSwitches when the VPC blocks are unknown", async () => {
        const a = fixture(T.vpc, "vpc-a", { id: "vpc-a", cidrBlock: unknown });
        const b = fixture(T.vpc, "vpc-b", { id: "vpc-b", cidrBlock: unknown });
        const vswA = fixture(T.vswitch, "vsw-a", { vpcId: "vpc-a", cidrBlock: "172.17.96.0/20" });
        const vswB = fixture(T.vswitch, "vsw-b", { vpcId: "vpc-b", cidrBlock: "172.17.96.0/20" });
        const run = await check(cen, a, b, vswA, vswB, attach("a", "vpc-a"), attach("b", "vpc-b"));
        assert.match(mandatory(run)[0].message, /172\.17\.96\.0\/20/);
    });

    it("finds the CEN through the transit router when cenId is not set", async () => {
        const router = fixture(T.cenTransitRouter, "tr", { id: "tr-1", cenId: "cen-1" });
        const twin = fixture(T.vpc, "vpc-b", { id: "vpc-b", cidrBlock: "10.0.0.0/16" });
        const viaRouter = (name: string, vpcId: string) => fixture(T.cenTransitRouterVpcAttachment, name, { transitRouterId: "tr-1", vpcId });
        assert.equal(mandatory(await check(cen, router, vpcA, twin, viaRouter("a", "vpc-a"), attach("b", "vpc-b"))).length, 1);
    });

    it("skips only an attachment it cannot place, says so, and checks the rest", async () => {
        const twin = fixture(T.vpc, "vpc-b", { id: "vpc-b", cidrBlock: "10.0.0.0/16" });
        const unplaced = attach("c", unknown);
        const run = await check(cen, vpcA, twin, attach("a", "vpc-a"), attach("b", "vpc-b"), unplaced);
        assert.equal(mandatory(run).length, 1);
        const notes = run.verdicts.filter((v) => v.level === "advisory");
        assert.deepEqual(notes.map((v) => v.urn), [unplaced.urn]);
        assert.match(notes[0].message, /Skipped during preview/);
    });
});
