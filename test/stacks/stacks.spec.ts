import { strict as assert } from "node:assert";
import { planStack, PlannedResource } from "../../tools/plan/planStack";
import { projectDir } from "../support/planFiles";

const ofType = (resources: PlannedResource[], type: string) => resources.filter((r) => r.type === type);
const providerName = (resource: PlannedResource) => resource.provider?.split("::").pop();

describe("the repository's stacks", () => {
    it("mesh: 4 accounts, each with its provider; grants in the children, attachments in the owner, routes in their own account", async () => {
        const { resources } = await planStack({ projectDir, stack: "mesh" });
        const providers = ofType(resources, "pulumi:providers:alicloud").map((p) => p.name).sort();
        assert.deepEqual(providers, ["mesh-mesh-master", "mesh-mesh-student2", "mesh-mesh-student3", "mesh-mesh-student4"]);
        const grants = ofType(resources, "alicloud:cen/transitRouterGrantAttachment:TransitRouterGrantAttachment");
        assert.deepEqual(grants.map((g) => [g.name, providerName(g)]).sort(), [
            ["mesh-mesh-student2-grant", "mesh-mesh-student2"],
            ["mesh-mesh-student3-grant", "mesh-mesh-student3"],
            ["mesh-mesh-student4-grant", "mesh-mesh-student4"],
        ]);
        const attachments = ofType(resources, "alicloud:cen/transitRouterVpcAttachment:TransitRouterVpcAttachment");
        assert.equal(attachments.length, 4);
        assert.ok(attachments.every((a) => providerName(a) === "mesh-mesh-master"), "an attachment is outside the owner account");
        const routes = ofType(resources, "alicloud:vpc/routeEntry:RouteEntry");
        assert.equal(routes.length, 4 * 3);
        for (const route of routes) {
            const account = /^mesh-mesh-(\w+)-to-/.exec(route.name)![1];
            assert.equal(providerName(route), `mesh-mesh-${account}`, `${route.name} is in the wrong account`);
        }
    });

    it("ha: a HaVip pair with a provisioning command per node and its URL", async () => {
        const { resources, outputs } = await planStack({ projectDir, stack: "ha" });
        assert.equal(ofType(resources, "alicloud:vpc/haVipv2:HaVipv2").length, 1);
        assert.equal(ofType(resources, "command:remote:Command").length, 2);
        const pair = outputs.havipPair as Record<string, unknown>;
        assert.match(String(pair.url), /^http:\/\/203\.0\.113\.\d+\/$/);
        assert.equal(pair.password, "[secret]");
    });

    it("prod: the whole app tier, protected, with no ECS public IP", async () => {
        const { resources, outputs } = await planStack({ projectDir, stack: "prod" });
        const count = (type: string) => ofType(resources, type).length;
        assert.deepEqual(
            [
                count("alicloud:vpc/natGateway:NatGateway"),
                count("alicloud:vpc/snatEntry:SnatEntry"),
                count("alicloud:vpc/commonBandwithPackage:CommonBandwithPackage"),
                count("alicloud:ecs/eipAddress:EipAddress"),
                count("alicloud:ecs/instance:Instance"),
                count("alicloud:rds/instance:Instance"),
                count("alicloud:kvstore/instance:Instance"),
                count("alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer"),
            ],
            [1, 2, 1, 2, 2, 1, 1, 1],
        );
        for (const instance of ofType(resources, "alicloud:ecs/instance:Instance")) {
            assert.ok(!(Number(instance.inputs.internetMaxBandwidthOut) > 0) && instance.inputs.allocatePublicIp !== true, `${instance.name} has a public IP`);
        }
        assert.equal(ofType(resources, "alicloud:ecs/eipAssociation:EipAssociation").every((a) => a.inputs.instanceType === "Nat"), true);
        const protection: Array<[string, string, unknown]> = [
            ["alicloud:rds/instance:Instance", "deletionProtection", true],
            ["alicloud:kvstore/instance:Instance", "instanceReleaseProtection", true],
            ["alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer", "deleteProtection", "on"],
            ["alicloud:ecs/eipAddress:EipAddress", "deletionProtection", true],
        ];
        for (const [type, property, on] of protection) {
            for (const resource of ofType(resources, type)) {
                assert.equal(resource.inputs[property], on, `${resource.name} is not protected (${property})`);
            }
        }
        const tier = outputs.appTier as Record<string, unknown>;
        assert.equal(tier.databasePassword, "[secret]");
        assert.equal(tier.redisPassword, "[secret]");
    });
});
