import { strict as assert } from "node:assert";
import { securityGroupNoPublicAllPorts } from "../../policy/policies";
import { ResourceTypes as T } from "../../policy/support/resourceTypes";
import { fixture, mandatory, runResourcePolicy } from "./support/harness";

const compliant = { securityGroupId: "sg-1", type: "ingress", ipProtocol: "tcp", portRange: "443/443", cidrIp: "0.0.0.0/0", policy: "accept" };
const check = (props: Record<string, unknown>) => runResourcePolicy(securityGroupNoPublicAllPorts, fixture(T.securityGroupRule, "https", { ...compliant, ...props }));

describe("policy security-group-no-public-all-ports", () => {
    it("accepts HTTPS from the world", async () => {
        assert.deepEqual((await check({})).verdicts, []);
    });

    for (const props of [{ portRange: "-1/-1" }, { portRange: "1/65535" }, { portRange: "(unset)" }, { ipProtocol: "all", portRange: "-1/-1" }, { ipProtocol: "udp", portRange: "1/65535" }]) {
        it(`rejects ${JSON.stringify(props)} from the world`, async () => {
            const unset = props.portRange === "(unset)";
            assert.equal(mandatory(await check(unset ? { ...props, portRange: undefined } : props)).length, 1);
        });
    }

    it("accepts every port from a private block", async () => {
        assert.deepEqual((await check({ ipProtocol: "all", portRange: "-1/-1", cidrIp: "172.16.0.0/16" })).verdicts, []);
    });

    it("accepts ICMP from the world (no ports)", async () => {
        assert.deepEqual((await check({ ipProtocol: "icmp", portRange: "-1/-1" })).verdicts, []);
    });
});
