import { strict as assert } from "node:assert";
import * as pulumi from "@pulumi/pulumi";
import { CenPayer, PublicAccess } from "alicloud-blueprints";
import { contains, parseCidr } from "../../components/network";
import { maskedInputs, mockId, MockedRun, plainInputs, secretInputPaths } from "../../tools/mocks";
import { valueOf } from "../support/outputs";
import { buildMesh, providerAccounts, studentAccounts, T } from "./support";

/** Resources the owner account holds, by name suffix (besides the CEN and transit router). */
const ownerSide = /^(mesh-cen|mesh-tr|mesh-tr-rt|mesh-.+-(attach|rt-assoc|rt-prop))$/;

describe("CenMesh", () => {
    describe("providers: every resource in its own account", () => {
        it("creates one provider per account, pinned to the region and account id; children assume a role, the owner does not", async () => {
            const { run } = await buildMesh({ region: "cn-hangzhou", accounts: studentAccounts(4) });
            const providers = run.ofType(T.provider).map((p) => ({ name: p.name, inputs: plainInputs(p) }));
            assert.deepEqual(providers.map((p) => p.name), ["mesh-master", "mesh-student2", "mesh-student3", "mesh-student4"]);
            for (const [i, { inputs }] of providers.entries()) {
                assert.equal(inputs.region, "cn-hangzhou");
                assert.equal(inputs.accountId, studentAccounts(4)[i].accountId);
                assert.equal(inputs.accessKey, undefined, "no keys were given: the ambient credentials are used");
            }
            assert.equal(providers[0].inputs.assumeRole, undefined, "the owner uses the ambient credentials as they are");
            for (const [i, { inputs }] of providers.slice(1).entries()) {
                const accountId = studentAccounts(4)[i + 1].accountId;
                assert.deepEqual(JSON.parse(inputs.assumeRole), { roleArn: `acs:ram::${accountId}:role/CenMeshAdmin`, sessionName: `mesh-student${i + 2}` });
            }
        });

        it("gives every Alibaba resource its account's provider: the grant in the child account, the attachment in the owner's", async () => {
            const { run } = await buildMesh({ region: "cn-hangzhou", accounts: studentAccounts(4) });
            const accountOf = providerAccounts(run);
            const names = studentAccounts(4).map((a) => a.name).sort((x, y) => y.length - x.length);
            const alibaba = run.resources.filter((r) => r.custom && r.type.startsWith("alicloud:"));
            assert.ok(alibaba.length > 40);
            for (const resource of alibaba) {
                const expected = ownerSide.test(resource.name) ? "master" : names.find((n) => resource.name.startsWith(`mesh-${n}-`));
                assert.ok(expected, `${resource.name} names no account`);
                assert.equal(accountOf(resource.provider), expected, `${resource.type} ${resource.name} uses the wrong account's provider`);
            }
            for (const grant of run.ofType(T.grant)) {
                assert.notEqual(accountOf(grant.provider), "master");
                assert.equal(grant.name, `mesh-${accountOf(grant.provider)}-grant`);
            }
            assert.ok(run.ofType(T.attachment).every((a) => accountOf(a.provider) === "master"));
            assert.ok(run.ofType(T.route).every((r) => r.name.startsWith(`mesh-${accountOf(r.provider)}-to-`)), "routes live in the member's own VPC");
        });

        it("looks up zones with the owner's provider and images and types with each member's", async () => {
            const { run, calls } = await buildMesh({ region: "cn-hangzhou", accounts: studentAccounts(3) });
            const accountOf = providerAccounts(run);
            const callers = (token: string) => calls.filter((c) => c.token === token).map((c) => accountOf(c.provider));
            assert.deepEqual(callers("alicloud:cen/getTransitRouterAvailableResources:getTransitRouterAvailableResources"), ["master"]);
            assert.deepEqual(callers("alicloud:ecs/getImages:getImages").sort(), ["master", "student2", "student3"]);
            assert.deepEqual(callers("alicloud:ecs/getInstanceTypes:getInstanceTypes").sort(), ["master", "student2", "student3"]);
        });

        it("puts the CEN in the named owner account, which then needs no grant", async () => {
            const { run } = await buildMesh({ region: "cn-hangzhou", ownerAccount: "student3", accounts: studentAccounts(3) });
            const accountOf = providerAccounts(run);
            for (const type of [T.cen, T.transitRouter, T.routeTable, T.attachment, T.association, T.propagation]) {
                assert.ok(run.ofType(type).every((r) => accountOf(r.provider) === "student3"), type);
            }
            assert.deepEqual(run.ofType(T.grant).map((g) => accountOf(g.provider)).sort(), ["master", "student2"]);
            assert.ok(run.ofType(T.grant).every((g) => plainInputs(g).cenOwnerId === studentAccounts(3)[2].accountId));
            assert.equal(plainInputs(run.ofType(T.provider).find((p) => p.name === "mesh-student3")!).assumeRole, undefined);
        });

        it("uses an account's own keys as secrets, and the owner's keys to assume the other roles", async () => {
            const accounts = studentAccounts(3);
            accounts[0] = { ...accounts[0], accessKey: pulumi.secret("OWNER-AK"), secretKey: pulumi.secret("OWNER-SK") };
            accounts[2] = { ...accounts[2], accessKey: "S3-AK", secretKey: "S3-SK" };
            accounts[1] = { ...accounts[1], assumeRoleArn: `acs:ram::${accounts[1].accountId}:role/StudentCen` };
            const { run } = await buildMesh({ region: "cn-hangzhou", accounts });
            const providers = Object.fromEntries(run.ofType(T.provider).map((p) => [p.name, p]));
            for (const provider of Object.values(providers)) {
                assert.deepEqual(secretInputPaths(provider).sort(), ["accessKey", "secretKey"], provider.name);
                assert.doesNotMatch(JSON.stringify(maskedInputs(provider)), /AK|SK/);
            }
            const inputs = (name: string) => plainInputs(providers[name]);
            assert.equal(inputs("mesh-master").accessKey, "OWNER-AK");
            assert.equal(inputs("mesh-master").assumeRole, undefined);
            assert.equal(inputs("mesh-student2").accessKey, "OWNER-AK");
            assert.equal(JSON.parse(inputs("mesh-student2").assumeRole).roleArn, `acs:ram::${accounts[1].accountId}:role/StudentCen`);
            assert.equal(inputs("mesh-student3").secretKey, "S3-SK");
            assert.equal(inputs("mesh-student3").assumeRole, undefined, "own keys are used directly");
        });

        it("takes the region from the alicloud:region config when none is given", async () => {
            const run = new MockedRun({ config: { "alicloud:region": "cn-shanghai" } });
            const { CenMesh } = await import("../../components");
            const mesh = new CenMesh("mesh", { accounts: studentAccounts(2) });
            await valueOf(mesh.accounts);
            await run.settled();
            assert.deepEqual(run.ofType(T.provider).map((p) => plainInputs(p).region), ["cn-shanghai", "cn-shanghai"]);
            assert.deepEqual(run.ofType(T.vswitch).map((v) => plainInputs(v).zoneId).slice(0, 2), ["cn-shanghai-i", "cn-shanghai-j"]);
        });

        it("takes the region from the owner account before the config", async () => {
            const accounts = studentAccounts(2);
            accounts[0] = { ...accounts[0], region: "cn-beijing" };
            const run = new MockedRun({ region: "cn-beijing", config: { "alicloud:region": "cn-shanghai" } });
            const { CenMesh } = await import("../../components");
            await valueOf(new CenMesh("mesh", { accounts }).accounts);
            await run.settled();
            assert.deepEqual(run.ofType(T.provider).map((p) => plainInputs(p).region), ["cn-beijing", "cn-beijing"]);
        });
    });

    describe("CEN wiring", () => {
        it("creates each child's attachment only after its grant (a dependency on the grant's URN)", async () => {
            const { run } = await buildMesh({ region: "cn-hangzhou", accounts: studentAccounts(4) });
            const grants = new Map(run.ofType(T.grant).map((g) => [g.name.replace(/-grant$/, ""), g.urn]));
            assert.equal(grants.size, 3);
            for (const attachment of run.ofType(T.attachment)) {
                const member = attachment.name.replace(/-attach$/, "");
                if (member === "mesh-master") {
                    assert.ok(!attachment.dependencies.some((d) => d.includes(T.grant)), "the owner's own VPC needs no grant");
                } else {
                    assert.ok(attachment.dependencies.includes(grants.get(member)!), `${attachment.name} does not wait for ${member}'s grant`);
                }
            }
        });

        it("grants the owner's CEN on the child VPC and attaches it with vpcOwnerId, two zones and matching payer", async () => {
            const { run, mesh, accounts } = await buildMesh({ region: "cn-hangzhou", accounts: studentAccounts(2), payer: CenPayer.ResourceOwner });
            const cenId = await valueOf(mesh.cenId);
            const trId = await valueOf(mesh.transitRouterId);
            assert.match(cenId, /^cen-/);
            assert.match(trId, /^tr-[a-z0-9]+$/, "the transit router attribute id, not the composite resource id");
            const grant = plainInputs(run.ofType(T.grant)[0]);
            assert.deepEqual(grant, { cenId, cenOwnerId: accounts[0].accountId, instanceId: accounts[1].vpcId, instanceType: "VPC", orderType: "PayByResourceOwner" });
            const [own, child] = run.ofType(T.attachment).map(plainInputs);
            assert.equal(own.vpcOwnerId, undefined);
            assert.equal(child.vpcOwnerId, accounts[1].accountId);
            assert.equal(child.orderType, "PayByResourceOwner");
            assert.equal(child.transitRouterId, trId);
            assert.equal(child.vpcId, accounts[1].vpcId);
            const studentSwitches = run.ofType(T.vswitch).filter((v) => v.name.startsWith("mesh-student2-"));
            const switchIds = new Map(studentSwitches.map((v) => [v.name, plainInputs(v)]));
            assert.deepEqual(child.zoneMappings.map((z: { zoneId: string }) => z.zoneId), ["cn-hangzhou-i", "cn-hangzhou-j"]);
            assert.deepEqual([...switchIds.values()].map((v) => v.zoneId), ["cn-hangzhou-i", "cn-hangzhou-j"]);
            assert.equal(child.zoneMappings.length, 2);
        });

        it("associates and propagates every attachment with the mesh's transit-router route table", async () => {
            const { run, mesh, accounts } = await buildMesh({ region: "cn-hangzhou", accounts: studentAccounts(3) });
            const tableId = await valueOf(mesh.transitRouterRouteTableId);
            assert.match(tableId, /^vtb-/);
            assert.equal(plainInputs(run.ofType(T.routeTable)[0]).transitRouterId, await valueOf(mesh.transitRouterId));
            for (const type of [T.association, T.propagation]) {
                const links = run.ofType(type).map(plainInputs);
                assert.deepEqual(links.map((l) => l.transitRouterAttachmentId).sort(), accounts.map((a) => a.attachmentId).sort());
                assert.ok(links.every((l) => l.transitRouterRouteTableId === tableId));
            }
        });

        it("routes every other member's block to the member's own attachment, in the member's route table", async () => {
            const { run, accounts } = await buildMesh({ region: "cn-hangzhou", accounts: studentAccounts(4) });
            for (const member of accounts) {
                const routes = run.ofType(T.route).filter((r) => r.name.startsWith(`mesh-${member.name}-to-`)).map(plainInputs);
                const others = accounts.filter((a) => a !== member);
                assert.deepEqual(routes.map((r) => r.destinationCidrblock).sort(), others.map((a) => a.cidr).sort());
                assert.ok(routes.every((r) => r.nexthopType === "Attachment" && r.nexthopId === member.attachmentId));
                // The mocks give a VPC the system route table mockId("vtb", <vpc id>).
                assert.ok(routes.every((r) => r.routeTableId === mockId("vtb", member.vpcId)), `${member.name} routes outside its own route table`);
            }
        });

        it("lets the other members' blocks in (never 0.0.0.0/0) and SSH only from adminCidrs", async () => {
            const adminCidrs = ["198.51.100.7/32"];
            const { run, accounts } = await buildMesh({ region: "cn-hangzhou", accounts: studentAccounts(3), adminCidrs });
            for (const member of accounts) {
                const rules = run.ofType(T.rule).filter((r) => r.name.startsWith(`mesh-${member.name}-`)).map(plainInputs);
                const peers = rules.filter((r) => r.ipProtocol === "all");
                const ssh = rules.filter((r) => r.portRange === "22/22");
                assert.deepEqual(peers.map((r) => r.cidrIp).sort(), accounts.filter((a) => a !== member).map((a) => a.cidr).sort());
                assert.deepEqual(ssh.map((r) => r.cidrIp), adminCidrs);
                assert.equal(rules.length, peers.length + ssh.length);
            }
            assert.ok(run.ofType(T.rule).every((r) => plainInputs(r).cidrIp !== "0.0.0.0/0"));
        });
    });

    describe("counts", () => {
        for (const n of [2, 4, 16]) {
            it(`builds a mesh of ${n} accounts with the right number of each resource`, async () => {
                const accounts = studentAccounts(n).map((a, i) => ({ ...a, nodeCount: 1 + (i % 2) }));
                const nodes = accounts.reduce((sum, a) => sum + a.nodeCount, 0);
                const { run, accounts: out, mesh } = await buildMesh({ region: "cn-hangzhou", accounts });
                const count = (type: string) => run.ofType(type).length;
                assert.deepEqual(
                    {
                        mesh: count(T.mesh),
                        providers: count(T.provider),
                        cen: count(T.cen),
                        transitRouter: count(T.transitRouter),
                        routeTable: count(T.routeTable),
                        grants: count(T.grant),
                        attachments: count(T.attachment),
                        associations: count(T.association),
                        propagations: count(T.propagation),
                        vpcs: count(T.vpc),
                        vswitches: count(T.vswitch),
                        groups: count(T.group),
                        peerRules: count(T.rule),
                        routes: count(T.route),
                        instances: count(T.instance),
                        eips: count(T.eip),
                        eipAssociations: count(T.eipAssociation),
                        passwords: count(T.password),
                    },
                    {
                        mesh: 1,
                        providers: n,
                        cen: 1,
                        transitRouter: 1,
                        routeTable: 1,
                        grants: n - 1,
                        attachments: n,
                        associations: n,
                        propagations: n,
                        vpcs: n,
                        vswitches: 2 * n,
                        groups: n,
                        peerRules: n * (n - 1),
                        routes: n * (n - 1),
                        instances: nodes,
                        eips: nodes,
                        eipAssociations: nodes,
                        passwords: 1,
                    },
                );
                assert.deepEqual(out.map((a) => a.cidr), Array.from({ length: n }, (_, i) => `10.${i}.0.0/16`));
                const hosts = (await valueOf(mesh.hostsFile)).split("\n").filter((l) => l && !l.startsWith("#"));
                assert.equal(hosts.length, nodes);
            });
        }
    });

    describe("nodes and outputs", () => {
        it("builds each member's nodes in its primary vSwitch, named after the account, with the mesh password", async () => {
            const { run, accounts, mesh } = await buildMesh({ region: "cn-hangzhou", accounts: studentAccounts(2, { nodeCount: 2 }) });
            assert.deepEqual(accounts.flatMap((a) => a.nodes.map((n) => n.name)), ["master-node1", "master-node2", "student2-node1", "student2-node2"]);
            const primary = new Map(
                run.ofType(T.vswitch).filter((v) => v.name.endsWith("-vsw-primary")).map((v) => [v.name.split("-")[1], plainInputs(v).cidrBlock]),
            );
            for (const account of accounts) {
                for (const node of account.nodes) {
                    assert.ok(contains(parseCidr(primary.get(account.name)), parseCidr(`${node.privateIp}/32`)), `${node.name} ${node.privateIp}`);
                }
            }
            for (const instance of run.ofType(T.instance)) {
                const inputs = plainInputs(instance);
                assert.equal(inputs.instanceType, "ecs.t6-c2m1.large", "the cheapest 1 GiB burstable type of the primary zone");
                assert.equal(inputs.internetMaxBandwidthOut, 0);
                assert.deepEqual(secretInputPaths(instance), ["password"]);
            }
            assert.equal(await pulumi.isSecret(mesh.password), true);
        });

        it("reports the CEN, the transit router, each account and a hosts file of private addresses", async () => {
            const { accounts, mesh } = await buildMesh({
                region: "cn-hangzhou",
                accounts: [
                    { name: "master", accountId: "1000000000000001", vpcCidr: "172.16.0.0/16" },
                    { name: "student2", accountId: "1000000000000002" },
                ],
            });
            assert.deepEqual(
                accounts.map(({ name, accountId, cidr }) => ({ name, accountId, cidr })),
                [
                    { name: "master", accountId: "1000000000000001", cidr: "172.16.0.0/16" },
                    { name: "student2", accountId: "1000000000000002", cidr: "10.0.0.0/16" },
                ],
            );
            assert.ok(accounts.every((a) => /^vpc-/.test(a.vpcId) && /^tr-attach-/.test(a.attachmentId)));
            assert.equal(
                await valueOf(mesh.hostsFile),
                ["# mesh: generated by alicloud-blueprints", "172.16.0.10  master-node1", "10.0.0.10    student2-node1", ""].join("\n"),
            );
        });

        it("uses one key pair per account when a public key is given, and no EIP with public access None", async () => {
            const { run, accounts } = await buildMesh({
                region: "cn-hangzhou",
                accounts: studentAccounts(3),
                passwordLogin: false,
                sshPublicKey: "ssh-ed25519 AAAAC3Nz test@example",
                publicAccess: PublicAccess.None,
            });
            const accountOf = providerAccounts(run);
            assert.deepEqual(run.ofType(T.keyPair).map((k) => accountOf(k.provider)), ["master", "student2", "student3"]);
            assert.equal(run.ofType(T.password).length + run.ofType(T.eip).length, 0);
            for (const instance of run.ofType(T.instance)) {
                assert.equal(plainInputs(instance).keyName, `${instance.name.replace(/-node\d+$/, "")}-key`);
            }
            assert.ok(accounts.every((a) => a.nodes.every((n) => n.publicIp === undefined)));
        });

        it("parents every child to the mesh and derives every name from the mesh's name", async () => {
            const { run } = await buildMesh({ region: "cn-hangzhou", accounts: studentAccounts(2) }, "blue");
            const mesh = run.ofType(T.mesh)[0];
            const children = run.resources.filter((r) => r !== mesh);
            assert.ok(children.length > 20);
            for (const child of children) {
                assert.equal(child.parent, mesh.urn, `${child.name} is not parented to the mesh`);
                assert.ok(child.name.startsWith("blue-"), child.name);
            }
        });
    });
});
