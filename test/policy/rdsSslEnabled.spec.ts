import { strict as assert } from "node:assert";
import { rdsSslEnabled } from "../../policy/policies";
import { ResourceTypes as T } from "../../policy/support/resourceTypes";
import { fixture, runResourcePolicy } from "./support/harness";

const compliant = { engine: "MySQL", engineVersion: "8.0", instanceType: "mysql.n2.medium.2c", instanceStorage: 20, sslAction: "Open" };
const check = (props: Record<string, unknown>) => runResourcePolicy(rdsSslEnabled, fixture(T.rdsInstance, "db", { ...compliant, ...props }));

describe("policy rds-ssl-enabled (advisory)", () => {
    it("accepts SSL turned on", async () => {
        assert.deepEqual((await check({})).verdicts, []);
        assert.deepEqual((await check({ sslAction: "Update" })).verdicts, []);
    });

    it("flags SSL left off, at the advisory level", async () => {
        for (const sslAction of [undefined, "Close"]) {
            const run = await check({ sslAction });
            assert.deepEqual(run.verdicts.map((v) => v.level), ["advisory"], String(sslAction));
            assert.match(run.verdicts[0].message, /sslAction is/);
        }
    });
});
