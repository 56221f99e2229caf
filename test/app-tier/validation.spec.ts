import { strict as assert } from "node:assert";
import { AppTierArgs, ProvisionVia, RedisEngineVersion } from "alicloud-blueprints";
import { problemsOf, T } from "./support";
import { JUMP_HOST_KEY } from "../support/hostKeys";

const bad: Array<{ case: string; args: AppTierArgs; problem: string | string[] }> = [
    {
        case: "one zone only",
        args: { zoneIds: ["cn-hangzhou-j"] },
        problem: 'zoneIds: ["cn-hangzhou-j"] is not two distinct zones; AppTier spreads over exactly 2 zones, so list two different zone ids or leave zoneIds unset',
    },
    {
        case: "the same zone twice",
        args: { zoneIds: ["cn-hangzhou-j", "cn-hangzhou-j"] },
        problem: 'zoneIds: ["cn-hangzhou-j","cn-hangzhou-j"] is not two distinct zones; AppTier spreads over exactly 2 zones, so list two different zone ids or leave zoneIds unset',
    },
    {
        case: "three zones",
        args: { zoneIds: ["cn-hangzhou-h", "cn-hangzhou-j", "cn-hangzhou-k"] },
        problem: 'zoneIds: ["cn-hangzhou-h","cn-hangzhou-j","cn-hangzhou-k"] is not two distinct zones; AppTier spreads over exactly 2 zones, so list two different zone ids or leave zoneIds unset',
    },
    { case: "a single web node", args: { webNodeCount: 1 }, problem: "webNodeCount: 1 is out of range; use a whole number from 2 to 20" },
    { case: "21 web nodes", args: { webNodeCount: 21 }, problem: "webNodeCount: 21 is out of range; use a whole number from 2 to 20" },
    { case: "a weight above 100", args: { backendWeights: [100, 101] }, problem: "backendWeights[1]: 101 is out of range; use a whole number from 0 to 100" },
    { case: "a negative weight", args: { backendWeights: [-1, 100] }, problem: "backendWeights[0]: -1 is out of range; use a whole number from 0 to 100" },
    { case: "a fractional weight", args: { backendWeights: [50.5, 100] }, problem: "backendWeights[0]: 50.5 is out of range; use a whole number from 0 to 100" },
    {
        case: "fewer weights than nodes",
        args: { backendWeights: [100] },
        problem: "backendWeights: 1 weights for 2 web nodes; give one weight (0 to 100) per node, in node order",
    },
    {
        case: "more weights than nodes",
        args: { webNodeCount: 3, backendWeights: [100, 100, 100, 100] },
        problem: "backendWeights: 4 weights for 3 web nodes; give one weight (0 to 100) per node, in node order",
    },
    {
        case: "only zero weights",
        args: { backendWeights: [0, 0] },
        problem: "backendWeights: every weight is 0, so the SLB sends no traffic; give at least one node a weight above 0",
    },
    { case: "backups kept 6 days", args: { rds: { backupRetentionDays: 6 } }, problem: "rds.backupRetentionDays: 6 is out of range; use a whole number from 7 to 730" },
    { case: "backups kept 731 days", args: { rds: { backupRetentionDays: 731 } }, problem: "rds.backupRetentionDays: 731 is out of range; use a whole number from 7 to 730" },
    {
        case: "a VPC too small for 2 zones x 2 tiers",
        args: { vpcCidr: "10.0.0.0/28" },
        problem: 'vpcCidr: "10.0.0.0/28" is too small for 2 zones x 2 tiers (web, data) of /29 vSwitches or larger; use a /27 or larger block',
    },
    {
        case: "a VPC whose web vSwitches cannot hold the nodes",
        args: { vpcCidr: "10.0.0.0/27", webNodeCount: 10 },
        problem: 'vpcCidr: "10.0.0.0/27" gives web vSwitches of /29 with 4 usable addresses, but 10 web nodes and the NAT gateway need 6 in the first zone; use a larger vpcCidr or fewer nodes',
    },
    {
        case: "a malformed VPC block",
        args: { vpcCidr: "10.0.0.0/33" },
        problem: 'vpcCidr: "10.0.0.0/33" is not an IPv4 CIDR block; write it as address/prefix, e.g. 10.0.0.0/16',
    },
    {
        case: "a reserved VPC block",
        args: { vpcCidr: "100.64.0.0/16" },
        problem: 'vpcCidr: "100.64.0.0/16" overlaps the reserved block 100.64.0.0/10; choose a block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16',
    },
    { case: "no EIP", args: { eipCount: 0 }, problem: "eipCount: 0 is out of range; use a whole number from 1 to 10" },
    { case: "2000 Mbit/s", args: { bandwidthMbps: 2000 }, problem: "bandwidthMbps: 2000 is out of range; use a whole number from 1 to 1000" },
    { case: "listener port 0", args: { listenerPort: 0 }, problem: "listenerPort: 0 is out of range; use a whole number from 1 to 65535" },
    {
        case: "a relative health path",
        args: { healthCheckPath: "healthz" },
        problem: 'healthCheckPath: "healthz" is not an absolute URL path; use one such as /healthz',
    },
    {
        case: "storage off the 5 GiB steps",
        args: { rds: { storageGiB: 22 } },
        problem: "rds.storageGiB: 22 is not a multiple of 5; RDS storage grows in steps of 5 GiB, e.g. 20, 25, 30",
    },
    { case: "10 GiB of storage", args: { rds: { storageGiB: 10 } }, problem: "rds.storageGiB: 10 is out of range; use a whole number from 20 to 2000" },
    {
        case: "an upper-case database name",
        args: { rds: { databaseName: "Shop" } },
        problem: 'rds.databaseName: "Shop" is not an RDS database name; use 2 to 64 lower-case letters, digits, "_" or "-", starting with a letter and ending with a letter or digit',
    },
    { case: "the root account", args: { rds: { accountName: "root" } }, problem: 'rds.accountName: "root" is reserved by MySQL or RDS; choose another name, e.g. "app"' },
    {
        case: "an account name with a dash",
        args: { rds: { accountName: "shop-app" } },
        problem: 'rds.accountName: "shop-app" is not an RDS account name; use 2 to 32 lower-case letters, digits or "_", starting with a letter and ending with a letter or digit',
    },
    {
        case: "an unknown Redis version",
        args: { redis: { engineVersion: "3.0" as RedisEngineVersion } },
        problem: 'redis.engineVersion: "3.0" is not one of 5.0, 6.0, 7.0; use one of them',
    },
    {
        case: "a jump host path without the jump host",
        args: { provisionVia: ProvisionVia.JumpHost, adminCidrs: ["10.10.0.0/24"] },
        problem: "provisionVia: JumpHost needs jumpHost (the bastion's address); set jumpHost, or use provisionVia: CloudAssistant",
    },
    {
        case: "a jump host that is never used",
        args: { jumpHost: { host: "203.0.113.200", hostKey: JUMP_HOST_KEY } },
        problem: "jumpHost: only used with provisionVia: JumpHost, but provisionVia is CloudAssistant; remove jumpHost or set provisionVia: JumpHost",
    },
    {
        case: "a jump host path without credentials",
        args: { provisionVia: ProvisionVia.JumpHost, jumpHost: { host: "203.0.113.200", hostKey: JUMP_HOST_KEY }, passwordLogin: false, sshPublicKey: "ssh-ed25519 AAAA test", adminCidrs: ["10.10.0.0/24"] },
        problem: "sshPrivateKey: not set, and passwordLogin is false, so the provisioning commands cannot log in; set sshPrivateKey (matching sshPublicKey) or passwordLogin: true",
    },
    {
        case: "a jump host path that SSH cannot take (no adminCidrs)",
        args: { provisionVia: ProvisionVia.JumpHost, jumpHost: { host: "203.0.113.200", hostKey: JUMP_HOST_KEY } },
        problem: "adminCidrs: empty, so SSH from outside the security group is closed and the provisioning commands cannot connect; add the block they connect from (the jump host's address, e.g. 198.51.100.7/32), or use provisionVia: CloudAssistant",
    },
    {
        case: "a jump host that is not a host, on a port that is not a port",
        args: { provisionVia: ProvisionVia.JumpHost, jumpHost: { host: "203.0.113.5; rm -rf /", port: 99999, hostKey: JUMP_HOST_KEY }, adminCidrs: ["10.10.0.0/24"] },
        problem: [
            'jumpHost.host: "203.0.113.5; rm -rf /" is not a host; use an IPv4 address or a DNS name, e.g. "203.0.113.5" or "bastion.example.com"',
            "jumpHost.port: 99999 is out of range; use a whole number from 1 to 65535",
        ],
    },
    {
        case: "SSH open to the internet",
        args: { adminCidrs: ["0.0.0.0/0"] },
        problem: 'adminCidrs[0]: "0.0.0.0/0" opens SSH to the whole internet; list the blocks you administer from, e.g. 198.51.100.7/32',
    },
    {
        case: "SSH open to the internet through two halves",
        args: { adminCidrs: ["0.0.0.0/1", "128.0.0.0/1"] },
        problem:
            'adminCidrs: ["0.0.0.0/1", "128.0.0.0/1"] together cover every IPv4 address (0.0.0.0/0) and open SSH to the whole internet; list only the blocks you administer from, e.g. 198.51.100.7/32',
    },
    {
        case: "an upper-case node prefix",
        args: { webNodeNamePrefix: "Web" },
        problem: 'webNodeNamePrefix: "Web" is not a host name prefix; use up to 31 lower-case letters, digits and "-", starting with a letter',
    },
];

describe("AppTier validation", () => {
    for (const row of bad) {
        it(`rejects ${row.case} before creating any child`, async () => {
            const { problems, registered } = await problemsOf(row.args);
            assert.deepEqual(problems, [row.problem].flat());
            assert.deepEqual(registered.map((r) => r.type), [T.tier]);
        });
    }

    it("collects every problem into one error before creating any child", async () => {
        const { problems, registered } = await problemsOf({
            zoneIds: ["cn-hangzhou-j"],
            vpcCidr: "10.0.0.0/28",
            backendWeights: [100, 250, 100],
            rds: { backupRetentionDays: 1000 },
            eipCount: 11,
        });
        assert.deepEqual(problems, [
            'vpcCidr: "10.0.0.0/28" is too small for 2 zones x 2 tiers (web, data) of /29 vSwitches or larger; use a /27 or larger block',
            'zoneIds: ["cn-hangzhou-j"] is not two distinct zones; AppTier spreads over exactly 2 zones, so list two different zone ids or leave zoneIds unset',
            "eipCount: 11 is out of range; use a whole number from 1 to 10",
            "backendWeights: 3 weights for 2 web nodes; give one weight (0 to 100) per node, in node order",
            "backendWeights[1]: 250 is out of range; use a whole number from 0 to 100",
            "rds.backupRetentionDays: 1000 is out of range; use a whole number from 7 to 730",
        ]);
        assert.deepEqual(registered.map((r) => r.type), [T.tier]);
    });

    it("accepts the smallest VPC that holds 2 zones x 2 tiers and the default nodes", async () => {
        const { problems } = await problemsOf({ vpcCidr: "10.0.0.0/27", zoneIds: ["cn-hangzhou-j"] });
        assert.deepEqual(problems, [
            'zoneIds: ["cn-hangzhou-j"] is not two distinct zones; AppTier spreads over exactly 2 zones, so list two different zone ids or leave zoneIds unset',
        ]);
    });
});
