import { strict as assert } from "node:assert";
import { slbListenerHttps } from "../../policy/policies";
import { ResourceTypes as T } from "../../policy/support/resourceTypes";
import { fixture, runResourcePolicy } from "./support/harness";

const compliant = { loadBalancerId: "lb-1", protocol: "https", frontendPort: 443, backendPort: 80, serverCertificateId: "cert-1" };
const check = (props: Record<string, unknown>) => runResourcePolicy(slbListenerHttps, fixture(T.slbListener, "web", { ...compliant, ...props }));

describe("policy slb-listener-https (advisory)", () => {
    it("accepts an HTTPS listener", async () => {
        assert.deepEqual((await check({})).verdicts, []);
    });

    it("flags a plain HTTP listener", async () => {
        const run = await check({ protocol: "http", frontendPort: 80, serverCertificateId: undefined });
        assert.deepEqual(run.verdicts.map((v) => v.level), ["advisory"]);
        assert.match(run.verdicts[0].message, /port 80 serves plain HTTP/);
    });

    it("accepts an HTTP listener that redirects to HTTPS", async () => {
        assert.deepEqual((await check({ protocol: "http", frontendPort: 80, listenerForward: "on", forwardPort: 443 })).verdicts, []);
    });

    it("does not apply to layer-4 listeners", async () => {
        const run = await check({ protocol: "tcp", frontendPort: 5432 });
        assert.deepEqual(run.verdicts, []);
        assert.match(run.notApplicable[0], /layer 4/);
    });
});
