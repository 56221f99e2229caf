import { strict as assert } from "node:assert";
import * as pulumi from "@pulumi/pulumi";
import { FailoverProfile, HaVipPair, HaVipPairArgs, PublicAccess } from "alicloud-blueprints";
import { MockedRun, plainInputs, RecordedResource, secretInputPaths } from "../../tools/mocks";
import { errorOf, valueOf } from "../support/outputs";
import { parse as parseYaml } from "yaml";
import { ed25519PrivateKeyState } from "../../tools/mocks/hostKeys";
import { JUMP_HOST_KEY } from "../support/hostKeys";

const T = {
    pair: "alicloud-blueprints:index:HaVipPair",
    instance: "alicloud:ecs/instance:Instance",
    havip: "alicloud:vpc/haVipv2:HaVipv2",
    attachment: "alicloud:vpc/hAVipAttachment:HAVipAttachment",
    eip: "alicloud:ecs/eipAddress:EipAddress",
    association: "alicloud:ecs/eipAssociation:EipAssociation",
    rule: "alicloud:ecs/securityGroupRule:SecurityGroupRule",
    command: "command:remote:Command",
    password: "random:index/randomPassword:RandomPassword",
    hostKey: "tls:index/privateKey:PrivateKey",
};

async function build(args: HaVipPairArgs, name = "web") {
    const run = new MockedRun();
    const pair = new HaVipPair(name, args);
    const nodes = await valueOf(pair.nodes);
    const configs = await valueOf(pair.keepalivedConfigs);
    await run.settled();
    return { run, pair, nodes, configs };
}

const byName = (resources: RecordedResource[], name: string) => resources.find((r) => r.name === name)!;

describe("HaVipPair", () => {
    it("builds the recipe: 2 nodes, a HaVip attached to both, an EIP on the HaVip, a command per node", async () => {
        const { run, pair } = await build({ adminCidrs: ["198.51.100.7/32"] });
        assert.equal(run.ofType(T.instance).length, 2);
        assert.equal(run.ofType(T.havip).length, 1);
        assert.equal(run.ofType(T.attachment).length, 2);
        assert.equal(run.ofType(T.command).length, 2);
        const vipAssociation = byName(run.ofType(T.association), "web-vip-eip-assoc");
        assert.equal(plainInputs(vipAssociation).instanceType, "HaVip");
        assert.equal(plainInputs(vipAssociation).instanceId, await valueOf(pair.havipId));
        assert.match((await valueOf(pair.eipAddress)) ?? "", /^203\.0\.113\.\d+$/);
        const component = run.ofType(T.pair)[0];
        assert.ok(run.resources.filter((r) => r !== component).every((r) => r.parent === component.urn && r.name.startsWith("web-")));
    });

    it("attaches the HaVip to the nodes one after another", async () => {
        const { run, nodes } = await build({ nodeCount: 4, provision: false });
        const attachments = nodes.map((node) => byName(run.ofType(T.attachment), `web-havip-${node.name}`));
        assert.deepEqual(attachments.map((a) => plainInputs(a).instanceId), nodes.map((n) => n.instanceId));
        for (let i = 1; i < attachments.length; i++) {
            assert.ok(attachments[i].dependencies.includes(attachments[i - 1].urn), `attachment ${i + 1} does not wait for ${i}`);
        }
    });

    it("allows VRRP from each node's private IP only, and HTTP from the allowed blocks", async () => {
        const { run, nodes } = await build({ nodeCount: 3, allowedCidrs: ["0.0.0.0/0"], provision: false });
        const rules = run.ofType(T.rule).map(plainInputs);
        const vrrp = rules.filter((r) => r.ipProtocol === "all");
        assert.deepEqual(vrrp.map((r) => r.cidrIp).sort(), nodes.map((n) => `${n.privateIp}/32`).sort());
        const http = rules.filter((r) => r.portRange === "80/80");
        assert.deepEqual(http.map((r) => r.cidrIp), ["0.0.0.0/0"]);
        assert.equal(rules.filter((r) => r.portRange === "22/22").length, 0, "no SSH without adminCidrs");
    });

    it("renders keepalived for every node: BACKUP, distinct priorities, unicast to the peers, the HaVip as VIP", async () => {
        const { pair, nodes, configs } = await build({ nodeCount: 3, provision: false });
        const vip = await valueOf(pair.havipAddress);
        const priorities = configs.map((c) => Number(/priority (\d+)/.exec(c)![1]));
        assert.equal(new Set(priorities).size, 3);
        assert.deepEqual(priorities, [...priorities].sort((a, b) => b - a), "node1 is the preferred master");
        configs.forEach((config, i) => {
            assert.doesNotMatch(config, /state MASTER/);
            assert.match(config, new RegExp(`unicast_src_ip ${nodes[i].privateIp}\\n`));
            for (const peer of nodes.filter((_, j) => j !== i)) {
                assert.match(config, new RegExp(`unicast_peer \\{[^}]*${peer.privateIp}`));
            }
            assert.match(config, new RegExp(`${vip}/32 dev eth0`));
            assert.doesNotMatch(config, /auth_pass/);
        });
        assert.equal(await pulumi.isSecret(pair.keepalivedConfigs), false);
    });

    it("keeps a generated VRRP secret secret: configs, command input and hash", async () => {
        const { run, pair, configs } = await build({ profile: FailoverProfile.Classic, authentication: true, adminCidrs: ["198.51.100.7/32"] });
        assert.equal(await pulumi.isSecret(pair.keepalivedConfigs), true);
        const pass = /auth_pass (\S+)/.exec(configs[0])![1];
        assert.equal(pass.length, 8);
        assert.notEqual(pass, "1111");
        for (const command of run.ofType(T.command)) {
            const secret = secretInputPaths(command);
            assert.ok(secret.includes("stdin"), `stdin of ${command.name} is not secret: ${secret}`);
        }
    });

    it("runs Standard as VRRPv3 every 0.5 s, 5 missed; Fast every 0.2 s, 6 missed; Classic as VRRPv2", async () => {
        const timing = async (profile: FailoverProfile) => /version (\d)\n\s+advert_int ([\d.]+)\n\s+down_timer_adverts (\d+)/.exec((await build({ profile, provision: false })).configs[0])!.slice(1);
        assert.deepEqual(await timing(FailoverProfile.Standard), ["3", "0.5", "5"]);
        assert.deepEqual(await timing(FailoverProfile.Fast), ["3", "0.2", "6"]);
        assert.deepEqual(await timing(FailoverProfile.Classic), ["2", "1", "3"]);
    });

    it("connects each command to its node's EIP with the secret password, after the VIP and SSH exist", async () => {
        const { run, nodes } = await build({ adminCidrs: ["198.51.100.7/32"] });
        for (const node of nodes) {
            const command = byName(run.ofType(T.command), `web-provision-${node.name}`);
            const inputs = plainInputs(command);
            assert.equal(inputs.connection.host, node.publicIp);
            assert.match(inputs.stdin, /^#!\/usr\/bin\/env bash|^#!\/bin\/bash/);
            assert.equal(inputs.triggers.length, 1);
            const attachments = run.ofType(T.attachment).map((a) => a.urn);
            assert.ok(attachments.every((urn) => command.dependencies.includes(urn)), "provisioning does not wait for the HaVip attachments");
            const ssh = run.ofType(T.rule).find((r) => plainInputs(r).portRange === "22/22")!;
            assert.ok(command.dependencies.includes(ssh.urn), "provisioning does not wait for the SSH rule");
        }
        assert.deepEqual(secretInputPaths(run.ofType(T.command)[0]).filter((p) => p.startsWith("connection")), ["connection"]);
    });

    it("generates each node's host key, installs it through first-boot user data, and pins it in the node's command", async () => {
        const { run, nodes } = await build({ nodeCount: 3, adminCidrs: ["198.51.100.7/32"] });
        const keys = run.ofType(T.hostKey);
        assert.deepEqual(keys.map((k) => k.name).sort(), nodes.map((n) => `web-${n.name}-host-key`).sort());
        for (const node of nodes) {
            const key = byName(keys, `web-${node.name}-host-key`);
            assert.equal(plainInputs(key).algorithm, "ED25519");
            const expected = ed25519PrivateKeyState(key.id!);
            const instance = byName(run.ofType(T.instance), `web-${node.name}`);
            assert.ok(secretInputPaths(instance).includes("userData"), "user data holds the private key: it must be secret");
            assert.deepEqual(instance.options.ignoreChanges, ["userData"], "a user-data change stops and starts the ECS and is never re-read");
            const cloudConfig = Buffer.from(plainInputs(instance).userData, "base64").toString("utf8");
            assert.match(cloudConfig, /^#cloud-config\n/);
            const parsed = parseYaml(cloudConfig);
            assert.equal(parsed.ssh_deletekeys, true);
            assert.equal(parsed.ssh_keys.ed25519_private, expected.privateKeyOpenssh);
            assert.equal(parsed.ssh_keys.ed25519_public, expected.publicKeyOpenssh.trim());
            const command = plainInputs(byName(run.ofType(T.command), `web-provision-${node.name}`));
            assert.equal(command.connection.hostKey, expected.publicKeyOpenssh.trim());
        }
    });

    it("needs the jump host's host key", async () => {
        const run = new MockedRun();
        const err = errorOf(() => new HaVipPair("bad", { publicAccess: PublicAccess.None, jumpHost: { host: "203.0.113.200" } as never, adminCidrs: ["172.16.0.0/24"] }));
        await run.settled();
        assert.match(err.message, /jumpHost\.hostKey: is required and not set/);
    });

    it("goes through a jump host to private IPs when the nodes have no EIP", async () => {
        const { run, nodes } = await build({ publicAccess: PublicAccess.None, jumpHost: { host: "203.0.113.200", hostKey: JUMP_HOST_KEY }, adminCidrs: ["172.16.0.0/24"] });
        assert.equal(run.ofType(T.eip).length, 1, "only the HaVip's EIP");
        for (const node of nodes) {
            const inputs = plainInputs(byName(run.ofType(T.command), `web-provision-${node.name}`));
            assert.equal(inputs.connection.host, node.privateIp);
            assert.equal(inputs.connection.proxy.host, "203.0.113.200");
            assert.equal(inputs.connection.proxy.hostKey, JUMP_HOST_KEY);
        }
    });

    it("uses a fixed HaVip address inside a new vSwitch, and creates the HaVip before the nodes", async () => {
        const { pair, run } = await build({ vpcCidr: "10.8.0.0/16", havipAddress: "10.8.0.252", provision: false });
        assert.equal(await valueOf(pair.havipAddress), "10.8.0.252");
        const havip = run.ofType(T.havip)[0];
        for (const node of run.ofType(T.instance)) {
            assert.deepEqual(node.options.dependsOn, [havip.urn], `${node.name} does not wait for the HaVip`);
        }
    });

    it("lets the HaVip and the nodes be created in parallel when the address is the cloud's pick", async () => {
        const { run } = await build({ provision: false });
        assert.ok(run.ofType(T.instance).every((node) => node.options.dependsOn.length === 0));
    });

    const bad: Array<{ case: string; args: HaVipPairArgs; problem: string }> = [
        { case: "one node", args: { nodeCount: 1 }, problem: "nodeCount: 1 is out of range; use a whole number from 2 to 10" },
        { case: "eleven nodes", args: { nodeCount: 11 }, problem: "nodeCount: 11 is out of range; use a whole number from 2 to 10" },
        {
            case: "authentication with VRRPv3",
            args: { authentication: true, profile: FailoverProfile.Fast },
            problem: "authentication: needs VRRPv2, but profile Fast runs VRRPv3, which has no authentication; use profile Classic or turn authentication off",
        },
        { case: "router id 0", args: { virtualRouterId: 0 }, problem: "virtualRouterId: 0 is out of range; use a whole number from 1 to 255" },
        {
            case: "HaVip address outside the vSwitch",
            args: { vpcCidr: "10.8.0.0/16", havipAddress: "10.9.0.5" },
            problem: 'havipAddress: "10.9.0.5" is outside the vSwitch block 10.8.0.0/24; choose a host address inside it or leave havipAddress unset',
        },
        ...["10.8.0.0", "10.8.0.253", "10.8.0.254", "10.8.0.255"].map((address) => ({
            case: `HaVip address ${address}, which the vSwitch keeps`,
            args: { vpcCidr: "10.8.0.0/16", havipAddress: address },
            problem: `havipAddress: "${address}" is reserved in the vSwitch block 10.8.0.0/24 (Alibaba Cloud keeps its first and last three addresses); choose another address inside it or leave havipAddress unset`,
        })),
        {
            case: "no way in for provisioning",
            args: { publicAccess: PublicAccess.None },
            problem: "publicAccess: None leaves the provisioning commands no way to the nodes; set jumpHost, publicAccess: Eip, or provision: false",
        },
        {
            case: "key login without the private key",
            args: { passwordLogin: false, sshPublicKey: "ssh-ed25519 AAAA test" },
            problem: "sshPrivateKey: not set, and passwordLogin is false, so the provisioning commands cannot log in; set sshPrivateKey (matching sshPublicKey) or passwordLogin: true",
        },
        { case: "nopreempt with a delay", args: { nopreempt: true, preemptDelaySeconds: 30 }, problem: "preemptDelaySeconds: 30 has no effect with nopreempt: true; remove one of them" },
    ];
    for (const row of bad) {
        it(`rejects ${row.case} before creating any child`, async () => {
            const run = new MockedRun();
            const err = errorOf(() => new HaVipPair("bad", { adminCidrs: ["198.51.100.7/32"], ...row.args }));
            await run.settled();
            assert.equal(err.message, `HaVipPair "bad" has invalid arguments:\n  - ${row.problem}`);
            assert.deepEqual(run.resources.map((r) => r.type), [T.pair]);
        });
    }
});
