import { strict as assert } from "node:assert";
import { redisRequiresPassword } from "../../policy/policies";
import { ResourceTypes as T } from "../../policy/support/resourceTypes";
import { fixture, mandatory, runResourcePolicy } from "./support/harness";

const compliant = { instanceClass: "redis.master.small.default", engineVersion: "7.0", password: "S3cret!pass", securityIps: ["172.16.1.0/24"] };
const check = (props: Record<string, unknown>) => runResourcePolicy(redisRequiresPassword, fixture(T.redisInstance, "cache", { ...compliant, ...props }));

describe("policy redis-requires-password", () => {
    it("accepts a password", async () => {
        assert.deepEqual((await check({})).verdicts, []);
    });

    it("accepts a KMS-encrypted password instead", async () => {
        assert.deepEqual((await check({ password: undefined, kmsEncryptedPassword: "KMS-blob" })).verdicts, []);
    });

    it("rejects an instance without a password", async () => {
        const run = await check({ password: undefined });
        assert.equal(mandatory(run).length, 1);
        assert.match(run.verdicts[0].message, /without authentication/);
    });

    it("rejects an empty password", async () => {
        assert.equal(mandatory(await check({ password: "" })).length, 1);
    });

    it("rejects password-free access inside the VPC", async () => {
        const run = await check({ vpcAuthMode: "Close" });
        assert.equal(mandatory(run).length, 1);
        assert.match(run.verdicts[0].message, /vpcAuthMode is Close/);
    });
});
