import { strict as assert } from "node:assert";
import { AlibabaMocks, MockedRun, RecordedResource } from "../../tools/mocks";
import * as fs from "node:fs";
import { lookupEntries, lookupViolations, resourceEntries, resourceViolations, RulebookError } from "../../tools/mocks/rulebook";
import { exampleContext, renderRulebook, rulesPath } from "../../tools/mocks/rulebook/render";
import { planViolations, timeoutMinutes } from "../../tools/mocks/rulebook/planRules";
import { planStack } from "../../tools/plan/planStack";
import { projectDir } from "../support/planFiles";

const context = exampleContext;

const sourceShape = /^(alicloud\/[a-z0-9_]+\.go:\d+|website\/docs\/[rd]\/[a-z0-9_]+\.html\.markdown(:\d+)?|https:\/\/\S+)$/;

describe("the rulebook", () => {
    for (const entry of resourceEntries.values()) {
        describe(entry.type, () => {
            for (const rule of entry.rules) {
                it(`${rule.id} fires on inputs that break it, naming a field and the fix`, () => {
                    const message = rule.check(rule.breaks, context);
                    assert.equal(typeof message, "string", `${rule.id} did not fire on ${JSON.stringify(rule.breaks)}`);
                    assert.match(message!, /^[a-zA-Z.]+( and [a-zA-Z.]+)*[:,]|^[a-zA-Z.]+, /, message);
                    assert.match(rule.source.where, sourceShape);
                    assert.ok(!rule.source.where.startsWith("https://") || rule.source.date, `${rule.id}: a documentation source needs its date`);
                });
            }
            if (entry.waitsFor) {
                it(`the mocks report a state its create waits for (${entry.waitsFor.targets.join(" or ")})`, () => {
                    assert.ok(entry.reportedStatus && entry.waitsFor!.targets.includes(entry.reportedStatus.value));
                    assert.equal(entry.reportedStatus!.attribute, entry.waitsFor!.attribute);
                });
            }
            if (entry.terraform && entry.terraform !== "provider") {
                it("lists the RAM actions of its create, read and delete", () => {
                    assert.ok(entry.ram.length > 0);
                    assert.ok(entry.ram.every((a) => /^[a-z]+:[A-Z][A-Za-z0-9]+$/.test(a)), entry.ram.join(" "));
                    assert.ok(entry.ram.some((a) => /:(Create|Run|Allocate|Add|Associate|Authorize|Grant|Invoke|Enable|Modify|Import|Set)/.test(a)));
                });
            }
        });
    }

    for (const entry of lookupEntries.values()) {
        for (const rule of entry.rules) {
            it(`${entry.token} ${rule.id} fires on arguments that break it, and the mocks refuse the look-up as the preview would`, () => {
                assert.equal(typeof rule.check(rule.breaks, context), "string");
                assert.throws(() => new AlibabaMocks().call({ token: entry.token, inputs: rule.breaks }), (err: unknown) => err instanceof RulebookError);
            });
        }
    }

    it("RULES.md is exactly what the rulebook generates (run `npm run docs` after changing a rule)", () => {
        assert.equal(fs.readFileSync(rulesPath, "utf8"), renderRulebook());
    });

    it("a resource type it does not know is a violation of its own", () => {
        assert.deepEqual(resourceViolations("alicloud:ecs/disk:Disk", "d", {}, context).map((v) => v.rule), ["type-known"]);
        assert.deepEqual(lookupViolations("alicloud:ecs/getDisks:getDisks", {}, context).map((v) => v.rule), ["lookup-known"]);
    });

    for (const stack of ["dev", "ha", "mesh", "prod"]) {
        it(`knows every resource type and look-up the ${stack} stack plans, which breaks none of its rules`, async () => {
            const plan = await planStack({ projectDir, stack });
            const unknownTypes = plan.recorded.filter((r) => r.custom && !resourceEntries.has(r.type)).map((r) => r.type);
            assert.deepEqual([...new Set(unknownTypes)], []);
            assert.deepEqual([...new Set(plan.calls.map((c) => c.token).filter((t) => !lookupEntries.has(t)))], []);
        });
    }

    it("settling a run that breaks it fails with every violation, the phase and the source", async () => {
        const run = new MockedRun();
        run.mocks.newResource({ type: "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer", name: "lb", inputs: { paymentType: "Subscription", addressType: "internet" }, custom: true, id: "" });
        await assert.rejects(run.settled(), (err: unknown) => {
            assert.ok(err instanceof RulebookError);
            assert.deepEqual(err.violations.map((v) => v.rule), ["clb-subscription-not-sold"]);
            assert.match(err.message, /^the cloud would reject this plan \(1 problem\):\n {2}- alicloud:slb\/applicationLoadBalancer:ApplicationLoadBalancer lb: paymentType: Subscription CLB instances can no longer be bought .* \[`pulumi up` would fail; https:\/\/help\.aliyun\.com\/document_detail\/27692\.html \(read 2026-12-01\)\]$/);
            return true;
        });
    });
});

/** A registration as the mocks record it, for the plan rules. */
function recorded(type: string, name: string, inputs: Record<string, unknown>, extra: Partial<RecordedResource> = {}): RecordedResource {
    return {
        urn: `urn:pulumi:s::p::${type}::${name}`,
        type,
        name,
        custom: true,
        id: `${name}-id`,
        dependencies: [],
        propertyDependencies: {},
        rawInputs: inputs,
        options: { dependsOn: [], ignoreChanges: [], replaceOnChanges: [] },
        ...extra,
    };
}

describe("the rulebook's rules on the whole plan", () => {
    const command = recorded("alicloud:ecs/command:Command", "cmd", { timeout: 600 });
    const invocation = (create?: string) =>
        recorded("alicloud:ecs/ecsInvocation:EcsInvocation", "run", { commandId: "cmd-id" }, { options: { dependsOn: [], ignoreChanges: [], replaceOnChanges: [], customTimeouts: create ? { create } : undefined } });

    it("reads customTimeouts as the engine does", () => {
        assert.deepEqual(["90s", "15m", "1h30m", "2h", "15", "m"].map(timeoutMinutes), [1.5, 15, 90, 120, undefined, undefined]);
    });

    it("an invocation must wait as long as its command runs, plus a minute of delivery", () => {
        assert.deepEqual(planViolations([command, invocation()]).map((v) => v.rule), ["invocation-timeout-covers-command"]);
        assert.deepEqual(planViolations([command, invocation("10m")]).map((v) => v.rule), ["invocation-timeout-covers-command"]);
        assert.deepEqual(planViolations([command, invocation("11m")]), []);
    });

    it("RDS and Redis need timeouts longer than the provider's defaults", () => {
        const rds = (timeouts?: Record<string, string>) =>
            recorded("alicloud:rds/instance:Instance", "db", {}, { options: { dependsOn: [], ignoreChanges: [], replaceOnChanges: [], customTimeouts: timeouts } });
        assert.deepEqual(planViolations([rds()]).map((v) => v.rule), ["create-timeout-long-enough", "update-timeout-long-enough"]);
        assert.deepEqual(planViolations([rds({ create: "60m", update: "2h" })]), []);
        assert.deepEqual(planViolations([recorded("alicloud:kvstore/instance:Instance", "cache", {})]).map((v) => v.rule), ["create-timeout-long-enough"]);
    });

    it("a HaVip with a fixed address must come before every ECS instance of its vSwitch", () => {
        const havip = recorded("alicloud:vpc/haVipv2:HaVipv2", "vip", { vswitchId: "vsw-a", ipAddress: "10.0.0.100" });
        const early = recorded("alicloud:ecs/instance:Instance", "node1", { vswitchId: "vsw-a" });
        const late = recorded("alicloud:ecs/instance:Instance", "node2", { vswitchId: "vsw-a" }, { dependencies: [havip.urn] });
        assert.deepEqual(planViolations([havip, early, late]).map((v) => [v.rule, v.name]), [["havip-before-nodes", "node1"]]);
        const picked = recorded("alicloud:vpc/haVipv2:HaVipv2", "vip", { vswitchId: "vsw-a" });
        assert.deepEqual(planViolations([picked, early]), []);
    });

    it("another account's VPC is attached with its owner's id, after that account's grant", () => {
        const provider = (name: string, accountId: string) => recorded("pulumi:providers:alicloud", name, { accountId });
        const [owner, member] = [provider("owner", "111"), provider("member", "222")];
        const inAccount = (p: RecordedResource) => ({ options: { dependsOn: [], ignoreChanges: [], replaceOnChanges: [], provider: p.urn } });
        const vpc = recorded("alicloud:vpc/network:Network", "member-vpc", {}, inAccount(member));
        const grant = recorded("alicloud:cen/transitRouterGrantAttachment:TransitRouterGrantAttachment", "grant", { instanceId: vpc.id, cenId: "cen-1" }, inAccount(member));
        const attach = (inputs: Record<string, unknown>, dependencies: string[]) =>
            recorded("alicloud:cen/transitRouterVpcAttachment:TransitRouterVpcAttachment", "attach", { vpcId: vpc.id, cenId: "cen-1", ...inputs }, { ...inAccount(owner), dependencies });
        const rules = (...r: RecordedResource[]) => planViolations([owner, member, vpc, ...r]).map((v) => v.rule);
        assert.deepEqual(rules(grant, attach({ vpcOwnerId: "222" }, [grant.urn])), []);
        assert.deepEqual(rules(grant, attach({}, [grant.urn])), ["attachment-vpc-owner"]);
        assert.deepEqual(rules(grant, attach({ vpcOwnerId: "222" }, [])), ["attachment-after-grant"]);
        assert.deepEqual(rules(attach({ vpcOwnerId: "222" }, [])), ["attachment-after-grant"]);
    });

    it("a HaVip serves at most 10 instances of its own vSwitch and takes one EIP", () => {
        const havip = recorded("alicloud:vpc/haVipv2:HaVipv2", "vip", { vswitchId: "vsw-a" });
        const nodes = Array.from({ length: 11 }, (_, i) => recorded("alicloud:ecs/instance:Instance", `n${i}`, { vswitchId: i === 0 ? "vsw-b" : "vsw-a" }));
        const attachments = nodes.map((n) => recorded("alicloud:vpc/hAVipAttachment:HAVipAttachment", `a-${n.name}`, { haVipId: "vip-id", instanceId: n.id }));
        const eips = [1, 2].map((i) => recorded("alicloud:ecs/eipAssociation:EipAssociation", `e${i}`, { instanceType: "HaVip", instanceId: "vip-id" }));
        const rules = planViolations([havip, ...nodes, ...attachments, ...eips]).map((v) => v.rule);
        assert.deepEqual(rules.sort(), ["havip-instance-limit", "havip-one-eip", "havip-same-vswitch"]);
    });
});
