import { strict as assert } from "node:assert";
import { vpcCidrBlocksValid } from "../../policy/policies";
import { ResourceTypes as T } from "../../policy/support/resourceTypes";
import { fixture, FixtureResource, mandatory, runStackPolicy, unknown } from "./support/harness";

const vpc = (props: Record<string, unknown>) => fixture(T.vpc, "vpc", { id: "vpc-1", cidrBlock: "10.0.0.0/16", ...props });
const check = (...resources: FixtureResource[]) => runStackPolicy(vpcCidrBlocksValid, resources);

describe("policy vpc-cidr-blocks-valid (stack)", () => {
    it("accepts a VPC with disjoint primary, secondary and extra IPv4/IPv6 blocks", async () => {
        const run = await check(
            vpc({ secondaryCidrBlocks: ["10.1.0.0/16"] }),
            fixture(T.vpcIpv4CidrBlock, "extra", { vpcId: "vpc-1", secondaryCidrBlock: "192.168.0.0/16" }),
            fixture(T.vpcIpv6CidrBlock, "v6", { vpcId: "vpc-1", ipv6CidrBlock: "2001:db8:0:100::/56" }),
        );
        assert.deepEqual(run.verdicts, []);
    });

    it("reports a block with host bits, naming where it was declared and the fix", async () => {
        const run = await check(vpc({ cidrBlock: "10.0.0.1/16" }));
        assert.deepEqual(mandatory(run).map((v) => v.message), ['VPC vpc: cidrBlock: "10.0.0.1/16" has host bits set; the block starts at 10.0.0.0/16, write that instead.']);
    });

    it("reports malformed, too large and reserved blocks, each on the resource that declared it", async () => {
        const extra = fixture(T.vpcIpv4CidrBlock, "extra", { vpcId: "vpc-1", secondaryCidrBlock: "100.64.0.0/16" });
        const run = await check(vpc({ secondaryCidrBlocks: ["10.1.0.0/33", "12.0.0.0/7"], ipv6CidrBlock: "2001:db8::1/56" }), extra);
        const messages = mandatory(run).map((v) => v.message).join("\n");
        assert.match(messages, /secondaryCidrBlocks\[0\]: "10\.1\.0\.0\/33" is not an IPv4 CIDR block/);
        assert.match(messages, /secondaryCidrBlocks\[1\]: "12\.0\.0\.0\/7" has prefix \/7/);
        assert.match(messages, /ipv6CidrBlock: "2001:db8::1\/56" has host bits set/);
        assert.match(messages, /extra .*100\.64\.0\.0\/16" overlaps the reserved block 100\.64\.0\.0\/10/);
        assert.equal(mandatory(run).find((v) => /100\.64/.test(v.message))!.urn, extra.urn);
    });

    it("reports blocks of one VPC that overlap each other", async () => {
        const extra = fixture(T.vpcIpv4CidrBlock, "extra", { vpcId: "vpc-1", secondaryCidrBlock: "10.0.128.0/17" });
        const run = await check(vpc({}), extra);
        assert.match(mandatory(run)[0].message, /extra \(Ipv4CidrBlock\) \(10\.0\.128\.0\/17\) overlaps cidrBlock \(10\.0\.0\.0\/16\)/);
    });

    it("checks the known blocks when others are unknown in preview", async () => {
        assert.equal(mandatory(await check(vpc({ cidrBlock: "10.0.0.0/33", secondaryCidrBlocks: unknown }))).length, 1);
    });
});
