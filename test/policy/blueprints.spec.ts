import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import * as alicloud from "@pulumi/alicloud";
import { SingleAccountCluster } from "alicloud-blueprints";
import { ResourceTypes as T } from "../../policy/support/resourceTypes";
import { analyzeResources, AnalyzerResourceRecord, PolicyDiagnostic, PolicyPackSession } from "../../tools/analyzer";
import { MockedRun } from "../../tools/mocks";
import { planStack } from "../../tools/plan/planStack";
import { sharedPack } from "./support/sharedPack";

const repoRoot = path.resolve(__dirname, "../..");
const stackNames = fs
    .readdirSync(repoRoot)
    .map((file) => /^Pulumi\.(.+)\.yaml$/.exec(file)?.[1])
    .filter((name): name is string => name !== undefined);

const mandatoryOf = (diagnostics: PolicyDiagnostic[]) => diagnostics.filter((d) => d.level === "mandatory");
const describeAll = (diagnostics: PolicyDiagnostic[]) => diagnostics.map((d) => `${d.level} ${d.policy} ${d.urn}: ${d.message}`).join("\n");

/** Runs `program` under the mocks and returns its registrations (with ids and property dependencies). */
async function mockedPlan(program: () => void): Promise<AnalyzerResourceRecord[]> {
    const run = new MockedRun({ project: "alicloud-blueprints", stack: "dev" });
    program();
    await run.settled();
    return run.resources;
}

describe("every blueprint passes the policy pack", function () {
    let session: PolicyPackSession | undefined;

    before(async function () {
        this.timeout(60_000);
        session = await sharedPack();
    });

    it("the repository has stack configs to check", () => {
        assert.ok(stackNames.length > 0, "no Pulumi.<stack>.yaml in the repository root");
    });

    for (const stack of stackNames) {
        it(`stack ${stack}, planned under mocks, has no mandatory violation`, async () => {
            const plan = await planStack({ projectDir: repoRoot, stack });
            assert.ok(plan.recorded.length > 0);
            const diagnostics = await analyzeResources(plan.recorded, { session, stack: { stack } });
            assert.deepEqual(mandatoryOf(diagnostics), [], describeAll(diagnostics));
        });
    }

    it("SingleAccountCluster with default args has no mandatory violation, and the pack did look at it", async () => {
        const resources = await mockedPlan(() => new SingleAccountCluster("dev", {}));
        const diagnostics = await analyzeResources(resources, { session });
        assert.deepEqual(mandatoryOf(diagnostics), [], describeAll(diagnostics));
        assert.ok(
            diagnostics.some((d) => d.policy === "disk-encryption-enabled" && d.level === "advisory"),
            "the advisory baseline reports the unencrypted system disks",
        );
    });

    it("fails a cluster with a bandwidth-assigned public IP and an overlapping vSwitch", async () => {
        const resources = await mockedPlan(() => {
            const cluster = new SingleAccountCluster("dev", { nodeCount: 1 });
            new alicloud.vpc.Switch("dev-extra", { vpcId: cluster.vpcId, cidrBlock: "172.16.0.128/25", zoneId: cluster.zoneId });
            new alicloud.ecs.Instance("dev-exposed", {
                instanceType: "ecs.t6-c2m1.large",
                imageId: "ubuntu_22_04_x64_20G_alibase_20240926.vhd",
                vswitchId: cluster.vswitchId,
                securityGroups: [cluster.securityGroupId],
                internetMaxBandwidthOut: 10,
            });
        });
        const violations = mandatoryOf(await analyzeResources(resources, { session }));
        const byPolicy = violations.map((d) => [d.policy, d.urn.split("::").pop()]).sort();
        assert.deepEqual(byPolicy, [
            ["ecs-instance-no-public-ip", "dev-exposed"],
            ["vswitch-cidrs-no-overlap", "dev-extra"],
        ]);
    });

    it("fails a cluster with a public launch template, SSH opened in two halves and a secondary block over its own VPC", async () => {
        const resources = await mockedPlan(() => {
            const cluster = new SingleAccountCluster("dev", { nodeCount: 1 });
            new alicloud.ecs.EcsLaunchTemplate("dev-template", {
                imageId: "ubuntu_22_04_x64_20G_alibase_20240926.vhd",
                instanceType: "ecs.t6-c2m1.large",
                securityGroupId: cluster.securityGroupId,
                vswitchId: cluster.vswitchId,
                internetMaxBandwidthOut: 5,
            });
            ["0.0.0.0/1", "128.0.0.0/1"].forEach((cidrIp, i) => {
                new alicloud.ecs.SecurityGroupRule(`dev-ssh-${i}`, {
                    securityGroupId: cluster.securityGroupId,
                    type: "ingress",
                    ipProtocol: "tcp",
                    portRange: "22/22",
                    cidrIp,
                });
            });
            new alicloud.vpc.Ipv4CidrBlock("dev-extra", { vpcId: cluster.vpcId, secondaryCidrBlock: "172.16.128.0/17" });
        });
        const violations = mandatoryOf(await analyzeResources(resources, { session }));
        assert.deepEqual(violations.map((d) => [d.policy, d.urn.split("::").pop()]).sort(), [
            ["ecs-instance-no-public-ip", "dev-template"],
            ["security-group-ingress-union-not-public", "dev-sg"],
            ["vpc-cidr-blocks-valid", "dev-extra"],
        ]);
    });

    it("fails a mesh whose VPCs overlap on one CEN", async () => {
        const resources = await mockedPlan(() => {
            const cen = new alicloud.cen.Instance("mesh", { cenInstanceName: "mesh" });
            const router = new alicloud.cen.TransitRouter("mesh", { cenId: cen.id });
            for (const [account, cidr] of [["a", "172.17.0.0/16"], ["b", "172.17.96.0/20"]]) {
                const vpc = new alicloud.vpc.Network(`mesh-${account}`, { cidrBlock: cidr });
                const vswitch = new alicloud.vpc.Switch(`mesh-${account}`, { vpcId: vpc.id, cidrBlock: cidr, zoneId: "cn-hangzhou-i" });
                new alicloud.cen.TransitRouterVpcAttachment(`mesh-${account}`, {
                    cenId: cen.id,
                    transitRouterId: router.transitRouterId,
                    vpcId: vpc.id,
                    zoneMappings: [{ zoneId: "cn-hangzhou-i", vswitchId: vswitch.id }],
                });
            }
        });
        const violations = mandatoryOf(await analyzeResources(resources, { session }));
        assert.deepEqual(
            violations.map((d) => [d.policy, d.urn]),
            [["cen-attached-cidrs-no-overlap", resources.find((r) => r.type === T.cenTransitRouterVpcAttachment && r.name === "mesh-b")!.urn]],
        );
    });
});
