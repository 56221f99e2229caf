import { strict as assert } from "node:assert";
import { rdsWhitelistNoPublic } from "../../policy/policies";
import { ResourceTypes as T } from "../../policy/support/resourceTypes";
import { fixture, mandatory, runResourcePolicy, unknown } from "./support/harness";

const compliant = { engine: "MySQL", engineVersion: "8.0", instanceType: "mysql.n2.medium.2c", instanceStorage: 20, securityIps: ["172.16.0.0/24"] };
const check = (props: Record<string, unknown>) => runResourcePolicy(rdsWhitelistNoPublic, fixture(T.rdsInstance, "db", { ...compliant, ...props }));

describe("policy rds-whitelist-no-public", () => {
    it("accepts a whitelist of private blocks", async () => {
        assert.deepEqual((await check({})).verdicts, []);
    });

    it("accepts an unset whitelist (the default admits only 127.0.0.1)", async () => {
        assert.deepEqual((await check({ securityIps: undefined })).verdicts, []);
    });

    it("rejects 0.0.0.0/0", async () => {
        const run = await check({ securityIps: ["172.16.0.0/24", "0.0.0.0/0"] });
        assert.equal(mandatory(run).length, 1);
        assert.match(run.verdicts[0].message, /0\.0\.0\.0\/0/);
    });

    it("finds 0.0.0.0/0 inside a comma-separated entry", async () => {
        assert.equal(mandatory(await check({ securityIps: ["10.0.0.1,0.0.0.0/0"] })).length, 1);
    });

    it("does not apply to Redis", async () => {
        const run = await runResourcePolicy(rdsWhitelistNoPublic, fixture(T.redisInstance, "cache", { securityIps: ["0.0.0.0/0"] }));
        assert.deepEqual(run.verdicts, []);
    });

    it("skips an unknown whitelist with an advisory note", async () => {
        assert.deepEqual((await check({ securityIps: unknown })).verdicts.map((v) => v.level), ["advisory"]);
    });
});
