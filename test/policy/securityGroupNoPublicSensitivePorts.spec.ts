import { strict as assert } from "node:assert";
import { securityGroupNoPublicSensitivePorts } from "../../policy/policies";
import { ResourceTypes as T } from "../../policy/support/resourceTypes";
import { fixture, mandatory, runResourcePolicy, unknown } from "./support/harness";

const compliant = {
    securityGroupId: "sg-1",
    type: "ingress",
    ipProtocol: "tcp",
    portRange: "22/22",
    cidrIp: "203.0.113.0/24",
    nicType: "intranet",
    policy: "accept",
};
const rule = (props: Record<string, unknown>) => fixture(T.securityGroupRule, "ssh", { ...compliant, ...props });
const check = (props: Record<string, unknown>, config?: Record<string, unknown>) =>
    runResourcePolicy(securityGroupNoPublicSensitivePorts, rule(props), { config });

describe("policy security-group-no-public-sensitive-ports", () => {
    it("accepts SSH from an admin block", async () => {
        assert.deepEqual((await check({})).verdicts, []);
    });

    it("rejects SSH from 0.0.0.0/0", async () => {
        const run = await check({ cidrIp: "0.0.0.0/0" });
        assert.equal(mandatory(run).length, 1);
        assert.match(run.verdicts[0].message, /0\.0\.0\.0\/0 to tcp ports 22\/22.*port\(s\) 22 \(SSH\)/);
    });

    it("treats an unset cidrIp without another source as the world", async () => {
        const run = await check({ cidrIp: undefined });
        assert.equal(mandatory(run).length, 1);
        assert.match(run.verdicts[0].message, /cidrIp unset/);
    });

    it("accepts an unset cidrIp when a source group is given", async () => {
        assert.deepEqual((await check({ cidrIp: undefined, sourceSecurityGroupId: "sg-bastion" })).verdicts, []);
    });

    it("rejects IPv6 ::/0", async () => {
        assert.equal(mandatory(await check({ cidrIp: undefined, ipv6CidrIp: "::/0" })).length, 1);
    });

    it("checks port ranges by inclusion", async () => {
        assert.equal(mandatory(await check({ cidrIp: "0.0.0.0/0", portRange: "20/30" })).length, 1);
        assert.equal(mandatory(await check({ cidrIp: "0.0.0.0/0", portRange: "3000/4000" })).length, 1, "3389 is inside");
        assert.deepEqual((await check({ cidrIp: "0.0.0.0/0", portRange: "443/443" })).verdicts, []);
        assert.deepEqual((await check({ cidrIp: "0.0.0.0/0", portRange: "8080/8080" })).verdicts, [], "web ports are not sensitive");
        assert.match(mandatory(await check({ cidrIp: "0.0.0.0/0", portRange: "8000/8080" }))[0].message, /8020 \(HDFS NameNode\)/);
        assert.equal(mandatory(await check({ cidrIp: "0.0.0.0/0", portRange: "23/3388" })).length, 1, "Telnet, SMB, MySQL... are");
    });

    it("counts protocol all and -1/-1 as every port", async () => {
        assert.equal(mandatory(await check({ cidrIp: "0.0.0.0/0", ipProtocol: "all", portRange: "-1/-1" })).length, 1);
        assert.equal(mandatory(await check({ cidrIp: "0.0.0.0/0", portRange: "-1/-1" })).length, 1);
    });

    it("uses the configured ports", async () => {
        const config = { ports: [8080] };
        assert.deepEqual((await check({ cidrIp: "0.0.0.0/0" }, config)).verdicts, [], "22 is not a sensitive port here");
        assert.equal(mandatory(await check({ cidrIp: "0.0.0.0/0", portRange: "8000/8999" }, config)).length, 1);
    });

    it("ignores egress, drop and ICMP rules", async () => {
        for (const props of [{ type: "egress" }, { policy: "drop" }, { ipProtocol: "icmp", portRange: "-1/-1" }, { ipProtocol: "icmpv6", portRange: "-1/-1" }]) {
            const run = await check({ cidrIp: "0.0.0.0/0", ...props });
            assert.deepEqual(run.verdicts, [], JSON.stringify(props));
            assert.equal(run.notApplicable.length, 1);
        }
    });

    it("rejects a port range it cannot read", async () => {
        const run = await check({ cidrIp: "0.0.0.0/0", portRange: "22-22" });
        assert.match(mandatory(run)[0].message, /cannot be read/);
    });

    it("skips a rule whose source is unknown in preview, with an advisory note", async () => {
        const run = await check({ cidrIp: unknown });
        assert.deepEqual(mandatory(run), []);
        assert.deepEqual(run.verdicts.map((v) => v.level), ["advisory"]);
    });
});
