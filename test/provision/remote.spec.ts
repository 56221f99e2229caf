import { strict as assert } from "node:assert";
import * as pulumi from "@pulumi/pulumi";
import { FailoverProfile, provisionNodes, ProvisionNodesArgs, validateProvisionNodesArgs } from "../../components/provision";
import { MockedRun, plainInputs, secretInputPaths } from "../../tools/mocks";

const COMMAND = "command:remote:Command";

class Holder extends pulumi.ComponentResource {
    constructor(name: string) {
        super("alicloud-blueprints:index:TestHolder", name);
    }
}

const nodes = [
    { name: "node1", privateIp: "172.16.0.11", publicIp: "198.51.100.11" },
    { name: "node2", privateIp: "172.16.0.12", publicIp: "198.51.100.12" },
];

function args(change: Partial<ProvisionNodesArgs> = {}): ProvisionNodesArgs {
    return { nodes, vip: "172.16.0.100", login: { privateKey: "-----BEGIN KEY-----" }, ...change };
}

async function provision(a: ProvisionNodesArgs) {
    const run = new MockedRun();
    const holder = new Holder("ha");
    provisionNodes("ha", a, holder);
    await run.settled();
    return { run, commands: run.ofType(COMMAND), holder: run.ofType("alicloud-blueprints:index:TestHolder")[0] };
}

describe("provisionNodes", () => {
    it("creates one command per node, parented, named after the node, with no ordering between them", async () => {
        const { commands, holder } = await provision(args());
        assert.deepEqual(commands.map((c) => c.name), ["ha-provision-node1", "ha-provision-node2"]);
        for (const c of commands) {
            assert.equal(c.parent, holder.urn);
            assert.ok(c.dependencies.every((d) => !commands.some((other) => other.urn === d)), "a command depends on another");
        }
    });

    it("connects to the public IP as root with the key as a secret and runs the script from stdin", async () => {
        const { commands } = await provision(args());
        const inputs = plainInputs(commands[0]);
        assert.equal(inputs.connection.host, "198.51.100.11");
        assert.equal(inputs.connection.user, "root");
        assert.equal(inputs.create, "bash -s");
        assert.match(inputs.stdin, /^#!\/usr\/bin\/env bash\n/);
        assert.match(inputs.stdin, /unicast_src_ip 172\.16\.0\.11/);
        assert.equal(inputs.logging, "stdoutAndStderr");
        assert.match(inputs.triggers[0], /^[0-9a-f]{64}$/);
        // The SDK marks the whole connection secret when a nested value (the key) is secret.
        assert.deepEqual(secretInputPaths(commands[0]), ["connection"], "only the connection is secret without auth");
    });

    it("reaches private IPs through the jump host and uses sudo for a non-root user", async () => {
        const { commands } = await provision(args({
            nodes: nodes.map(({ name, privateIp }) => ({ name, privateIp })),
            login: { user: "ecs-user", password: "pw", jumpHost: { host: "203.0.113.5" } },
        }));
        const inputs = plainInputs(commands[1]);
        assert.equal(inputs.connection.host, "172.16.0.12");
        assert.equal(inputs.connection.proxy.host, "203.0.113.5");
        assert.equal(inputs.connection.proxy.user, "root");
        assert.equal(inputs.create, "sudo -n bash -s");
        assert.deepEqual(secretInputPaths(commands[1]), ["connection"]);
        assert.equal(inputs.connection.password, "pw");
        assert.equal(inputs.connection.proxy.password, "pw", "the jump host defaults to the nodes' credentials");
    });

    it("keeps the script and the trigger hash secret when they hold the auth secret", async () => {
        const { commands } = await provision(args({ authPass: "Zq8xY2ab" }));
        for (const c of commands) {
            const paths = secretInputPaths(c);
            assert.ok(paths.includes("stdin"), `stdin not secret: ${paths}`);
            assert.ok(paths.some((p) => p.startsWith("triggers")), `triggers not secret: ${paths}`);
            assert.match(plainInputs(c).stdin, /auth_pass Zq8xY2ab/);
        }
    });

    it("changes the trigger only when the rendered content changes", async () => {
        const first = plainInputs((await provision(args())).commands[0]).triggers[0];
        const same = plainInputs((await provision(args())).commands[0]).triggers[0];
        const changed = plainInputs((await provision(args({ profile: FailoverProfile.Fast }))).commands[0]).triggers[0];
        assert.equal(same, first);
        assert.notEqual(changed, first);
    });

    it("rejects bad plan-time arguments before creating anything, naming each problem", () => {
        const problems = validateProvisionNodesArgs(args({
            nodes: [{ name: "only", privateIp: "172.16.0.11" }],
            profile: FailoverProfile.Fast,
            authPass: pulumi.secret("x"),
            login: {},
        }));
        assert.deepEqual(problems, [
            "nodes: 1 nodes given; use 2 to 10 nodes (a HaVip serves up to 10 ECS)",
            "authPass: needs VRRPv2, but profile Fast runs VRRPv3, which has no authentication; use profile Standard or turn authPass off",
            "login: has neither privateKey nor password; pass one from secret config or the generated node password",
            "nodes: only has no publicIp and login.jumpHost is not set; give the node an EIP or set a jump host",
        ]);
        assert.throws(() => provisionNodes("x", args({ virtualRouterId: 300 }), new Holder("h")),
            /provisioning has invalid arguments:\n  - virtualRouterId: 300 is out of range; use a whole number from 1 to 255/);
    });

    it("rejects duplicate node names", () => {
        const problems = validateProvisionNodesArgs(args({ nodes: [nodes[0], { ...nodes[1], name: "node1" }] }));
        assert.deepEqual(problems, ["nodes: the name node1 is repeated; give every node its own name"]);
    });
});
