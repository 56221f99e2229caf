import { strict as assert } from "node:assert";
import { databaseNoPublicEndpoint } from "../../policy/policies";
import { ResourceTypes as T } from "../../policy/support/resourceTypes";
import { fixture, runResourcePolicy } from "./support/harness";

const check = (type: string, props: Record<string, unknown>) => runResourcePolicy(databaseNoPublicEndpoint, fixture(type, "x", props));

describe("policy database-no-public-endpoint (advisory)", () => {
    it("accepts RDS and Redis instances reached inside the VPC", async () => {
        assert.deepEqual((await check(T.redisInstance, { password: "S3cret!pass" })).verdicts, []);
        assert.deepEqual((await check(T.redisInstance, { password: "S3cret!pass", enablePublic: false })).verdicts, []);
        const rds = await check(T.rdsInstance, { engine: "MySQL" });
        assert.deepEqual(rds.verdicts, []);
        assert.equal(rds.notApplicable.length, 1);
    });

    it("flags a Redis instance with enablePublic", async () => {
        const run = await check(T.redisInstance, { enablePublic: true });
        assert.deepEqual(run.verdicts.map((v) => v.level), ["advisory"]);
        assert.match(run.verdicts[0].message, /enablePublic is true, which opens a public connection string/);
    });

    for (const type of [T.redisConnection, T.rdsConnection, T.rdsDbProxyPublic, T.rdsEndpointAddress]) {
        it(`flags ${type}: creating it publishes the database`, async () => {
            const run = await check(type, { connectionStringPrefix: "shop" });
            assert.deepEqual(run.verdicts.map((v) => v.level), ["advisory"]);
        });
    }
});
