import { strict as assert } from "node:assert";
import { loadBalancerInternetFacing } from "../../policy/policies";
import { ResourceTypes as T } from "../../policy/support/resourceTypes";
import { fixture, runResourcePolicy } from "./support/harness";

const check = (type: string, props: Record<string, unknown>) => runResourcePolicy(loadBalancerInternetFacing, fixture(type, "lb", props));

describe("policy load-balancer-internet-facing (advisory)", () => {
    it("accepts intranet load balancers", async () => {
        assert.deepEqual((await check(T.slbApplicationLoadBalancer, { addressType: "intranet", vswitchId: "vsw-1" })).verdicts, []);
        assert.deepEqual((await check(T.albLoadBalancer, { addressType: "Intranet" })).verdicts, []);
        assert.deepEqual((await check(T.nlbLoadBalancer, { addressType: "Intranet", ipv6AddressType: "Intranet" })).verdicts, []);
    });

    it("lists an internet-facing CLB, also when addressType is left to the cloud's default", async () => {
        assert.deepEqual((await check(T.slbLoadBalancer, { addressType: "internet" })).verdicts.map((v) => v.level), ["advisory"]);
        assert.match((await check(T.slbApplicationLoadBalancer, {})).verdicts[0].message, /addressType is unset/);
    });

    it("lists ALB and NLB on public IPv4 or IPv6", async () => {
        assert.equal((await check(T.albLoadBalancer, { addressType: "Internet" })).verdicts.length, 1);
        assert.equal((await check(T.nlbLoadBalancer, { addressType: "Intranet", ipv6AddressType: "Internet" })).verdicts.length, 1);
    });
});
