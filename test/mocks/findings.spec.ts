/**
 * The seven findings of issue 12, each as a spec: what a real `pulumi up` of the shipped stacks
 * would have met, which the offline plan now meets too.
 */
import { strict as assert } from "node:assert";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import * as path from "node:path";
import { AppTier, BandwidthBilling, HaVipPair, RedisEngineVersion } from "alicloud-blueprints";
import { renderInstallScript, renderNodeBundle, systemdEnvironment } from "../../components/provision";
import { AlibabaMocks, MockedRun, plainInputs } from "../../tools/mocks";
import { resourceEntries } from "../../tools/mocks/rulebook";
import { planStack } from "../../tools/plan/planStack";
import { errorOf, valueOf } from "../support/outputs";
import { projectDir, temporaryDir, writeConfigFile } from "../support/planFiles";
import { withoutPromiseStacks } from "../cen-mesh/support";

const T = {
    slb: "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer",
    command: "alicloud:ecs/command:Command",
    invocation: "alicloud:ecs/ecsInvocation:EcsInvocation",
    redis: "alicloud:kvstore/instance:Instance",
    havip: "alicloud:vpc/haVipv2:HaVipv2",
    instance: "alicloud:ecs/instance:Instance",
    packageAttachment: "alicloud:vpc/commonBandwithPackageAttachment:CommonBandwithPackageAttachment",
};

/** Builds a component under the mocks; returns the run without enforcing the rulebook, and its violations. */
async function build(make: () => { ready: Promise<unknown> }, config?: Record<string, string>) {
    return withoutPromiseStacks(async () => {
        const run = new MockedRun({ enforceRulebook: false, config });
        await make().ready;
        await run.settled();
        return { run, violations: run.violations() };
    });
}

const tier = (args: ConstructorParameters<typeof AppTier>[1] = {}) => () => ({ ready: valueOf(new AppTier("app", args).webNodes) });

const run = promisify(execFile);

/** `npm run plan -- <args>` as a user runs it, never throwing. */
async function plan(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
        const { stdout, stderr } = await run(path.join(projectDir, "node_modules/.bin/ts-node"), ["--transpile-only", path.join(projectDir, "tools/plan/cli.ts"), ...args], { cwd: projectDir, timeout: 60_000 });
        return { code: 0, stdout, stderr };
    } catch (err: any) {
        return { code: err.code ?? 1, stdout: err.stdout ?? "", stderr: err.stderr ?? "" };
    }
}

describe("issue 12's findings", () => {
    const temp = temporaryDir();
    after(temp.cleanup);

    it("1. prod's load balancer is a CLB that can be bought: pay-by-CLCU, no specification", async () => {
        const { recorded } = await planStack({ projectDir, stack: "prod" });
        const slb = plainInputs(recorded.find((r) => r.type === T.slb)!);
        assert.equal(slb.instanceChargeType, "PayByCLCU");
        assert.equal(slb.loadBalancerSpec, undefined);
        assert.equal(slb.paymentType, "PayAsYouGo");
    });

    it("2. the Cloud Assistant install has time to finish: the invocation's create timeout covers the command's", async () => {
        const { run, violations } = await build(tier());
        const commands = run.ofType(T.command);
        assert.equal(commands.length, 2);
        for (const invocation of run.ofType(T.invocation)) {
            const command = commands.find((c) => c.id === plainInputs(invocation).commandId)!;
            const minutes = Number(/^(\d+)m$/.exec(invocation.options.customTimeouts?.create ?? "")?.[1]);
            assert.ok(minutes * 60 >= plainInputs(command).timeout + 60, `${invocation.name}: ${invocation.options.customTimeouts?.create} for a ${plainInputs(command).timeout} s command`);
        }
        assert.deepEqual(violations.filter((v) => v.type === T.invocation), []);
    });

    it("3. both install paths wait for cloud-init and the apt locks before apt-get", () => {
        const web = renderInstallScript({ nodeName: "web1", files: [], environment: systemdEnvironment() });
        const ha = renderNodeBundle({ nodePrivateIps: ["10.0.0.10", "10.0.0.11"], vip: "10.0.0.100" }, 0).script;
        for (const script of [web, ha]) {
            const wait = script.indexOf("\nwait_for_first_boot\n");
            assert.ok(wait > 0 && wait < script.indexOf("\ninstall_missing_packages\n"), "no first-boot wait before the package step");
            assert.match(script, /cloud-init status --wait/);
            assert.match(script, /\/var\/lib\/dpkg\/lock-frontend/);
        }
    });

    describe("4. look-ups", () => {
        for (const stack of ["dev", "ha", "mesh", "prod"]) {
            it(`${stack}: no look-up asks the billing API for prices`, async () => {
                const { calls } = await planStack({ projectDir, stack });
                assert.deepEqual(calls.filter((c) => c.inputs.sortedBy === "Price").map((c) => c.token), []);
            });
        }

        it("the Redis class is one sold in the chosen zones for the engine version (classic classes stop at 5.0)", async () => {
            const { run, violations } = await build(tier({ redis: { engineVersion: RedisEngineVersion.V7 } }));
            assert.deepEqual(violations.map((v) => v.rule), []);
            assert.equal(plainInputs(run.ofType(T.redis)[0]).instanceClass, "redis.shard.small.2.ce");
        });

        it("the RDS class is looked up in the chosen zones: a cloud-disk class with local SSD fails at preview, not at apply", async () => {
            const file = writeConfigFile(temp.dir, "local-ssd", {
                "alicloud:region": "cn-hangzhou",
                "alicloud-blueprints:appTier": { rds: { storageType: "local_ssd", instanceClass: "mysql.n2.small.2c" } },
            });
            const result = await plan("--config-file", file, "--no-policy");
            assert.equal(result.code, 1);
            assert.match(result.stderr, /^error: zoneIds: no two zones offer the web instance type, RDS MySQL 8\.0 HighAvailability \(local_ssd\) as mysql\.n2\.small\.2c .*RDS in none;/m);
        });

        it("bandwidth billing the account's site does not sell fails at preview", async () => {
            const run = new MockedRun({ config: { "alicloud:accountType": "International" } });
            const error = errorOf(() => new AppTier("app", { bandwidthBilling: BandwidthBilling.PayByBandwidth }));
            await run.settled();
            assert.match(error.message, /bandwidthBilling: PayByBandwidth is sold on the China site only, and alicloud:accountType says International; use PayByDominantTraffic/);
        });
    });

    it("5. a real preview of the shipped ha and mesh stacks stops at their example values", async () => {
        const { exampleValueProblems } = await import(path.join(projectDir, "stacks/exampleValues"));
        const { readStackConfig } = await import(path.join(projectDir, "stacks/config"));
        const { readProjectFile, readStackConfigFile } = await import(path.join(projectDir, "tools/plan/stackConfig"));
        for (const [stack, keys] of [["ha", ["havipPair.adminCidrs[0]"]], ["mesh", ["cenMesh.adminCidrs[0]", "cenMesh.accounts[0].accountId"]]] as const) {
            const flat = readStackConfigFile(readProjectFile(projectDir), path.join(projectDir, `Pulumi.${stack}.yaml`));
            const run = new MockedRun({ config: flat.values });
            const problems: string[] = exampleValueProblems(readStackConfig());
            await run.settled();
            for (const key of keys) {
                assert.ok(problems.some((p) => p.startsWith(`alicloud-blueprints:${key}: `)), `${stack}: ${key} is not named`);
            }
        }
    });

    describe("6. a HaVip with a fixed address", () => {
        for (const address of ["172.16.0.253", "172.16.0.254"]) {
            it(`refuses ${address}, one of the last three addresses the vSwitch keeps`, async () => {
                const run = new MockedRun();
                const error = errorOf(() => new HaVipPair("pair", { havipAddress: address, provision: false }));
                await run.settled();
                assert.match(error.message, new RegExp(`havipAddress: "${address.replace(/\./g, "\\.")}" is reserved in the vSwitch block 172\\.16\\.0\\.0/24`));
            });
        }

        it("is created before the nodes, so no node can be given the address first", async () => {
            const { run, violations } = await build(() => ({ ready: valueOf(new HaVipPair("pair", { havipAddress: "172.16.0.100", provision: false }).nodes) }));
            const havip = run.ofType(T.havip)[0];
            assert.ok(run.ofType(T.instance).every((node) => node.options.dependsOn.includes(havip.urn)));
            assert.deepEqual(violations.map((v) => v.rule), []);
        });
    });

    describe("7. the mocks answer what the cloud says", () => {
        const mocks = new AlibabaMocks();
        const stateOf = (type: string, inputs: Record<string, unknown> = {}) =>
            mocks.newResource({ type, name: "x", inputs, custom: true, id: "" }).state as Record<string, unknown>;

        it("an invocation ends in a state the provider waits for (Success), not Finished", () => {
            const status = stateOf(T.invocation, { commandId: "c-1", instanceIds: ["i-1"] }).status;
            assert.equal(status, "Success");
            assert.ok(resourceEntries.get(T.invocation)!.waitsFor!.targets.includes(String(status)));
        });

        it("a bandwidth-package attachment reports Available, what the provider waits for, not BINDED", () => {
            assert.equal(stateOf(T.packageAttachment, { bandwidthPackageId: "cbwp-1", instanceId: "eip-1" }).status, "Available");
        });

        it("instance types carry a price only when sortedBy: Price asked the billing API for it", () => {
            const unsorted = mocks.call({ token: "alicloud:ecs/getInstanceTypes:getInstanceTypes", inputs: { instanceTypeFamily: "ecs.t6" } }) as any;
            assert.ok(unsorted.instanceTypes.length > 0 && unsorted.instanceTypes.every((t: any) => t.price === ""));
            const byPrice = mocks.call({ token: "alicloud:ecs/getInstanceTypes:getInstanceTypes", inputs: { instanceTypeFamily: "ecs.t6", sortedBy: "Price" } }) as any;
            assert.ok(byPrice.instanceTypes.every((t: any) => Number(t.price) > 0));
        });
    });
});
