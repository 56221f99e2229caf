import { strict as assert } from "node:assert";
import { redisWhitelistNoPublic } from "../../policy/policies";
import { ResourceTypes as T } from "../../policy/support/resourceTypes";
import { fixture, mandatory, runResourcePolicy } from "./support/harness";

const compliant = { instanceClass: "redis.master.small.default", engineVersion: "7.0", password: "S3cret!pass", securityIps: ["172.16.1.0/24"] };
const check = (props: Record<string, unknown>) => runResourcePolicy(redisWhitelistNoPublic, fixture(T.redisInstance, "cache", { ...compliant, ...props }));

describe("policy redis-whitelist-no-public", () => {
    it("accepts a whitelist of private blocks", async () => {
        assert.deepEqual((await check({})).verdicts, []);
    });

    it("rejects 0.0.0.0/0", async () => {
        const run = await check({ securityIps: ["0.0.0.0/0"] });
        assert.equal(mandatory(run).length, 1);
        assert.match(run.verdicts[0].message, /admits every address/);
    });

    it("accepts a /1 (not the world)", async () => {
        assert.deepEqual((await check({ securityIps: ["0.0.0.0/1"] })).verdicts, []);
    });
});
