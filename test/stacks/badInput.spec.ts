import { strict as assert } from "node:assert";
import * as pulumi from "@pulumi/pulumi";
import { planStack } from "../../tools/plan/planStack";
import { projectDir, temporaryDir, writeConfigFile } from "../support/planFiles";

const region = { "alicloud:region": "cn-hangzhou" };
const clusterError = (...lines: string[]) =>
    `SingleAccountCluster "dev-cluster" has invalid arguments:\n${lines.map((l) => `  - ${l}`).join("\n")}`;
const configError = (...lines: string[]) => `invalid stack configuration:\n${lines.map((l) => `  - ${l}`).join("\n")}`;

const table: Array<{ case: string; config: Record<string, unknown>; message: string }> = [
    {
        case: "node count 0",
        config: { ...region, "alicloud-blueprints:cluster": { nodeCount: 0 } },
        message: clusterError("nodeCount: 0 is out of range; use a whole number from 1 to 100"),
    },
    {
        case: "node count 101",
        config: { ...region, "alicloud-blueprints:cluster": { nodeCount: 101 } },
        message: clusterError("nodeCount: 101 is out of range; use a whole number from 1 to 100"),
    },
    {
        case: "malformed VPC CIDR",
        config: { ...region, "alicloud-blueprints:cluster": { vpcCidr: "10.0.0/16" } },
        message: clusterError('vpcCidr: "10.0.0/16" is not an IPv4 CIDR block; write it as address/prefix, e.g. 10.0.0.0/16'),
    },
    {
        case: "VPC CIDR with host bits",
        config: { ...region, "alicloud-blueprints:cluster": { vpcCidr: "10.0.0.1/16" } },
        message: clusterError('vpcCidr: "10.0.0.1/16" has host bits set; the block starts at 10.0.0.0/16, write that instead'),
    },
    {
        case: "vSwitch CIDR outside the VPC",
        config: { ...region, "alicloud-blueprints:cluster": { vpcCidr: "10.0.0.0/16", vswitchCidr: "10.1.0.0/24" } },
        message: clusterError('vswitchCidr: "10.1.0.0/24" is outside the VPC block 10.0.0.0/16; choose a vSwitch block inside 10.0.0.0/16'),
    },
    {
        case: "SSH open to the world",
        config: { ...region, "alicloud-blueprints:cluster": { adminCidrs: ["0.0.0.0/0"] } },
        message: clusterError('adminCidrs[0]: "0.0.0.0/0" opens SSH to the whole internet; list the blocks you administer from, e.g. 198.51.100.7/32'),
    },
    {
        case: "SSH open to the world in three pieces",
        config: { ...region, "alicloud-blueprints:cluster": { adminCidrs: ["0.0.0.0/1", "128.0.0.0/2", "192.0.0.0/2"] } },
        message: clusterError(
            'adminCidrs: ["0.0.0.0/1", "128.0.0.0/2", "192.0.0.0/2"] together cover every IPv4 address (0.0.0.0/0) and open SSH to the whole internet; list only the blocks you administer from, e.g. 198.51.100.7/32',
        ),
    },
    {
        case: "no way to log in",
        config: { ...region, "alicloud-blueprints:cluster": { passwordLogin: false } },
        message: clusterError("passwordLogin: false with no sshPublicKey leaves no way to log in; set sshPublicKey or passwordLogin: true"),
    },
    {
        case: "several problems at once",
        config: { ...region, "alicloud-blueprints:cluster": { nodeCount: 0, eipBandwidthMbps: 500 } },
        message: clusterError(
            "nodeCount: 0 is out of range; use a whole number from 1 to 100",
            "eipBandwidthMbps: 500 is out of range; use a whole number from 1 to 200",
        ),
    },
    {
        case: "unknown enum value in config",
        config: { ...region, "alicloud-blueprints:cluster": { publicAccess: "Public" } },
        message: configError('alicloud-blueprints:cluster.publicAccess: "Public" is not one of None, Eip; use one of them'),
    },
    {
        case: "wrong type in config",
        config: { ...region, "alicloud-blueprints:cluster": { nodeCount: "four" } },
        message: configError('alicloud-blueprints:cluster.nodeCount: "four" is not a number; write a number value'),
    },
    {
        case: "misspelt setting",
        config: { ...region, "alicloud-blueprints:cluster": { nodecount: 4 } },
        message: configError(
            'alicloud-blueprints:cluster: "nodecount" is not a setting; the settings are adminCidrs, eipBandwidthMbps, existingVswitchId, image, imageId, instanceType, nodeCount, nodeNamePrefix, passwordLogin, publicAccess, sshPublicKey, sshUser, systemDiskCategory, systemDiskSize, tags, vpcCidr, vswitchCidr, zoneId',
        ),
    },
    {
        case: "the recipe's overlapping CEN blocks",
        config: {
            ...region,
            "alicloud-blueprints:cenMesh": {
                accounts: [
                    { name: "master", accountId: "1000000000000001", vpcCidr: "172.17.0.0/16" },
                    { name: "student2", accountId: "1000000000000002", vpcCidr: "172.17.96.0/19", vswitchCidrs: ["172.17.96.0/20", "172.17.112.0/20"] },
                ],
            },
        },
        message:
            'CenMesh "dev-mesh" has invalid arguments:\n  - accounts: "student2" vSwitch 172.17.96.0/20 overlaps "master" VPC 172.17.0.0/16; give each account a disjoint block, or leave vpcCidr and vswitchCidrs unset to plan one from supernet',
    },
    {
        case: "unknown failover profile",
        config: { ...region, "alicloud-blueprints:havipPair": { profile: "Turbo" } },
        message: configError('alicloud-blueprints:havipPair.profile: "Turbo" is not one of Standard, Fast, Classic; use one of them'),
    },
    {
        case: "a mesh account without its id",
        config: { ...region, "alicloud-blueprints:cenMesh": { accounts: [{ name: "master" }, { name: "b", accountId: "2" }] } },
        message: configError("alicloud-blueprints:cenMesh.accounts[0].accountId: is required and not set; set it to a string"),
    },
    {
        case: "missing required config",
        config: { "alicloud-blueprints:cluster": { nodeCount: 1 } },
        message: configError("alicloud:region: is required and not set; run `pulumi config set alicloud:region cn-hangzhou` (or your region)"),
    },
    {
        case: "no blueprint configured",
        config: { ...region },
        message: configError(
            "this stack configures no blueprint; set at least one of alicloud-blueprints:cluster, alicloud-blueprints:havipPair, alicloud-blueprints:cenMesh, alicloud-blueprints:appTier (see README)",
        ),
    },
];

describe("bad stack input fails the plan before anything is created, with the fix", () => {
    const temp = temporaryDir();
    after(temp.cleanup);

    for (const row of table) {
        it(row.case, async () => {
            const configFile = writeConfigFile(temp.dir, row.case.replace(/\W+/g, "-"), row.config);
            await assert.rejects(planStack({ projectDir, stack: "dev", configFile }), (err: Error) => {
                assert.equal(err.message, row.message);
                return true;
            });
        });
    }

    it("reports config problems as a RunError, which the engine prints without a stack trace", async () => {
        const configFile = writeConfigFile(temp.dir, "run-error", { ...region, "alicloud-blueprints:cluster": { publicAccess: "Public" } });
        await assert.rejects(planStack({ projectDir, stack: "dev", configFile }), (err: Error) => pulumi.RunError.isInstance(err));
    });

    it("plans a valid config (the table's rows fail for their own reason only)", async () => {
        const configFile = writeConfigFile(temp.dir, "valid", { ...region, "alicloud-blueprints:cluster": { nodeCount: 1 } });
        const plan = await planStack({ projectDir, stack: "dev", configFile });
        assert.equal(plan.resources.filter((r) => r.type === "alicloud:ecs/instance:Instance").length, 1);
    });
});
