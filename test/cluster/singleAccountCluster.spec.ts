import { strict as assert } from "node:assert";
import * as pulumi from "@pulumi/pulumi";
import { NodeImage, PublicAccess, SingleAccountCluster, SingleAccountClusterArgs } from "alicloud-blueprints";
import { contains, parseCidr } from "../../components/network";
import { MockedRun, plainInputs, secretInputPaths } from "../../tools/mocks";
import { errorOf, valueOf } from "../support/outputs";

const T = {
    cluster: "alicloud-blueprints:index:SingleAccountCluster",
    vpc: "alicloud:vpc/network:Network",
    vswitch: "alicloud:vpc/switch:Switch",
    group: "alicloud:ecs/securityGroup:SecurityGroup",
    rule: "alicloud:ecs/securityGroupRule:SecurityGroupRule",
    instance: "alicloud:ecs/instance:Instance",
    eip: "alicloud:ecs/eipAddress:EipAddress",
    association: "alicloud:ecs/eipAssociation:EipAssociation",
    keyPair: "alicloud:ecs/ecsKeyPair:EcsKeyPair",
    password: "random:index/randomPassword:RandomPassword",
};

async function build(args: SingleAccountClusterArgs, name = "dev") {
    const run = new MockedRun();
    const cluster = new SingleAccountCluster(name, args);
    const nodes = await valueOf(cluster.nodes);
    await run.settled();
    return { run, cluster, nodes };
}

describe("SingleAccountCluster", () => {
    it("builds the recipe by default: 4 nodes, one VPC, vSwitch and group, an EIP and association each", async () => {
        const { run, nodes } = await build({});
        assert.equal(run.ofType(T.instance).length, 4);
        assert.equal(run.ofType(T.eip).length, 4);
        assert.equal(run.ofType(T.association).length, 4);
        assert.equal(run.ofType(T.vpc).length, 1);
        assert.equal(run.ofType(T.vswitch).length, 1);
        assert.equal(run.ofType(T.group).length, 1);
        assert.equal(run.ofType(T.rule).length, 0, "no SSH rule without adminCidrs");
        assert.deepEqual(nodes.map((n) => n.name), ["node1", "node2", "node3", "node4"]);
    });

    it("parents every child to the component and derives child names from its name", async () => {
        const { run } = await build({ nodeCount: 2 }, "blue");
        const component = run.ofType(T.cluster)[0];
        const children = run.resources.filter((r) => r !== component);
        assert.ok(children.length > 0);
        for (const child of children) {
            assert.equal(child.parent, component.urn, `${child.type} ${child.name} is not parented to the cluster`);
            assert.ok(child.name.startsWith("blue-"), `${child.name} is not derived from the component name`);
        }
    });

    it("never assigns a public IP through bandwidth; EIPs are bound by association to the nodes", async () => {
        const { run, nodes } = await build({ nodeCount: 3 });
        for (const instance of run.ofType(T.instance)) {
            const inputs = plainInputs(instance);
            assert.equal(inputs.internetMaxBandwidthOut, 0);
            assert.notEqual(inputs.allocatePublicIp, true);
        }
        const instanceIds = nodes.map((n) => n.instanceId).sort();
        const associated = run.ofType(T.association).map((a) => plainInputs(a).instanceId).sort();
        assert.deepEqual(associated, instanceIds);
        for (const node of nodes) {
            assert.match(node.publicIp ?? "", /^203\.0\.113\.\d+$/);
        }
    });

    it("picks the cheapest burstable type with at least 1 GiB, a zone selling it and the newest Ubuntu 22.04", async () => {
        const { run, cluster } = await build({ nodeCount: 1 });
        const instance = plainInputs(run.ofType(T.instance)[0]);
        assert.equal(instance.instanceType, "ecs.t6-c2m1.large");
        assert.equal(instance.creditSpecification, "Standard");
        assert.equal(instance.imageId, "ubuntu_22_04_x64_20G_alibase_20240926.vhd");
        assert.equal(instance.instanceChargeType, "PostPaid");
        assert.equal(await valueOf(cluster.zoneId), "cn-hangzhou-i");
        assert.equal(plainInputs(run.ofType(T.vswitch)[0]).zoneId, "cn-hangzhou-i");
    });

    it("uses pinned type, zone and image as given", async () => {
        const { run } = await build({ nodeCount: 1, instanceType: "ecs.g7.large", zoneId: "cn-hangzhou-k", imageId: "m-custom" });
        const instance = plainInputs(run.ofType(T.instance)[0]);
        assert.equal(instance.instanceType, "ecs.g7.large");
        assert.equal(instance.creditSpecification, undefined, "only burstable types take a credit mode");
        assert.equal(instance.imageId, "m-custom");
        assert.equal(plainInputs(run.ofType(T.vswitch)[0]).zoneId, "cn-hangzhou-k");
    });

    it("looks up Alibaba Cloud Linux 3 when asked", async () => {
        const { run } = await build({ nodeCount: 1, image: NodeImage.AlibabaCloudLinux3 });
        assert.match(plainInputs(run.ofType(T.instance)[0]).imageId, /^aliyun_3_x64/);
    });

    it("puts private IPs inside the vSwitch, which is the first /24 of the VPC by default", async () => {
        const { run, nodes } = await build({ vpcCidr: "10.20.0.0/16" });
        assert.equal(plainInputs(run.ofType(T.vswitch)[0]).cidrBlock, "10.20.0.0/24");
        for (const node of nodes) {
            assert.ok(contains(parseCidr("10.20.0.0/24"), parseCidr(`${node.privateIp}/32`)), node.privateIp);
        }
        assert.equal(new Set(nodes.map((n) => n.privateIp)).size, nodes.length);
    });

    it("keeps the generated password secret, in its output and in every instance's inputs", async () => {
        const { run, cluster } = await build({ nodeCount: 2 });
        assert.equal(await pulumi.isSecret(cluster.password), true);
        assert.equal(run.ofType(T.password).length, 1);
        for (const instance of run.ofType(T.instance)) {
            assert.deepEqual(secretInputPaths(instance), ["password"]);
        }
    });

    it("installs an SSH key pair and drops the password when password login is off", async () => {
        const { run, cluster } = await build({ nodeCount: 2, passwordLogin: false, sshPublicKey: "ssh-ed25519 AAAAC3Nz test@example" });
        assert.equal(run.ofType(T.password).length, 0);
        assert.equal(run.ofType(T.keyPair).length, 1);
        for (const instance of run.ofType(T.instance)) {
            const inputs = plainInputs(instance);
            assert.equal(inputs.keyName, "dev-key");
            assert.equal(inputs.password, undefined);
        }
        assert.equal(await valueOf(cluster.password), undefined);
        assert.match(await valueOf(cluster.sshConfig), /IdentityFile ~\/\.ssh\/id_ed25519/);
    });

    it("opens SSH only to the admin blocks, one rule each", async () => {
        const { run } = await build({ nodeCount: 1, adminCidrs: ["198.51.100.7/32", "192.0.2.0/28"] });
        const rules = run.ofType(T.rule).map(plainInputs);
        assert.deepEqual(rules.map((r) => r.cidrIp), ["198.51.100.7/32", "192.0.2.0/28"]);
        for (const rule of rules) {
            assert.equal(rule.portRange, "22/22");
            assert.equal(rule.type, "ingress");
        }
        assert.equal(plainInputs(run.ofType(T.group)[0]).innerAccessPolicy, "Accept");
    });

    it("creates no EIP with public access None and reports private addresses", async () => {
        const { run, nodes, cluster } = await build({ nodeCount: 2, publicAccess: PublicAccess.None });
        assert.equal(run.ofType(T.eip).length, 0);
        assert.equal(run.ofType(T.association).length, 0);
        assert.ok(nodes.every((n) => n.publicIp === undefined));
        assert.match(await valueOf(cluster.hostsFile), new RegExp(`^${nodes[0].privateIp.replace(/\./g, "\\.")}\\s+node1$`, "m"));
    });

    it("uses an existing vSwitch, its VPC and its zone, and creates no network", async () => {
        const run = new MockedRun();
        run.mocks.addExistingVswitch({ id: "vsw-existing", vpcId: "vpc-existing", cidrBlock: "192.168.5.0/24", zoneId: "cn-hangzhou-j" });
        const cluster = new SingleAccountCluster("reuse", { nodeCount: 2, existingVswitchId: "vsw-existing" });
        const nodes = await valueOf(cluster.nodes);
        await run.settled();
        assert.equal(run.ofType(T.vpc).length + run.ofType(T.vswitch).length, 0);
        assert.equal(await valueOf(cluster.vpcId), "vpc-existing");
        assert.equal(plainInputs(run.ofType(T.group)[0]).vpcId, "vpc-existing");
        assert.ok(nodes.every((n) => n.privateIp.startsWith("192.168.5.")));
    });

    it("writes a hosts file and an ssh_config naming every node", async () => {
        const { nodes, cluster } = await build({ nodeCount: 4 });
        const hosts = await valueOf(cluster.hostsFile);
        const ssh = await valueOf(cluster.sshConfig);
        for (const node of nodes) {
            assert.match(hosts, new RegExp(`^${node.publicIp!.replace(/\./g, "\\.")}\\s+${node.name}$`, "m"));
            assert.match(ssh, new RegExp(`Host ${node.name}\\n  HostName ${node.publicIp!.replace(/\./g, "\\.")}\\n  User root`));
        }
    });

    it("rejects bad arguments with one error listing each, before creating any child", async () => {
        const run = new MockedRun();
        const err = errorOf(() => new SingleAccountCluster("bad", { nodeCount: 0, vpcCidr: "10.0.0.0/33", existingVswitchId: "vsw-1" }));
        await run.settled();
        assert.equal(
            err.message,
            [
                'SingleAccountCluster "bad" has invalid arguments:',
                "  - nodeCount: 0 is out of range; use a whole number from 1 to 100",
                '  - vpcCidr: "10.0.0.0/33" cannot be combined with existingVswitchId; the existing vSwitch decides it, so remove one of them',
            ].join("\n"),
        );
        assert.deepEqual(run.resources.map((r) => r.type), [T.cluster]);
        assert.equal((err as pulumi.ResourceError).hideStack, true, "the engine would print a stack trace under the message");
    });
});
