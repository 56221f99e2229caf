import { strict as assert } from "node:assert";
import * as pulumi from "@pulumi/pulumi";
import { AppTier, CenMesh, HaVipPair, SingleAccountCluster } from "alicloud-blueprints";
import { sshConnection } from "../../components/provision";
import { MockedRun } from "../../tools/mocks";
import { errorOf } from "../support/outputs";
import { JUMP_HOST_KEY } from "../support/hostKeys";
import { ed25519PrivateKeyState } from "../../tools/mocks/hostKeys";

const NODE_HOST_KEY = ed25519PrivateKeyState("node").publicKeyOpenssh.trim();

/**
 * Components constructed directly (not through the stack) check their raw arguments with the
 * same derived shapes: missing or null `args`, Outputs where a plain value decides what is
 * created, wrong types and unknown keys are reported plainly, before any child exists.
 */
const constructors: Array<[string, (args: any) => pulumi.ComponentResource]> = [
    ["SingleAccountCluster", (args) => new SingleAccountCluster("x", args)],
    ["HaVipPair", (args) => new HaVipPair("x", args)],
    ["CenMesh", (args) => new CenMesh("x", args)],
    ["AppTier", (args) => new AppTier("x", args)],
];

async function rejected(construct: () => unknown): Promise<{ message: string; types: string[]; resourceError: boolean }> {
    const run = new MockedRun();
    const err = errorOf(construct);
    await run.settled();
    return { message: err.message, types: run.resources.map((r) => r.type), resourceError: pulumi.ResourceError.isInstance(err) };
}

describe("components constructed directly with bad raw arguments", () => {
    for (const [name, construct] of constructors) {
        for (const args of [undefined, null]) {
            it(`${name}: args ${args} is reported, not a crash`, async () => {
                const { message, types, resourceError } = await rejected(() => construct(args));
                assert.equal(message, `${name} "x" has invalid arguments:\n  - args: is ${args === null ? "null" : "missing"}; pass an object of arguments (use {} for every default)`);
                assert.ok(resourceError);
                assert.deepEqual(types, [`alicloud-blueprints:index:${name}`]);
            });
        }
    }

    it("a list passed as an Output is reported plainly (once: `cidrs.flatMap is not a function`)", async () => {
        const { message } = await rejected(() => new SingleAccountCluster("x", { adminCidrs: pulumi.output(["198.51.100.7/32"]) as any }));
        assert.equal(
            message,
            'SingleAccountCluster "x" has invalid arguments:\n  - adminCidrs: is an Output, but this argument decides what is created, so it must be known at preview; pass a plain array',
        );
    });

    it("a number passed as an Output is reported plainly (once: Pulumi's toString warning as the message)", async () => {
        const { message } = await rejected(() => new HaVipPair("x", { nodeCount: pulumi.output(3) as any, adminCidrs: ["198.51.100.7/32"] }));
        assert.equal(message, 'HaVipPair "x" has invalid arguments:\n  - nodeCount: is an Output, but this argument decides what is created, so it must be known at preview; pass a plain number');
    });

    it("an Input argument still takes an Output (sshPublicKey)", async () => {
        const run = new MockedRun();
        new SingleAccountCluster("x", { sshPublicKey: pulumi.output("ssh-ed25519 AAAA me"), nodeCount: 1 });
        await run.settled();
        assert.ok(run.ofType("alicloud:ecs/ecsKeyPair:EcsKeyPair").length === 1);
    });

    it("a wrong type and an unknown key are reported with the settings", async () => {
        const { message } = await rejected(() => new AppTier("x", { webNodeCount: "2", eipBandwidthMbps: 5 } as any));
        assert.match(message, /^AppTier "x" has invalid arguments:\n  - webNodeCount: "2" is not a number; write 2 without quotes\n  - args: "eipBandwidthMbps" is not a setting \(did you mean "bandwidthMbps"\?\); the settings are /);
    });

    it("a jump host given as an Output is checked when it resolves", async () => {
        const connection = sshConnection({ password: "p", jumpHost: { host: pulumi.output("203.0.113.5; id"), hostKey: JUMP_HOST_KEY } }, "10.0.0.10", NODE_HOST_KEY);
        const host = pulumi.output(connection.proxy!).apply((proxy) => proxy.host) as any;
        await assert.rejects(host.promise(), /jumpHost\.host: "203\.0\.113\.5; id" is not a host/);
    });
});
