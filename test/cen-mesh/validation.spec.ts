import { strict as assert } from "node:assert";
import * as pulumi from "@pulumi/pulumi";
import { CenMeshAccount, CenMeshArgs } from "alicloud-blueprints";
import { problemsOf, studentAccounts, T } from "./support";

const fix = "give each account a disjoint block, or leave vpcCidr and vswitchCidrs unset to plan one from supernet";
const id = (n: number) => String(1_000_000_000_000_000 + n);
const account = (name: string, n: number, extra: Partial<CenMeshAccount> = {}): CenMeshAccount => ({ name, accountId: id(n), ...extra });

interface Row {
    title: string;
    args: CenMeshArgs;
    problems: string[];
}

function runTable(rows: Row[]): void {
    for (const row of rows) {
        it(row.title, async () => {
            const { error, problems, registered } = await problemsOf(row.args);
            assert.ok(error instanceof pulumi.ResourceError, "one ResourceError");
            assert.deepEqual(problems, row.problems);
            assert.deepEqual(
                registered.map((r) => r.type),
                [T.mesh],
                "nothing but the component itself is registered before validation fails",
            );
        });
    }
}

describe("CenMesh validation", () => {
    describe("overlapping blocks between accounts", () => {
        runTable([
            {
                title: "the recipe: a child's vSwitch 172.17.96.0/20 inside the master's VPC",
                args: {
                    region: "cn-hangzhou",
                    accounts: [
                        account("master", 1, { vpcCidr: "172.17.0.0/16" }),
                        account("student2", 2, { vpcCidr: "172.16.0.0/12", vswitchCidrs: ["172.17.96.0/20", "172.18.0.0/20"] }),
                    ],
                },
                problems: [`accounts: "student2" vSwitch 172.17.96.0/20 overlaps "master" VPC 172.17.0.0/16; ${fix}`],
            },
            {
                title: "two accounts on Alibaba's default VPC: the same default vSwitch 172.17.96.0/20 in both",
                args: {
                    region: "cn-hangzhou",
                    accounts: [
                        account("master", 1, { vpcCidr: "172.16.0.0/12", vswitchCidrs: ["172.17.96.0/20", "172.16.0.0/20"] }),
                        account("student2", 2, { vpcCidr: "172.16.0.0/12", vswitchCidrs: ["172.17.96.0/20", "172.18.0.0/20"] }),
                    ],
                },
                problems: [`accounts: "student2" vSwitch 172.17.96.0/20 overlaps "master" vSwitch 172.17.96.0/20; ${fix}`],
            },
            {
                title: "a child VPC that contains the master's whole network, with vSwitches elsewhere",
                args: {
                    region: "cn-hangzhou",
                    accounts: [
                        account("master", 1, { vpcCidr: "10.0.0.0/16" }),
                        account("student2", 2, { vpcCidr: "10.0.0.0/8", vswitchCidrs: ["10.9.0.0/24", "10.9.1.0/24"] }),
                    ],
                },
                problems: [`accounts: "student2" VPC 10.0.0.0/8 overlaps "master" vSwitch 10.0.0.0/24; ${fix}`],
            },
            {
                title: "the same VPC block twice (the planned vSwitches collide too)",
                args: {
                    region: "cn-hangzhou",
                    accounts: [account("a", 1, { vpcCidr: "192.168.0.0/16" }), account("b", 2, { vpcCidr: "192.168.0.0/16" })],
                },
                problems: [`accounts: "b" vSwitch 192.168.0.0/24 overlaps "a" vSwitch 192.168.0.0/24; ${fix}`],
            },
            {
                title: "one message per overlapping pair of accounts, in account order",
                args: {
                    region: "cn-hangzhou",
                    accounts: [
                        account("master", 1, { vpcCidr: "172.17.0.0/16" }),
                        account("student2", 2, { vpcCidr: "10.1.0.0/16" }),
                        account("student3", 3, { vpcCidr: "172.17.128.0/17", vswitchCidrs: ["172.17.128.0/24", "172.17.129.0/24"] }),
                        account("student4", 4, { vpcCidr: "10.1.64.0/18", vswitchCidrs: ["10.1.64.0/24", "10.1.65.0/24"] }),
                        account("student5", 5),
                    ],
                },
                problems: [
                    `accounts: "student3" vSwitch 172.17.128.0/24 overlaps "master" VPC 172.17.0.0/16; ${fix}`,
                    `accounts: "student4" vSwitch 10.1.64.0/24 overlaps "student2" VPC 10.1.0.0/16; ${fix}`,
                ],
            },
        ]);

        it("accepts adjacent blocks, which share no address", async () => {
            const { CenMesh } = await import("../../components");
            const { MockedRun } = await import("../../tools/mocks");
            const run = new MockedRun();
            assert.doesNotThrow(
                () =>
                    new CenMesh("mesh", {
                        region: "cn-hangzhou",
                        accounts: [account("a", 1, { vpcCidr: "10.0.0.0/16" }), account("b", 2, { vpcCidr: "10.1.0.0/16" })],
                    }),
            );
            await run.settled();
        });
    });

    describe("bad inputs", () => {
        runTable([
            {
                title: "fewer than 2 accounts",
                args: { region: "cn-hangzhou", accounts: studentAccounts(1) },
                problems: ["accounts: 1 account(s) given; a mesh joins at least 2, so add another account"],
            },
            {
                title: "no account at all",
                args: { region: "cn-hangzhou", accounts: [] },
                problems: ["accounts: 0 account(s) given; a mesh joins at least 2, so add another account"],
            },
            {
                title: "duplicate names and duplicate account ids",
                args: { region: "cn-hangzhou", accounts: [account("master", 1), account("student2", 2), account("master", 3), account("student4", 2)] },
                problems: [
                    'accounts[2].name: "master" is used by accounts[0] too; give every account a unique name',
                    `accounts[3].accountId: "${id(2)}" is used by accounts[1] too; give every account a unique accountId`,
                ],
            },
            {
                title: "an owner that is not in the list",
                args: { region: "cn-hangzhou", ownerAccount: "teacher", accounts: studentAccounts(2) },
                problems: ['ownerAccount: "teacher" is not the name of any account (master, student2); use one of them or leave it unset for the first'],
            },
            {
                title: "no region anywhere",
                args: { accounts: studentAccounts(2) },
                problems: ["region: not set; set region, the owner account's region or the alicloud:region config"],
            },
            {
                title: "a member in another region, a role of another account and half a key pair",
                args: {
                    region: "cn-hangzhou",
                    accounts: [
                        account("master", 1),
                        account("student2", 2, { region: "cn-beijing", assumeRoleArn: `acs:ram::${id(9)}:role/CenMeshAdmin` }),
                        account("student3", 3, { accessKey: "AK", assumeRoleArn: "arn:aws:iam::123:role/x" }),
                    ],
                },
                problems: [
                    'accounts[1].region: "cn-beijing" differs from the mesh region "cn-hangzhou"; CenMesh joins VPCs of one region, so use "cn-hangzhou" or leave it unset',
                    `accounts[1].assumeRoleArn: "acs:ram::${id(9)}:role/CenMeshAdmin" is a role of account ${id(9)}, not of ${id(2)}; use a role of the account itself`,
                    'accounts[2].assumeRoleArn: "arn:aws:iam::123:role/x" is not a RAM role ARN; write it as acs:ram::<accountId>:role/<roleName>',
                    "accounts[2].secretKey: not set, but its pair is; set both accessKey and secretKey, or neither to use assume-role",
                ],
            },
            {
                title: "bad names, ids and node counts",
                args: {
                    region: "cn-hangzhou",
                    assumeRoleName: "cen mesh",
                    accounts: [account("Master", 1, { nodeCount: 0 }), { name: "student2", accountId: "student2" }],
                },
                problems: [
                    'accounts[0].name: "Master" is not an account name; use up to 24 lower-case letters, digits and "-", starting with a letter',
                    "accounts[0].nodeCount: 0 is out of range; use a whole number from 1 to 100",
                    'accounts[1].accountId: "student2" is not an Alibaba Cloud account ID; use the numeric UID shown in the console (as a string)',
                    'assumeRoleName: "cen mesh" is not a RAM role name; use 1 to 64 letters, digits, "." or "-"',
                ],
            },
            {
                title: "names that would make node host names ECS refuses, and a hostile name given twice",
                args: {
                    region: "cn-hangzhou",
                    accounts: [account("team-", 1), account("a--b", 2), account('x"\ny', 3), account('x"\ny', 4)],
                },
                problems: [
                    'accounts[0].name: "team-" would name a node "team--node1", and an ECS host name may not hold "--"; use single "-" between letters and digits',
                    'accounts[1].name: "a--b" would name a node "a--b-node1", and an ECS host name may not hold "--"; use single "-" between letters and digits',
                    'accounts[2].name: "x\\"\\ny" is not an account name; use up to 24 lower-case letters, digits and "-", starting with a letter',
                    'accounts[3].name: "x\\"\\ny" is not an account name; use up to 24 lower-case letters, digits and "-", starting with a letter',
                    'accounts[3].name: "x\\"\\ny" is used by accounts[2] too; give every account a unique name',
                ],
            },
            {
                title: "bad blocks inside one account",
                args: {
                    region: "cn-hangzhou",
                    accounts: [
                        account("master", 1, { vpcCidr: "10.0.0.0/16", vswitchCidrs: ["10.0.0.0/24", "10.0.0.0/25"] }),
                        account("student2", 2, { vswitchCidrs: ["10.1.0.0/24", "10.1.1.0/24"] }),
                        account("student3", 3, { vpcCidr: "10.2.0.0/16", vswitchCidrs: ["10.2.0.0/24"] }),
                        account("student4", 4, { vpcCidr: "10.3.0.0/16", vswitchCidrs: ["10.3.0.0/24", "10.4.0.0/24"] }),
                        account("student5", 5, { vpcCidr: "100.64.0.0/16" }),
                    ],
                },
                problems: [
                    "accounts[0].vswitchCidrs: 10.0.0.0/24 and 10.0.0.0/25 overlap; give the two vSwitches disjoint blocks",
                    "accounts[1].vswitchCidrs: set without vpcCidr; set the VPC block they belong to, or unset both to plan them",
                    "accounts[2].vswitchCidrs: 1 block(s) given; list exactly 2, one per transit-router zone (primary, secondary)",
                    'accounts[3].vswitchCidrs[1]: "10.4.0.0/24" is outside the VPC block 10.3.0.0/16; choose a vSwitch block inside 10.3.0.0/16',
                    'accounts[4].vpcCidr: "100.64.0.0/16" overlaps the reserved block 100.64.0.0/10; choose a block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16',
                ],
            },
            {
                title: "a supernet too small for the planned blocks",
                args: { region: "cn-hangzhou", supernet: "192.168.0.0/16", vpcPrefix: 18, accounts: [...studentAccounts(4), account("extra", 9)] },
                problems: ["supernet: 192.168.0.0/16 has room for 4 VPC blocks of /18, but 5 are needed; use a larger supernet or a longer vpcPrefix"],
            },
            {
                title: "a supernet whose room is partly taken by an explicit block",
                args: {
                    region: "cn-hangzhou",
                    supernet: "192.168.0.0/16",
                    vpcPrefix: 18,
                    accounts: [account("master", 1, { vpcCidr: "192.168.128.0/17" }), ...studentAccounts(4).slice(1)],
                },
                problems: [
                    "supernet: 192.168.0.0/16 has room for 2 VPC blocks of /18 beside the explicit vpcCidr blocks, but 3 are needed; use a larger supernet or a longer vpcPrefix",
                ],
            },
            {
                title: "SSH open to the world and an out-of-range vpcPrefix",
                args: { region: "cn-hangzhou", vpcPrefix: 30, adminCidrs: ["0.0.0.0/0"], accounts: studentAccounts(2) },
                problems: [
                    "vpcPrefix: 30 is out of range; use a whole number from 8 to 28",
                    'adminCidrs[0]: "0.0.0.0/0" opens SSH to the whole internet; list the blocks you administer from, e.g. 198.51.100.7/32',
                ],
            },
        ]);
    });
});
