import { strict as assert } from "node:assert";
import * as alicloud from "@pulumi/alicloud";
import * as pulumi from "@pulumi/pulumi";
import { MockedRun } from "../../tools/mocks";
import { withoutPromiseStacks } from "../cen-mesh/support";

describe("resource options seen by the mocks", () => {
    it("records every option the engine receives: protect, dependsOn, customTimeouts, ignoreChanges, deleteBeforeReplace, provider", async () => {
        const run = new MockedRun();
        await withoutPromiseStacks(async () => {
            const provider = new alicloud.Provider("other-account", { region: "cn-shanghai" });
            const vpc = new alicloud.vpc.Network("vpc", { vpcName: "vpc", cidrBlock: "10.0.0.0/16" }, { provider });
            const first = new alicloud.vpc.Switch("first", { vpcId: vpc.id, cidrBlock: "10.0.0.0/24", zoneId: "cn-shanghai-b" }, { provider });
            new alicloud.vpc.Switch(
                "second",
                { vpcId: vpc.id, cidrBlock: "10.0.1.0/24", zoneId: "cn-shanghai-b" },
                {
                    provider,
                    protect: true,
                    dependsOn: [first],
                    customTimeouts: { create: "7m", delete: "2h" },
                    ignoreChanges: ["tags"],
                    deleteBeforeReplace: true,
                    retainOnDelete: true,
                },
            );
            await run.settled();
        });
        const [, vpc, first, second] = run.resources;
        assert.deepEqual(second.options, {
            protect: true,
            dependsOn: [first.urn],
            customTimeouts: { create: "7m", delete: "2h" },
            ignoreChanges: ["tags"],
            deleteBeforeReplace: true,
            replaceOnChanges: [],
            retainOnDelete: true,
            provider: run.resources[0].urn,
        });
        // A dependency carried by an input (vpcId) is data flow, not dependsOn; unset options stay unset.
        assert.deepEqual(first.options.dependsOn, []);
        assert.ok(first.dependencies.includes(vpc.urn));
        assert.equal(first.options.protect, undefined);
        assert.equal(first.options.customTimeouts, undefined);
        assert.equal(first.options.deleteBeforeReplace, undefined);
    });

    it("sees what a component passes down to its children (the parent's provider)", async () => {
        class Holder extends pulumi.ComponentResource {
            constructor(name: string, opts: pulumi.ComponentResourceOptions) {
                super("test:index:Holder", name, {}, opts);
                new alicloud.vpc.Network(`${name}-vpc`, { vpcName: name, cidrBlock: "10.1.0.0/16" }, { parent: this });
                this.registerOutputs({});
            }
        }
        const run = new MockedRun();
        await withoutPromiseStacks(async () => {
            const provider = new alicloud.Provider("inherited", { region: "cn-hangzhou" });
            new Holder("holder", { providers: [provider] });
            await run.settled();
        });
        const vpc = run.ofType("alicloud:vpc/network:Network")[0];
        assert.equal(vpc.options.provider, run.ofType("pulumi:providers:alicloud")[0].urn);
    });
});
