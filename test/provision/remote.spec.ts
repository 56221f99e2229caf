import { strict as assert } from "node:assert";
import * as pulumi from "@pulumi/pulumi";
import * as random from "@pulumi/random";
import { FailoverProfile, provisionNodes, ProvisionNodesArgs, validateProvisionNodesArgs } from "../../components/provision";
import { MockedRun, plainInputs, secretInputPaths } from "../../tools/mocks";
import { ed25519PrivateKeyState } from "../../tools/mocks/hostKeys";
import { JUMP_HOST_KEY } from "../support/hostKeys";

const COMMAND = "command:remote:Command";

class Holder extends pulumi.ComponentResource {
    constructor(name: string) {
        super("alicloud-blueprints:index:TestHolder", name);
    }
}

const hostKey = (node: string) => ed25519PrivateKeyState(node).publicKeyOpenssh.trim();
const nodes = [
    { name: "node1", privateIp: "172.16.0.11", publicIp: "198.51.100.11", hostKey: hostKey("node1") },
    { name: "node2", privateIp: "172.16.0.12", publicIp: "198.51.100.12", hostKey: hostKey("node2") },
    { name: "node3", privateIp: "172.16.0.13", publicIp: "198.51.100.13", hostKey: hostKey("node3") },
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
    it("chains one command per node: lowest priority first, the preferred master last, each waiting for the one before", async () => {
        const { commands, holder } = await provision(args());
        assert.deepEqual(commands.map((c) => c.name), ["ha-provision-node3", "ha-provision-node2", "ha-provision-node1"], "registration order");
        for (const c of commands) {
            assert.equal(c.parent, holder.urn);
        }
        const byName = (n: string) => commands.find((c) => c.name === `ha-provision-${n}`)!;
        const commandDeps = (n: string) => byName(n).dependencies.filter((d) => commands.some((c) => c.urn === d));
        assert.deepEqual(commandDeps("node3"), [], "the lowest priority node goes first");
        assert.deepEqual(commandDeps("node2"), [byName("node3").urn]);
        assert.deepEqual(commandDeps("node1"), [byName("node2").urn], "the preferred master goes last, after every backup");
    });

    it("keeps the caller's dependsOn on every command of the chain", async () => {
        const run = new MockedRun();
        const holder = new Holder("ha");
        const gate = new random.RandomPassword("gate", { length: 8 });
        provisionNodes("ha", args(), holder, { dependsOn: gate });
        await run.settled();
        const gateUrn = run.ofType("random:index/randomPassword:RandomPassword")[0].urn;
        for (const c of run.ofType(COMMAND)) {
            assert.ok(c.dependencies.includes(gateUrn), `${c.name} does not wait for the caller's dependency`);
        }
    });

    it("pins every node's host key, and the jump host's, in the connections", async () => {
        const direct = await provision(args());
        for (const [i, c] of direct.commands.entries()) {
            assert.equal(plainInputs(c).connection.hostKey, nodes[2 - i].hostKey);
        }
        const viaJump = await provision(args({ login: { password: "pw", jumpHost: { host: "203.0.113.5", hostKey: JUMP_HOST_KEY } } }));
        for (const c of viaJump.commands) {
            assert.equal(plainInputs(c).connection.proxy.hostKey, JUMP_HOST_KEY);
            assert.match(plainInputs(c).connection.hostKey, /^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI/);
        }
    });

    it("refuses a node or a jump host without a host key", () => {
        const problems = validateProvisionNodesArgs(args({
            nodes: [{ ...nodes[0], hostKey: undefined as unknown as string }, nodes[1]],
            login: { password: "pw", jumpHost: { host: "203.0.113.5" } as never },
        }));
        assert.deepEqual(problems, [
            "nodes: node1: hostKey: not set; pin the machine's SSH host public key (ssh-ed25519 AAAA...), generated in the program or read on the host itself, so no connection trusts whoever answers",
            "login.jumpHost.hostKey: not set; pin the machine's SSH host public key (ssh-ed25519 AAAA...), generated in the program or read on the host itself, so no connection trusts whoever answers",
        ]);
    });

    it("connects to the public IP as root with the key as a secret and runs the script from stdin", async () => {
        const { commands } = await provision(args());
        const inputs = plainInputs(commands.find((c) => c.name === "ha-provision-node1")!);
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
            nodes: nodes.map(({ name, privateIp, hostKey }) => ({ name, privateIp, hostKey })),
            login: { user: "ecs-user", password: "pw", jumpHost: { host: "203.0.113.5", hostKey: JUMP_HOST_KEY } },
        }));
        const inputs = plainInputs(commands.find((c) => c.name === "ha-provision-node2")!);
        assert.equal(inputs.connection.host, "172.16.0.12");
        assert.equal(inputs.connection.proxy.host, "203.0.113.5");
        assert.equal(inputs.connection.proxy.user, "root");
        assert.equal(inputs.create, "sudo -n bash -s");
        assert.deepEqual(secretInputPaths(commands[0]), ["connection"]);
        assert.equal(inputs.connection.password, "pw");
        assert.equal(inputs.connection.proxy.password, "pw", "the jump host defaults to the nodes' credentials");
    });

    it("keeps the script and the trigger hash secret when they hold the auth secret", async () => {
        const { commands } = await provision(args({ profile: FailoverProfile.Classic, authPass: "Zq8xY2ab" }));
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
            nodes: [{ name: "only", privateIp: "172.16.0.11", hostKey: hostKey("only") }],
            profile: FailoverProfile.Fast,
            authPass: pulumi.secret("x"),
            login: {},
        }));
        assert.deepEqual(problems, [
            "nodes: 1 nodes given; use 2 to 10 nodes (a HaVip serves up to 10 ECS)",
            "authPass: needs VRRPv2, but profile Fast runs VRRPv3, which has no authentication; use profile Classic or turn authPass off",
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
