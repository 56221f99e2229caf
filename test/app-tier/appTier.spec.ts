import { strict as assert } from "node:assert";
import * as pulumi from "@pulumi/pulumi";
import { AppTier, BandwidthBilling, ProvisionVia } from "alicloud-blueprints";
import { documentationRanges, MockedRun, plainInputs, secretInputPaths } from "../../tools/mocks";
import { contains, parseCidr } from "../../components/network";
import { valueOf } from "../support/outputs";
import { withoutPromiseStacks } from "../cen-mesh/support";
import { buildTier, byName, T } from "./support";
import { JUMP_HOST_KEY } from "../support/hostKeys";

const inDocumentationRange = (address: string) => documentationRanges.some((range) => contains(parseCidr(range), parseCidr(`${address}/32`)));

describe("AppTier", () => {
    it("builds the recipe: 4 vSwitches, NAT + 2 SNAT, bandwidth package + 2 EIPs, 2 private nodes, SLB, RDS HA, Redis", async () => {
        const { run } = await buildTier({});
        const counts = Object.fromEntries(Object.entries(T).map(([key, type]) => [key, run.ofType(type).length]));
        assert.deepEqual(counts, {
            tier: 1, vpc: 1, vswitch: 4, nat: 1, snat: 2, bandwidthPackage: 1, packageAttachment: 2, eip: 2, eipAssociation: 1,
            group: 1, rule: 1, instance: 2, keyPair: 0, command: 2, invocation: 2, remote: 0, slb: 1, listener: 1, backends: 1,
            rds: 1, rdsAccount: 1, rdsDatabase: 1, rdsPrivilege: 1, backupPolicy: 1, redis: 1, password: 3,
        });
        const blocks = run.ofType(T.vswitch).map((v) => [v.name, plainInputs(v).cidrBlock]);
        assert.deepEqual(blocks, [
            ["app-web-1", "10.10.0.0/24"],
            ["app-web-2", "10.10.1.0/24"],
            ["app-data-1", "10.10.2.0/24"],
            ["app-data-2", "10.10.3.0/24"],
        ]);
    });

    it("puts the Enhanced NAT gateway in the first web vSwitch and an SNAT entry per web vSwitch on its SNAT table, through the first EIP", async () => {
        const { run, tier, state } = await buildTier({ eipCount: 3 });
        const nat = state("app-nat");
        const natInputs = plainInputs(byName(run.ofType(T.nat), "app-nat"));
        assert.equal(natInputs.natType, "Enhanced");
        assert.equal(natInputs.internetChargeType, "PayByLcu");
        assert.equal(natInputs.vswitchId, state("app-web-1").id);
        assert.equal(await valueOf(tier.natGatewayId), nat.id);

        const [snatEip] = await valueOf(tier.eipAddresses);
        const association = byName(run.ofType(T.eipAssociation), "app-nat-eip");
        assert.deepEqual(plainInputs(association), { allocationId: state("app-eip-1").id, instanceId: nat.id, instanceType: "Nat" });
        const snat = run.ofType(T.snat);
        assert.deepEqual(snat.map((s) => plainInputs(s).sourceVswitchId), [state("app-web-1").id, state("app-web-2").id]);
        for (const entry of snat) {
            const inputs = plainInputs(entry);
            assert.match(nat.snatTableIds, /^stb-/);
            assert.equal(inputs.snatTableId, nat.snatTableIds, `${entry.name} is not on the NAT gateway's SNAT table`);
            assert.equal(inputs.snatIp, snatEip);
            assert.ok(entry.dependencies.includes(association.urn), `${entry.name} does not wait for the EIP to be bound to the NAT gateway`);
        }
        const dataIds = [state("app-data-1").id, state("app-data-2").id];
        assert.ok(snat.every((s) => !dataIds.includes(plainInputs(s).sourceVswitchId)), "the data vSwitches get no SNAT");
    });

    it("attaches every EIP to the bandwidth package, one after another", async () => {
        const { run, tier, state } = await buildTier({ eipCount: 3, bandwidthMbps: 20, bandwidthBilling: BandwidthBilling.PayByBandwidth });
        const cbwp = byName(run.ofType(T.bandwidthPackage), "app-bwp");
        assert.equal(plainInputs(cbwp).bandwidth, "20");
        assert.equal(plainInputs(cbwp).internetChargeType, "PayByBandwidth");
        const attachments = run.ofType(T.packageAttachment);
        assert.deepEqual(
            attachments.map((a) => plainInputs(a)),
            [1, 2, 3].map((i) => ({ bandwidthPackageId: state("app-bwp").id, instanceId: state(`app-eip-${i}`).id, ipType: "EIP" })),
        );
        for (let i = 1; i < attachments.length; i++) {
            assert.ok(attachments[i].dependencies.includes(attachments[i - 1].urn), `attachment ${i + 1} does not wait for ${i}`);
        }
        const addresses = await valueOf(tier.eipAddresses);
        assert.equal(addresses.length, 3);
        assert.ok(addresses.every(inDocumentationRange));
    });

    it("bills the bandwidth package by traffic by default, and sets the 20 % commitment for Enhanced 95", async () => {
        const { run: byTraffic } = await buildTier({});
        assert.equal(plainInputs(byTraffic.ofType(T.bandwidthPackage)[0]).internetChargeType, "PayByDominantTraffic");
        assert.equal(plainInputs(byTraffic.ofType(T.bandwidthPackage)[0]).ratio, undefined);
        const { run: by95 } = await buildTier({ bandwidthBilling: BandwidthBilling.PayBy95 });
        assert.equal(plainInputs(by95.ofType(T.bandwidthPackage)[0]).ratio, 20);
    });

    it("spreads the web nodes over both zones and gives the SLB one backend per node with its weight", async () => {
        const { run, tier, state } = await buildTier({ webNodeCount: 3, backendWeights: [100, 50, 0] });
        const nodes = await valueOf(tier.webNodes);
        assert.deepEqual(nodes.map((n) => n.name), ["web1", "web2", "web3"]);
        const vswitchOf = (name: string) => plainInputs(byName(run.ofType(T.instance), `app-${name}`)).vswitchId;
        assert.deepEqual(["web1", "web2", "web3"].map(vswitchOf), [state("app-web-1").id, state("app-web-2").id, state("app-web-1").id]);
        const backends = plainInputs(run.ofType(T.backends)[0]);
        assert.equal(backends.loadBalancerId, state("app-slb").id);
        assert.deepEqual(backends.backendServers, [
            { serverId: nodes[0].instanceId, weight: 100, type: "ecs" },
            { serverId: nodes[1].instanceId, weight: 50, type: "ecs" },
            { serverId: nodes[2].instanceId, weight: 0, type: "ecs" },
        ]);
    });

    it("gives the SLB an HTTP listener with a health check on nginx's health path, and opens the web port to the SLB's block only", async () => {
        const { run, state } = await buildTier({ listenerPort: 8080, webPort: 8081, healthCheckPath: "/ping" });
        const slb = plainInputs(run.ofType(T.slb)[0]);
        assert.equal(slb.addressType, "internet");
        assert.equal(slb.paymentType, "PayAsYouGo");
        const listener = plainInputs(run.ofType(T.listener)[0]);
        assert.equal(listener.loadBalancerId, state("app-slb").id);
        assert.deepEqual(
            [listener.protocol, listener.frontendPort, listener.backendPort, listener.healthCheck, listener.healthCheckUri, listener.healthCheckConnectPort],
            ["http", 8080, 8081, "on", "/ping", 8081],
        );
        const rules = run.ofType(T.rule).map(plainInputs);
        assert.deepEqual(rules.map((r) => [r.portRange, r.cidrIp]), [["8081/8081", "100.64.0.0/10"]]);
    });

    it("admits exactly the web vSwitch blocks to RDS and Redis, and spreads both over the two zones on the data vSwitches", async () => {
        const { run, tier, state } = await buildTier({ vpcCidr: "172.20.0.0/20" });
        const web = [plainInputs(byName(run.ofType(T.vswitch), "app-web-1")).cidrBlock, plainInputs(byName(run.ofType(T.vswitch), "app-web-2")).cidrBlock];
        assert.deepEqual(web, ["172.20.0.0/24", "172.20.1.0/24"]);
        const [zone1, zone2] = await valueOf(tier.zoneIds);
        const rds = plainInputs(run.ofType(T.rds)[0]);
        assert.deepEqual(rds.securityIps, web);
        assert.deepEqual(
            [rds.engine, rds.engineVersion, rds.category, rds.zoneId, rds.zoneIdSlaveA, rds.vswitchId],
            ["MySQL", "8.0", "HighAvailability", zone1, zone2, `${state("app-data-1").id},${state("app-data-2").id}`],
        );
        const redis = plainInputs(run.ofType(T.redis)[0]);
        assert.deepEqual(redis.securityIps, web);
        assert.deepEqual(
            [redis.instanceType, redis.nodeType, redis.zoneId, redis.secondaryZoneId, redis.vswitchId, redis.vpcAuthMode],
            ["Redis", "MASTER_SLAVE", zone1, zone2, state("app-data-1").id, "Open"],
        );
    });

    it("backs RDS up for the requested days and gives the account read/write on the database", async () => {
        const { run, tier, state } = await buildTier({ rds: { backupRetentionDays: 30, databaseName: "shop", accountName: "shop_app" } });
        const rdsId = state("app-rds").id;
        const backup = plainInputs(run.ofType(T.backupPolicy)[0]);
        assert.equal(backup.instanceId, rdsId);
        assert.equal(backup.backupRetentionPeriod, 30);
        assert.ok(backup.logBackupRetentionPeriod <= backup.backupRetentionPeriod);
        assert.deepEqual(plainInputs(run.ofType(T.rdsPrivilege)[0]), { instanceId: rdsId, accountName: "shop_app", dbNames: ["shop"], privilege: "ReadWrite" });
        assert.equal(await valueOf(tier.databaseName), "shop");
        assert.equal(await valueOf(tier.databaseUser), "shop_app");
    });

    it("gives no web node a public IP: no bandwidth, no EIP of its own", async () => {
        const { run, tier } = await buildTier({ webNodeCount: 4 });
        for (const instance of run.ofType(T.instance)) {
            assert.equal(plainInputs(instance).internetMaxBandwidthOut, 0, instance.name);
        }
        assert.ok(run.ofType(T.eipAssociation).every((a) => plainInputs(a).instanceType === "Nat"), "an EIP is bound to something other than the NAT gateway");
        assert.equal(run.ofType(T.eip).length, 2, "only the package's EIPs");
        assert.ok((await valueOf(tier.webNodes)).every((n) => n.publicIp === undefined));
    });

    it("keeps the generated passwords secret: outputs and the inputs that carry them", async () => {
        const { run, tier } = await buildTier({});
        assert.equal(await pulumi.isSecret(tier.databasePassword), true);
        assert.equal(await pulumi.isSecret(tier.redisPassword), true);
        assert.deepEqual(secretInputPaths(run.ofType(T.rdsAccount)[0]), ["accountPassword"]);
        assert.deepEqual(secretInputPaths(run.ofType(T.redis)[0]), ["password"]);
        const databasePassword = await valueOf(tier.databasePassword);
        assert.equal(plainInputs(run.ofType(T.rdsAccount)[0]).accountPassword, databasePassword);
        assert.equal(plainInputs(run.ofType(T.redis)[0]).password, await valueOf(tier.redisPassword));
        assert.equal(databasePassword.length, 24);
        assert.equal(await pulumi.isSecret(tier.rdsHost), false, "non-secret outputs stay readable");
    });

    it("reports where to connect: SLB address, RDS and Redis hosts, NAT gateway, VPC", async () => {
        const { tier, state } = await buildTier({});
        assert.ok(inDocumentationRange(await valueOf(tier.slbAddress)));
        assert.equal(await valueOf(tier.rdsHost), `${state("app-rds").id}.mysql.rds.aliyuncs.com`);
        assert.equal(await valueOf(tier.rdsPort), 3306);
        assert.equal(await valueOf(tier.redisHost), `${state("app-redis").id}.redis.rds.aliyuncs.com`);
        assert.match(await valueOf(tier.natGatewayId), /^ngw-/);
        assert.equal(await valueOf(tier.vpcId), state("app-vpc").id);
    });

    it("parents every child to the component and derives every name from the component's name", async () => {
        await withoutPromiseStacks(async () => {
            const run = new MockedRun();
            new AppTier("shop", {});
            new AppTier("blog", { vpcCidr: "10.20.0.0/16" });
            await run.settled();
            const components = run.ofType(T.tier);
            assert.equal(components.length, 2);
            for (const component of components) {
                const children = run.resources.filter((r) => r.parent === component.urn);
                assert.ok(children.length > 30);
                assert.ok(children.every((c) => c.name.startsWith(`${component.name}-`)), `a child of ${component.name} is named after something else`);
            }
            assert.equal(run.resources.filter((r) => r.type !== T.tier && !components.some((c) => c.urn === r.parent)).length, 0);
            const urns = run.resources.map((r) => r.urn);
            assert.equal(new Set(urns).size, urns.length, "two instances collide");
        });
    });

    for (const protect of [false, true]) {
        it(`turns deletion protection ${protect ? "on" : "off"} with protect: ${protect}`, async () => {
            const { run } = await buildTier({ protect });
            assert.equal(plainInputs(run.ofType(T.rds)[0]).deletionProtection, protect);
            assert.equal(plainInputs(run.ofType(T.redis)[0]).instanceReleaseProtection, protect);
            assert.equal(plainInputs(run.ofType(T.slb)[0]).deleteProtection, protect ? "on" : "off");
            assert.deepEqual(run.ofType(T.eip).map((e) => plainInputs(e).deletionProtection), [protect, protect]);
            assert.equal(plainInputs(run.ofType(T.nat)[0]).deletionProtection, protect);
            assert.equal(plainInputs(run.ofType(T.bandwidthPackage)[0]).deletionProtection, protect);
        });
    }

    describe("provisioning", () => {
        it("installs nginx with Cloud Assistant by default, once the web vSwitches have SNAT", async () => {
            const { run, tier, state } = await buildTier({ webPort: 8081, healthCheckPath: "/ping" });
            const nodes = await valueOf(tier.webNodes);
            const snat = run.ofType(T.snat).map((s) => s.urn);
            for (const node of nodes) {
                const command = byName(run.ofType(T.command), `app-provision-${node.name}`);
                const inputs = plainInputs(command);
                assert.equal(inputs.type, "RunShellScript");
                const wrapper = Buffer.from(inputs.commandContent, "base64").toString("utf8");
                const script = Buffer.from(/echo '([A-Za-z0-9+/=]+)' \| base64 -d \| bash -s/.exec(wrapper)![1], "base64").toString("utf8");
                assert.match(script, /listen 8081 default_server;/);
                assert.match(script, /location = \/ping \{/);
                assert.match(script, new RegExp(`served-by: ${node.name}`));
                assert.doesNotMatch(script, /keepalived/);
                const invocation = byName(run.ofType(T.invocation), `app-provision-${node.name}-run`);
                assert.deepEqual(plainInputs(invocation).instanceIds, [node.instanceId]);
                assert.equal(plainInputs(invocation).commandId, state(`app-provision-${node.name}`).id);
                for (const resource of [command, invocation]) {
                    assert.ok(snat.every((urn) => resource.dependencies.includes(urn)), `${resource.name} does not wait for SNAT`);
                }
            }
            assert.equal(run.ofType(T.remote).length, 0);
        });

        it("goes through a jump host to the private IPs, after the SSH rules, with the secret password", async () => {
            const { run, tier } = await buildTier({
                provisionVia: ProvisionVia.JumpHost,
                jumpHost: { host: "203.0.113.200", hostKey: JUMP_HOST_KEY },
                adminCidrs: ["10.10.0.5/32"],
            });
            const ssh = run.ofType(T.rule).find((r) => plainInputs(r).portRange === "22/22")!;
            assert.equal(plainInputs(ssh).cidrIp, "10.10.0.5/32");
            for (const node of await valueOf(tier.webNodes)) {
                const remote = byName(run.ofType(T.remote), `app-provision-${node.name}`);
                const inputs = plainInputs(remote);
                assert.equal(inputs.connection.host, node.privateIp);
                assert.equal(inputs.connection.proxy.host, "203.0.113.200");
                assert.equal(inputs.connection.proxy.hostKey, JUMP_HOST_KEY, "the jump host's key is pinned");
                const instance = byName(run.ofType(T.instance), `app-${node.name}`);
                const cloudConfig = Buffer.from(plainInputs(instance).userData, "base64").toString("utf8");
                assert.ok(cloudConfig.includes(`ed25519_public: ${inputs.connection.hostKey}`), "the pinned key is the one installed at first boot");
                assert.match(inputs.stdin, /^#!\/usr\/bin\/env bash\n# Provisions nginx on /);
                assert.ok(remote.dependencies.includes(ssh.urn));
                assert.deepEqual(secretInputPaths(remote).filter((p) => p.startsWith("connection")), ["connection"]);
            }
            assert.equal(run.ofType(T.command).length + run.ofType(T.invocation).length, 0);
        });

        it("installs nothing with provisionVia: None, and generates no host keys without SSH", async () => {
            const { run } = await buildTier({ provisionVia: ProvisionVia.None });
            assert.equal(run.ofType("tls:index/privateKey:PrivateKey").length, 0);
            assert.equal(run.ofType(T.command).length + run.ofType(T.invocation).length + run.ofType(T.remote).length, 0);
        });
    });
});
