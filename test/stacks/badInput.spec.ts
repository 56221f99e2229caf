import { strict as assert } from "node:assert";
import * as pulumi from "@pulumi/pulumi";
import { plainInputs, secretInputPaths } from "../../tools/mocks";
import { planStack } from "../../tools/plan/planStack";
import { secretPlaceholder } from "../../tools/plan/stackConfig";
import { providerConfigKeys } from "../../stacks/providerConfig";
import { projectDir, temporaryDir, writeConfigFile } from "../support/planFiles";
import { JUMP_HOST_KEY } from "../support/hostKeys";

const region = { "alicloud:region": "cn-hangzhou" };
const admin = { adminCidrs: ["198.51.100.7/32"] };
/** The one error of the whole stack: every problem of the config and of every blueprint, in one pass. */
const stackError = (...lines: string[]) => `invalid stack configuration:\n${lines.map((l) => `  - ${l}`).join("\n")}`;
const clusterKeys =
    "adminCidrs, eipBandwidthMbps, existingVswitchId, image, imageId, instanceType, nodeCount, nodeNamePrefix, passwordLogin, publicAccess, sshPublicKey, sshUser, systemDiskCategory, systemDiskSize, tags, vpcCidr, vswitchCidr, zoneId";
const userNameFix = 'use up to 32 lower-case letters, digits, "_" or "-", starting with a letter or "_", e.g. "root"';

/** Every class of bad input the issue lists, each with the exact message a user sees. */
const table: Array<{ case: string; config: Record<string, unknown>; message: string }> = [
    // ranges, CIDRs and logins: the component's own checks, under the config key
    { case: "node count 0", config: { ...region, "alicloud-blueprints:cluster": { nodeCount: 0 } }, message: stackError("alicloud-blueprints:cluster.nodeCount: 0 is out of range; use a whole number from 1 to 100") },
    { case: "node count 101", config: { ...region, "alicloud-blueprints:cluster": { nodeCount: 101 } }, message: stackError("alicloud-blueprints:cluster.nodeCount: 101 is out of range; use a whole number from 1 to 100") },
    {
        case: "malformed VPC CIDR",
        config: { ...region, "alicloud-blueprints:cluster": { vpcCidr: "10.0.0/16" } },
        message: stackError('alicloud-blueprints:cluster.vpcCidr: "10.0.0/16" is not an IPv4 CIDR block; write it as address/prefix, e.g. 10.0.0.0/16'),
    },
    {
        case: "VPC CIDR with host bits",
        config: { ...region, "alicloud-blueprints:cluster": { vpcCidr: "10.0.0.1/16" } },
        message: stackError('alicloud-blueprints:cluster.vpcCidr: "10.0.0.1/16" has host bits set; the block starts at 10.0.0.0/16, write that instead'),
    },
    {
        case: "vSwitch CIDR outside the VPC",
        config: { ...region, "alicloud-blueprints:cluster": { vpcCidr: "10.0.0.0/16", vswitchCidr: "10.1.0.0/24" } },
        message: stackError('alicloud-blueprints:cluster.vswitchCidr: "10.1.0.0/24" is outside the VPC block 10.0.0.0/16; choose a vSwitch block inside 10.0.0.0/16'),
    },
    {
        case: "SSH open to the world",
        config: { ...region, "alicloud-blueprints:cluster": { adminCidrs: ["0.0.0.0/0"] } },
        message: stackError('alicloud-blueprints:cluster.adminCidrs[0]: "0.0.0.0/0" opens SSH to the whole internet; list the blocks you administer from, e.g. 198.51.100.7/32'),
    },
    {
        case: "SSH open to the world in three pieces",
        config: { ...region, "alicloud-blueprints:cluster": { adminCidrs: ["0.0.0.0/1", "128.0.0.0/2", "192.0.0.0/2"] } },
        message: stackError(
            'alicloud-blueprints:cluster.adminCidrs: ["0.0.0.0/1", "128.0.0.0/2", "192.0.0.0/2"] together cover every IPv4 address (0.0.0.0/0) and open SSH to the whole internet; list only the blocks you administer from, e.g. 198.51.100.7/32',
        ),
    },
    {
        case: "no way to log in",
        config: { ...region, "alicloud-blueprints:cluster": { passwordLogin: false } },
        message: stackError("alicloud-blueprints:cluster.passwordLogin: false with no sshPublicKey leaves no way to log in; set sshPublicKey or passwordLogin: true"),
    },
    {
        case: "several problems at once",
        config: { ...region, "alicloud-blueprints:cluster": { nodeCount: 0, eipBandwidthMbps: 500 } },
        message: stackError(
            "alicloud-blueprints:cluster.nodeCount: 0 is out of range; use a whole number from 1 to 100",
            "alicloud-blueprints:cluster.eipBandwidthMbps: 500 is out of range; use a whole number from 1 to 200",
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
        message: stackError(
            'alicloud-blueprints:cenMesh.accounts: "student2" vSwitch 172.17.96.0/20 overlaps "master" VPC 172.17.0.0/16; give each account a disjoint block, or leave vpcCidr and vswitchCidrs unset to plan one from supernet',
        ),
    },
    // types, enums and keys: derived from the component schema
    { case: "unknown enum value", config: { ...region, "alicloud-blueprints:cluster": { publicAccess: "Public" } }, message: stackError('alicloud-blueprints:cluster.publicAccess: "Public" is not one of None, Eip; use one of them') },
    { case: "an enum value in the wrong case", config: { ...region, "alicloud-blueprints:cluster": { publicAccess: "eip" } }, message: stackError('alicloud-blueprints:cluster.publicAccess: "eip" is not one of None, Eip (did you mean "Eip"?); use one of them') },
    { case: "unknown failover profile", config: { ...region, "alicloud-blueprints:havipPair": { profile: "Turbo" } }, message: stackError('alicloud-blueprints:havipPair.profile: "Turbo" is not one of Standard, Fast, Classic; use one of them') },
    { case: "wrong type", config: { ...region, "alicloud-blueprints:cluster": { nodeCount: "four" } }, message: stackError('alicloud-blueprints:cluster.nodeCount: "four" is not a number; write a number') },
    {
        case: "numbers and a boolean in quotes (YAML reads them as text)",
        config: { ...region, "alicloud-blueprints:cluster": { nodeCount: "4", systemDiskSize: " 40", passwordLogin: "true" } },
        message: stackError(
            'alicloud-blueprints:cluster.nodeCount: "4" is not a number; write 4 without quotes',
            'alicloud-blueprints:cluster.systemDiskSize: " 40" is not a number; write 40 without quotes',
            'alicloud-blueprints:cluster.passwordLogin: "true" is not a boolean; write true without quotes',
        ),
    },
    {
        case: "account ids without quotes (YAML reads them as numbers, the second past 2^53)",
        config: {
            ...region,
            "alicloud-blueprints:cenMesh": { accounts: [{ name: "a", accountId: 1234567890123456 }, { name: "b", accountId: 12345678901234567 }] },
        },
        message: stackError(
            'alicloud-blueprints:cenMesh.accounts[0].accountId: 1234567890123456 is not a string; write it in quotes: "1234567890123456"',
            "alicloud-blueprints:cenMesh.accounts[1].accountId: 12345678901234568 is not a string; write it in quotes, with the digits you were given (unquoted, a number this long loses its last digits)",
        ),
    },
    { case: "grammar: an array", config: { ...region, "alicloud-blueprints:cluster": { adminCidrs: "198.51.100.7/32" } }, message: stackError('alicloud-blueprints:cluster.adminCidrs: "198.51.100.7/32" is not an array; write an array') },
    { case: ".nan as a number", config: { ...region, "alicloud-blueprints:cluster": { nodeCount: NaN } }, message: stackError("alicloud-blueprints:cluster.nodeCount: NaN is not a number; write a number such as 4") },
    {
        case: "misspelt setting",
        config: { ...region, "alicloud-blueprints:cluster": { nodecount: 4 } },
        message: stackError(`alicloud-blueprints:cluster: "nodecount" is not a setting (did you mean "nodeCount"?); the settings are ${clusterKeys}`),
    },
    {
        case: "a setting the component lacks (appTier.eipBandwidthMbps, once accepted and ignored)",
        config: { ...region, "alicloud-blueprints:appTier": { eipBandwidthMbps: 150 } },
        message: stackError(
            'alicloud-blueprints:appTier: "eipBandwidthMbps" is not a setting (did you mean "bandwidthMbps"?); the settings are adminCidrs, backendWeights, bandwidthBilling, bandwidthMbps, eipCount, healthCheckPath, image, imageId, instanceType, jumpHost, listenerPort, passwordLogin, protect, provisionVia, rds, redis, sshPublicKey, systemDiskCategory, systemDiskSize, tags, vpcCidr, webNodeCount, webNodeNamePrefix, webPort, zoneIds',
        ),
    },
    { case: "a mesh account without its id", config: { ...region, "alicloud-blueprints:cenMesh": { accounts: [{ name: "master" }, { name: "b", accountId: "2" }] } }, message: stackError("alicloud-blueprints:cenMesh.accounts[0].accountId: is required and not set; set it to a string") },
    // empty and missing
    { case: "a blueprint key with no value (args null)", config: { ...region, "alicloud-blueprints:cluster": null }, message: stackError("alicloud-blueprints:cluster: is empty; write the blueprint's settings under it (see README), e.g. nodeCount: 2") },
    {
        case: "empty strings",
        config: { ...region, "alicloud-blueprints:cluster": { instanceType: "", imageId: "", zoneId: "", systemDiskCategory: "", sshUser: "" } },
        message: stackError(
            'alicloud-blueprints:cluster.instanceType: "" is empty; write a value or leave instanceType out for its default',
            'alicloud-blueprints:cluster.imageId: "" is empty; write a value or leave imageId out for its default',
            'alicloud-blueprints:cluster.systemDiskCategory: "" is empty; write a value or leave systemDiskCategory out for its default',
            'alicloud-blueprints:cluster.zoneId: "" is empty; write a value or leave zoneId out for its default',
            `alicloud-blueprints:cluster.sshUser: "" is not a Linux user name; ${userNameFix}`,
        ),
    },
    { case: "missing region", config: { "alicloud-blueprints:cluster": { nodeCount: 1 } }, message: stackError("alicloud:region: is required and not set; run `pulumi config set alicloud:region cn-hangzhou` (or your region)") },
    { case: "an empty region (once the region \"null\")", config: { "alicloud:region": null, "alicloud-blueprints:cluster": {} }, message: stackError('alicloud:region: is empty; set a region id such as "cn-hangzhou"') },
    {
        case: "no blueprint configured",
        config: { ...region },
        message: stackError("this stack configures no blueprint; set at least one of alicloud-blueprints:cluster, alicloud-blueprints:havipPair, alicloud-blueprints:cenMesh, alicloud-blueprints:appTier (see README)"),
    },
    // regions and zones
    {
        case: "a misspelt region, with the closest known one",
        config: { "alicloud:region": "cn-hangzou", "alicloud-blueprints:cluster": {} },
        message: stackError('alicloud:region: "cn-hangzou" is not an Alibaba Cloud region (did you mean "cn-hangzhou"?); use a region id the Alibaba Cloud provider knows, such as "cn-hangzhou" (for a region newer than that list, `pulumi config set alicloud:skipRegionValidation true`)'),
    },
    {
        case: "a region with a command in it",
        config: { "alicloud:region": "cn-hangzhou$(id)", "alicloud-blueprints:cluster": {} },
        message: stackError('alicloud:region: "cn-hangzhou$(id)" is not a region id; use a region id the Alibaba Cloud provider knows, such as "cn-hangzhou"'),
    },
    {
        case: "a region of the right form that the provider's list lacks, with the provider's own way round it",
        config: { "alicloud:region": "eu-north-1", "alicloud-blueprints:cluster": {} },
        message: stackError('alicloud:region: "eu-north-1" is not an Alibaba Cloud region; use a region id the Alibaba Cloud provider knows, such as "cn-hangzhou" (for a region newer than that list, `pulumi config set alicloud:skipRegionValidation true`)'),
    },
    {
        case: "skipRegionValidation lets a new region of the right form through, never a malformed one",
        config: { "alicloud:region": "cn-hangzhou$(id)", "alicloud:skipRegionValidation": true, "alicloud-blueprints:cluster": {} },
        message: stackError('alicloud:region: "cn-hangzhou$(id)" is not a region id; use a region id the Alibaba Cloud provider knows, such as "cn-hangzhou"'),
    },
    {
        case: "zones of another region",
        config: { ...region, "alicloud-blueprints:appTier": { zoneIds: ["cn-beijing-a", "cn-beijing-b"] } },
        message: stackError(
            'alicloud-blueprints:appTier.zoneIds[0]: "cn-beijing-a" is not a zone of the region cn-hangzhou; use a zone of cn-hangzhou such as "cn-hangzhou-a", or change alicloud:region',
            'alicloud-blueprints:appTier.zoneIds[1]: "cn-beijing-b" is not a zone of the region cn-hangzhou; use a zone of cn-hangzhou such as "cn-hangzhou-a", or change alicloud:region',
        ),
    },
    // hosts, ports, injection
    {
        case: "a jump host without its host key",
        config: { ...region, "alicloud-blueprints:havipPair": { ...admin, publicAccess: "None", jumpHost: { host: "203.0.113.5" } } },
        message: stackError("alicloud-blueprints:havipPair.jumpHost.hostKey: is required and not set; set it to a string"),
    },
    {
        case: "a jump host that is a command, on a port that is not a port",
        config: { ...region, "alicloud-blueprints:havipPair": { ...admin, publicAccess: "None", jumpHost: { host: "203.0.113.5; rm -rf /", port: 99999, hostKey: JUMP_HOST_KEY } } },
        message: stackError(
            'alicloud-blueprints:havipPair.jumpHost.host: "203.0.113.5; rm -rf /" is not a host; use an IPv4 address or a DNS name, e.g. "203.0.113.5" or "bastion.example.com"',
            "alicloud-blueprints:havipPair.jumpHost.port: 99999 is out of range; use a whole number from 1 to 65535",
        ),
    },
    { case: "a web port of 0", config: { ...region, "alicloud-blueprints:appTier": { webPort: 0 } }, message: stackError("alicloud-blueprints:appTier.webPort: 0 is out of range; use a whole number from 1 to 65535") },
    {
        case: "an ssh_config line smuggled in through sshUser",
        config: { ...region, "alicloud-blueprints:cluster": { sshUser: "root\n  ProxyCommand sh -c 'id'" } },
        message: stackError(`alicloud-blueprints:cluster.sshUser: "root\\n  ProxyCommand sh -c 'id'" is not a Linux user name; ${userNameFix}`),
    },
    {
        case: "a long value and escape bytes, shortened and escaped",
        config: { ...region, "alicloud-blueprints:cluster": { nodeNamePrefix: "x".repeat(5000), sshUser: "\u001b[31mred" } },
        message: stackError(
            `alicloud-blueprints:cluster.nodeNamePrefix: "${"x".repeat(60)}"... (5000 characters) is not a host name prefix; use up to 31 lower-case letters, digits and "-", starting with a letter`,
            `alicloud-blueprints:cluster.sshUser: "\\u001b[31mred" is not a Linux user name; ${userNameFix}`,
        ),
    },
    {
        case: "node name prefixes that would give host names ECS refuses (the cluster's and the tier's)",
        config: { ...region, "alicloud-blueprints:cluster": { nodeNamePrefix: "web--" }, "alicloud-blueprints:appTier": { webNodeNamePrefix: "w--x" } },
        message: stackError(
            'alicloud-blueprints:cluster.nodeNamePrefix: "web--" would name a node "web--1", and an ECS host name may not hold "--"; use single "-" between letters and digits',
            'alicloud-blueprints:appTier.webNodeNamePrefix: "w--x" would name a node "w--x1", and an ECS host name may not hold "--"; use single "-" between letters and digits',
        ),
    },
    // tags: what Alibaba Cloud's tag APIs refuse, and what has no place in a tag
    {
        case: "tags with a line break in a key, a reserved prefix and a link",
        config: { ...region, "alicloud-blueprints:cluster": { tags: { "team\nx": "a", "acs:owner": "b", "Aliyun-team": "c", site: "https://example.com" } } },
        message: stackError(
            'alicloud-blueprints:cluster.tags["team\\nx"]: the key has a control character (a line break?); use a key of 1 to 128 characters, e.g. "team"',
            'alicloud-blueprints:cluster.tags["acs:owner"]: the key starts with "acs:", which Alibaba Cloud keeps for its own tags; use a key of 1 to 128 characters, e.g. "team"',
            'alicloud-blueprints:cluster.tags["Aliyun-team"]: the key starts with "Aliyun", which Alibaba Cloud keeps for its own tags; use a key of 1 to 128 characters, e.g. "team"',
            'alicloud-blueprints:cluster.tags["site"]: "https://example.com" contains "https://", which Alibaba Cloud refuses in tags; use a value of up to 128 characters, e.g. "blue"',
        ),
    },
    {
        case: "a mesh's tags: an empty key, a value with a line break, a value too long",
        config: {
            ...region,
            "alicloud-blueprints:cenMesh": {
                accounts: [{ name: "a", accountId: "1000000000000001" }, { name: "b", accountId: "1000000000000002" }],
                tags: { "": "x", owner: "me\n$(id)", note: "n".repeat(129) },
            },
        },
        message: stackError(
            'alicloud-blueprints:cenMesh.tags[""]: the key is empty; use a key of 1 to 128 characters, e.g. "team"',
            'alicloud-blueprints:cenMesh.tags["owner"]: "me\\n$(id)" has a control character (a line break?); use a value of up to 128 characters, e.g. "blue"',
            `alicloud-blueprints:cenMesh.tags["note"]: "${"n".repeat(60)}"... (129 characters) is longer than 128 characters; use a value of up to 128 characters, e.g. "blue"`,
        ),
    },
    {
        case: "more tags than a resource takes beside the blueprint's own",
        config: { ...region, "alicloud-blueprints:havipPair": { ...admin, tags: Object.fromEntries(Array.from({ length: 18 }, (_, i) => [`k${i}`, "v"])) } },
        message: stackError("alicloud-blueprints:havipPair.tags: 18 tags given; a resource takes 20 and the blueprints add up to 3 of their own, so use at most 17"),
    },
    // top-level keys and secrets
    {
        case: "a misspelt second blueprint key (havipPiar), never silently skipped",
        config: { ...region, "alicloud-blueprints:cluster": {}, "alicloud-blueprints:havipPiar": { nodeCount: 2 } },
        message: stackError('alicloud-blueprints: "havipPiar" is not a setting (did you mean "havipPair"?); the settings are cluster, havipPair, cenMesh, appTier, sshPrivateKey, jumpHostPrivateKey, jumpHostPassword'),
    },
    {
        case: "a private key in plain text, in the blueprint and as its own key",
        config: { ...region, "alicloud-blueprints:havipPair": { ...admin, sshPrivateKey: "-----BEGIN" }, "alicloud-blueprints:sshPrivateKey": "-----BEGIN OPENSSH" },
        message: stackError(
            "alicloud-blueprints:havipPair.sshPrivateKey: is a secret and belongs in its own secret config key, not in the blueprint's settings; remove it and run `pulumi config set --secret alicloud-blueprints:sshPrivateKey < ~/.ssh/id_ed25519`",
            "alicloud-blueprints:sshPrivateKey: is set in plain text, but it is a secret; run `pulumi config rm alicloud-blueprints:sshPrivateKey`, then `pulumi config set --secret alicloud-blueprints:sshPrivateKey < ~/.ssh/id_ed25519`",
        ),
    },
    {
        case: "account AccessKeys in plain text",
        config: {
            ...region,
            "alicloud-blueprints:cenMesh": { accounts: [{ name: "master", accountId: "1000000000000001", accessKey: "LTAI" }, { name: "b", accountId: "1000000000000002" }] },
            "alicloud-blueprints:bAccessKey": "LTAI5",
            "alicloud-blueprints:bSecretKey": "x",
        },
        message: stackError(
            "alicloud-blueprints:cenMesh.accounts[0].accessKey: is a secret and belongs in its own secret config key, not in the blueprint's settings; remove it and run `pulumi config set --secret alicloud-blueprints:masterAccessKey <AccessKey ID>`",
            "alicloud-blueprints:bAccessKey: is set in plain text, but it is a secret; run `pulumi config rm alicloud-blueprints:bAccessKey`, then `pulumi config set --secret alicloud-blueprints:bAccessKey <AccessKey ID>`",
            "alicloud-blueprints:bSecretKey: is set in plain text, but it is a secret; run `pulumi config rm alicloud-blueprints:bSecretKey`, then `pulumi config set --secret alicloud-blueprints:bSecretKey <AccessKey secret>`",
        ),
    },
    {
        case: "a jump host's key and password in plain text in the blueprint's settings (their values never shown)",
        config: {
            ...region,
            "alicloud-blueprints:havipPair": { ...admin, publicAccess: "None", jumpHost: { host: "203.0.113.5", hostKey: JUMP_HOST_KEY, privateKey: "-----BEGIN OPENSSH PRIVATE KEY-----", password: "hunter2" } },
            "alicloud-blueprints:appTier": { provisionVia: "JumpHost", ...admin, jumpHost: { host: "203.0.113.5", hostKey: JUMP_HOST_KEY, password: 987654321 } },
        },
        message: stackError(
            "alicloud-blueprints:havipPair.jumpHost.privateKey: is a secret and belongs in its own secret config key, not in the blueprint's settings; remove it and run `pulumi config set --secret alicloud-blueprints:jumpHostPrivateKey < ~/.ssh/id_ed25519`",
            "alicloud-blueprints:havipPair.jumpHost.password: is a secret and belongs in its own secret config key, not in the blueprint's settings; remove it and run `pulumi config set --secret alicloud-blueprints:jumpHostPassword <value>`",
            "alicloud-blueprints:appTier.jumpHost.password: is a secret and belongs in its own secret config key, not in the blueprint's settings; remove it and run `pulumi config set --secret alicloud-blueprints:jumpHostPassword <value>`",
        ),
    },
    {
        case: "one account's AccessKey without its secret: the message names that account's key",
        config: {
            ...region,
            "alicloud-blueprints:cenMesh": { accounts: [{ name: "master", accountId: "1000000000000001" }, { name: "b", accountId: "1000000000000002" }] },
            "alicloud-blueprints:bAccessKey": { secure: "v1:AAAA" },
        },
        message: stackError("alicloud-blueprints:bSecretKey: not set, but its pair is; set both accessKey and secretKey, or neither to use assume-role"),
    },
    {
        case: "a provider key the provider does not know (it would fail the preview), and its credentials in plain text",
        config: { ...region, "alicloud:regoin": "cn-beijing", "alicloud:accessKey": "LTAI5", "alicloud:secretKey": "x", "alicloud-blueprints:cluster": {} },
        message: stackError(
            "alicloud:accessKey: is set in plain text, but it is a secret; run `pulumi config rm alicloud:accessKey`, then `pulumi config set --secret alicloud:accessKey <AccessKey ID>`",
            `alicloud: "regoin" is not a setting (did you mean "region"?); the settings are ${providerConfigKeys.join(", ")}`,
            "alicloud:secretKey: is set in plain text, but it is a secret; run `pulumi config rm alicloud:secretKey`, then `pulumi config set --secret alicloud:secretKey <AccessKey secret>`",
        ),
    },
    // provisioning that could never connect
    {
        case: "provisioning over SSH with no adminCidrs",
        config: { ...region, "alicloud-blueprints:havipPair": {} },
        message: stackError(
            "alicloud-blueprints:havipPair.adminCidrs: empty, so SSH from outside the security group is closed and the provisioning commands cannot connect; add the block they connect from (where `pulumi up` runs, e.g. 198.51.100.7/32), or set provision: false",
        ),
    },
    {
        case: "provisioning with neither an EIP nor a jump host",
        config: { ...region, "alicloud-blueprints:havipPair": { ...admin, publicAccess: "None" } },
        message: stackError("alicloud-blueprints:havipPair.publicAccess: None leaves the provisioning commands no way to the nodes; set jumpHost, publicAccess: Eip, or provision: false"),
    },
    // existing resources the offline plan cannot know
    {
        case: "an existing vSwitch, which the offline plan cannot look up",
        config: { ...region, "alicloud-blueprints:cluster": { existingVswitchId: "vsw-bp1example" } },
        message:
            'existingVswitchId: "vsw-bp1example" cannot be checked offline: the plan has no cloud account, so it knows no existing vSwitch; `pulumi preview` looks it up in the region, or plan without existingVswitchId to see a new VPC and vSwitch',
    },
    // one pass: every blueprint's problems together
    {
        case: "all four blueprints bad at once: every problem reported",
        config: {
            ...region,
            "alicloud-blueprints:cluster": { nodeCount: 0 },
            "alicloud-blueprints:havipPair": { ...admin, nodeCount: 1 },
            "alicloud-blueprints:cenMesh": { accounts: [{ name: "a", accountId: "1000000000000001" }] },
            "alicloud-blueprints:appTier": { webPort: 0 },
            "alicloud-blueprints:clusterr": {},
        },
        message: stackError(
            "alicloud-blueprints:cluster.nodeCount: 0 is out of range; use a whole number from 1 to 100",
            "alicloud-blueprints:havipPair.nodeCount: 1 is out of range; use a whole number from 2 to 10",
            "alicloud-blueprints:cenMesh.accounts: 1 account(s) given; a mesh joins at least 2, so add another account",
            "alicloud-blueprints:appTier.webPort: 0 is out of range; use a whole number from 1 to 65535",
            'alicloud-blueprints: "clusterr" is not a setting (did you mean "cluster"?); the settings are cluster, havipPair, cenMesh, appTier, sshPrivateKey, jumpHostPrivateKey, jumpHostPassword, aAccessKey, aSecretKey',
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

    it("reports config and blueprint problems as one RunError, which the engine prints without a stack trace", async () => {
        const configFile = writeConfigFile(temp.dir, "run-error", { ...region, "alicloud-blueprints:cluster": { publicAccess: "Public" }, "alicloud-blueprints:appTier": { webPort: 0 } });
        await assert.rejects(planStack({ projectDir, stack: "dev", configFile }), (err: Error) => {
            assert.ok(pulumi.RunError.isInstance(err));
            assert.doesNotMatch(err.message, /\n\s+at /);
            return true;
        });
    });

    it("passes legal tags to the cloud as they are, shell characters included (no tag reaches a script)", async () => {
        const tags = { ...Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`k${i}`, ""])), team: "$(id) `x` 'q'", "cost:center": "c".repeat(128) };
        const configFile = writeConfigFile(temp.dir, "legal-tags", { ...region, "alicloud-blueprints:cluster": { nodeCount: 1, tags } });
        const plan = await planStack({ projectDir, stack: "dev", configFile });
        const instance = plan.resources.find((r) => r.type === "alicloud:ecs/instance:Instance")!;
        assert.deepEqual(instance.inputs.tags, { ...tags, node: "node1" });
    });

    it("gives the jump host its own key from secret config, kept secret", async () => {
        const configFile = writeConfigFile(temp.dir, "jump-host-key", {
            ...region,
            "alicloud-blueprints:havipPair": { ...admin, publicAccess: "None", jumpHost: { host: "203.0.113.5", hostKey: JUMP_HOST_KEY } },
            "alicloud-blueprints:jumpHostPrivateKey": { secure: "v1:AAAA" },
        });
        const plan = await planStack({ projectDir, stack: "dev", configFile });
        const commands = plan.recorded.filter((r) => r.type === "command:remote:Command");
        assert.ok(commands.length > 0);
        for (const command of commands) {
            assert.equal(plainInputs(command).connection.proxy.privateKey, secretPlaceholder);
            assert.equal(plainInputs(command).connection.privateKey, undefined, "the nodes' key stays unset (sshPrivateKey is not)");
            assert.ok(secretInputPaths(command).includes("connection"));
        }
    });

    it("takes a region newer than the provider's list when alicloud:skipRegionValidation says so, and secret provider credentials", async () => {
        const configFile = writeConfigFile(temp.dir, "skip-region", {
            "alicloud:region": "eu-north-1",
            "alicloud:skipRegionValidation": true,
            "alicloud:accessKey": { secure: "v1:AAAA" },
            "alicloud:secretKey": { secure: "v1:BBBB" },
            "alicloud-blueprints:cluster": { nodeCount: 1, zoneId: "eu-north-1a", instanceType: "ecs.t6-c1m1.large", imageId: "ubuntu_22_04_x64_20G_alibase_20240101.vhd" },
        });
        const plan = await planStack({ projectDir, stack: "dev", configFile });
        assert.equal(plan.outputs.region, "eu-north-1");
    });

    it("plans a valid config (the table's rows fail for their own reason only)", async () => {
        const configFile = writeConfigFile(temp.dir, "valid", { ...region, "alicloud-blueprints:cluster": { nodeCount: 1 } });
        const plan = await planStack({ projectDir, stack: "dev", configFile });
        assert.equal(plan.resources.filter((r) => r.type === "alicloud:ecs/instance:Instance").length, 1);
    });
});
