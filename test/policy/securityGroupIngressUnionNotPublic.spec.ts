import { strict as assert } from "node:assert";
import { securityGroupIngressUnionNotPublic } from "../../policy/policies";
import { ResourceTypes as T } from "../../policy/support/resourceTypes";
import { fixture, FixtureResource, mandatory, runStackPolicy, unknown } from "./support/harness";

const group = fixture(T.securityGroup, "web", { id: "sg-1" });
const rule = (name: string, props: Record<string, unknown>) =>
    fixture(T.securityGroupRule, name, { securityGroupId: "sg-1", type: "ingress", ipProtocol: "tcp", portRange: "22/22", policy: "accept", ...props });
const check = (resources: FixtureResource[], config?: Record<string, unknown>) => runStackPolicy(securityGroupIngressUnionNotPublic, [group, ...resources], { config });

describe("policy security-group-ingress-union-not-public (stack)", () => {
    it("accepts rules whose sources together leave part of the internet out", async () => {
        assert.deepEqual((await check([rule("a", { cidrIp: "0.0.0.0/1" }), rule("b", { cidrIp: "128.0.0.0/2" })])).verdicts, []);
    });

    it("rejects SSH opened to the internet in two halves, on the security group", async () => {
        const run = await check([rule("a", { cidrIp: "0.0.0.0/1" }), rule("b", { cidrIp: "128.0.0.0/1" })]);
        assert.equal(mandatory(run).length, 1);
        assert.equal(run.verdicts[0].urn, group.urn);
        assert.equal(run.verdicts[0].message, "Security group web: the ingress rules a, b together admit all of IPv4 to tcp port(s) 22 (SSH).");
    });

    it("leaves a single world-open rule to the per-rule policies (no double report)", async () => {
        assert.deepEqual((await check([rule("a", { cidrIp: "0.0.0.0/0" })])).verdicts, []);
    });

    it("counts protocol all towards TCP, UDP and GRE, and ignores ICMP, egress and drop", async () => {
        assert.equal(mandatory(await check([rule("a", { cidrIp: "0.0.0.0/1", ipProtocol: "all", portRange: "-1/-1" }), rule("b", { cidrIp: "128.0.0.0/1", ipProtocol: "gre", portRange: "-1/-1" })])).length, 1);
        const ignored = [rule("a", { cidrIp: "0.0.0.0/1" }), rule("b", { cidrIp: "128.0.0.0/1", ipProtocol: "icmp", portRange: "-1/-1" }), rule("c", { cidrIp: "128.0.0.0/1", type: "egress" }), rule("d", { cidrIp: "128.0.0.0/1", policy: "drop" })];
        assert.deepEqual((await check(ignored)).verdicts, []);
    });

    it("uses the configured ports", async () => {
        const halves = [rule("a", { cidrIp: "0.0.0.0/1", portRange: "8081/8081" }), rule("b", { cidrIp: "128.0.0.0/1", portRange: "8081/8081" })];
        assert.deepEqual((await check(halves)).verdicts, []);
        assert.equal(mandatory(await check(halves, { ports: [8081] })).length, 1);
    });

    it("skips a rule it cannot read yet and checks the others", async () => {
        const run = await check([rule("a", { cidrIp: unknown }), rule("b", { cidrIp: "0.0.0.0/1" }), rule("c", { cidrIp: "128.0.0.0/1" })]);
        assert.deepEqual(run.verdicts.map((v) => v.level).sort(), ["advisory", "mandatory"]);
    });
});
