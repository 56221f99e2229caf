import { strict as assert } from "node:assert";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { MockedRun } from "../../tools/mocks";
import { planStack } from "../../tools/plan/planStack";
import { readProjectFile, readStackConfigFile } from "../../tools/plan/stackConfig";
import { readStackConfig } from "../../stacks/config";
import { ExampleValuesError, exampleValueProblems, isDocumentationAddress, isOfflinePlan, refuseExampleValues } from "../../stacks/exampleValues";
import { projectDir } from "../support/planFiles";

/** A shipped stack's config, read as the program reads it. */
async function shippedConfig(stack: string) {
    const values = readStackConfigFile(readProjectFile(projectDir), path.join(projectDir, `Pulumi.${stack}.yaml`));
    const run = new MockedRun({ config: values.values, secretConfigKeys: values.secretKeys });
    const config = readStackConfig();
    await run.settled();
    return config;
}

describe("example values and a real preview", () => {
    it("knows the documentation blocks of RFC 5737 and RFC 3849, and nothing else", () => {
        for (const doc of ["192.0.2.1", "198.51.100.7/32", "203.0.113.0/24", "2001:db8::1", "2001:db8:1::/48"]) {
            assert.ok(isDocumentationAddress(doc), doc);
        }
        for (const real of ["0.0.0.0/0", "8.8.8.8/32", "198.51.101.0/24", "198.51.0.0/16", "10.0.0.0/8", "2001:4860::8888", "not an address"]) {
            assert.ok(!isDocumentationAddress(real), real);
        }
    });

    it("stops the real preview of the shipped ha stack, naming the key and how to set it", async () => {
        const config = await shippedConfig("ha");
        assert.throws(() => refuseExampleValues(config, false), (err: unknown) => {
            assert.ok(err instanceof ExampleValuesError && err instanceof pulumi.RunError);
            assert.equal(
                (err as Error).message,
                "this stack still holds example values, which cannot work against the real cloud; set them first (the offline plan, npm run plan, accepts them):\n" +
                    "  - alicloud-blueprints:havipPair.adminCidrs[0]: 198.51.100.7/32 is a documentation address; SSH from it never reaches the nodes, so provisioning times out. " +
                    `Set yours: pulumi config set --path 'alicloud-blueprints:havipPair.adminCidrs[0]' "$(curl -s https://ifconfig.me)/32"`,
            );
            return true;
        });
    });

    it("stops the real preview of the shipped mesh stack on its placeholder account ids and example SSH block", async () => {
        const problems = exampleValueProblems(await shippedConfig("mesh"));
        assert.equal(problems.length, 5);
        assert.match(problems[0], /^alicloud-blueprints:cenMesh\.adminCidrs\[0\]: 198\.51\.100\.7\/32 is a documentation address/);
        problems.slice(1).forEach((problem, i) => {
            assert.equal(
                problem,
                `alicloud-blueprints:cenMesh.accounts[${i}].accountId: "100000000000000${i + 1}" is a placeholder, so assuming a role in it fails (AssumeRole: no such account). ` +
                    `Set the account's UID: pulumi config set --path 'alicloud-blueprints:cenMesh.accounts[${i}].accountId' <its 16-digit UID>`,
            );
        });
    });

    it("lets real values through, and the shipped dev and prod stacks hold no example value", async () => {
        const real = {
            region: "cn-hangzhou",
            blueprints: { cenMesh: { adminCidrs: ["8.8.4.0/24"], accounts: [{ name: "a", accountId: "1527394817265513" }, { name: "b", accountId: "5810274918302847" }] } },
        };
        assert.deepEqual(exampleValueProblems(real), []);
        assert.equal(refuseExampleValues(real, false), real);
        assert.deepEqual(exampleValueProblems(await shippedConfig("dev")), []);
        assert.deepEqual(exampleValueProblems(await shippedConfig("prod")), []);
    });

    it("is off under the mocks, so the offline plan keeps planning the shipped examples", async () => {
        const run = new MockedRun();
        assert.equal(isOfflinePlan(), true);
        await run.settled();
        const { resources } = await planStack({ projectDir, stack: "ha", program: path.join(projectDir, "stacks/index.ts") });
        assert.ok(resources.length > 1);
    });

    it("is on against a real engine (a monitor that is not the mock one)", () => {
        pulumi.runtime.resetOptions("project", "stack", -1, "", "127.0.0.1:1", true, "");
        try {
            assert.equal(isOfflinePlan(), false);
        } finally {
            // The next MockedRun installs its mocks again.
            pulumi.runtime.resetOptions("project", "stack", -1, "", "", true, "");
        }
    });
});
