import { CidrError, overlaps, tryParseCidr, VPC_PREFIX_RANGE, vpcCidrProblems, vswitchCidrProblems } from "../network";
import {
    ArgProblems,
    BlueprintArgsSpec,
    describeValue,
    doubleHyphenProblem,
    enumProblem,
    integerProblem,
    nodeArgProblems,
    PublicAccess,
    publicAccessProblems,
    regionProblem,
} from "../vocabulary";
import { maxNodeCount } from "../cluster/args";
import { CenMeshArgs, CenPayer, memberNodeName, ResolvedAccount, ResolvedCenMeshArgs, resolveCenMeshArgs } from "./args";
import { attachmentZoneSlots, memberOverlapProblems, planMemberBlocks } from "./layout";

const accountName = /^[a-z][a-z0-9-]{0,23}$/;
const accountIdPattern = /^[0-9]{5,20}$/;
const roleName = /^[A-Za-z0-9.-]{1,64}$/;
const roleArn = /^acs:ram::([0-9]+):role\/[A-Za-z0-9.\-/]{1,64}$/;

/** The fix named by every overlap message. */
export const overlapFix = "give each account a disjoint block, or leave vpcCidr and vswitchCidrs unset to plan one from supernet";

/** Every problem with a mesh's own arguments, each naming the argument, the value and the fix. */
function meshProblems(args: ResolvedCenMeshArgs): string[] {
    const problems = new ArgProblems();
    const { accounts } = args;

    if (accounts.length < 2) {
        problems.add(`accounts: ${accounts.length} account(s) given; a mesh joins at least 2, so add another account`);
    }
    accounts.forEach((account, i) => problems.addAll(accountProblems(args, account, i)));
    problems.addAll(duplicateProblems(accounts, "name"));
    problems.addAll(duplicateProblems(accounts, "accountId"));
    if (args.ownerAccount !== undefined && accounts.length > 0 && !accounts.some((a) => a.name === args.ownerAccount)) {
        problems.add(
            `ownerAccount: ${describeValue(args.ownerAccount)} is not the name of any account (${accounts.map((a) => a.name).join(", ")}); use one of them or leave it unset for the first`,
        );
    }
    if (args.region === undefined || args.region === "") {
        problems.add(`region: not set; set region, the owner account's region or the alicloud:region config`);
    } else {
        problems.add(regionProblem("region", args.region));
    }
    if (!roleName.test(args.assumeRoleName)) {
        problems.add(`assumeRoleName: ${describeValue(args.assumeRoleName)} is not a RAM role name; use 1 to 64 letters, digits, "." or "-"`);
    }
    problems.add(enumProblem("payer", args.payer, CenPayer));
    problems.addAll(layoutProblems(args));
    return problems.list;
}

/** How a CenMesh reads and checks its arguments (the constructor and the stack share it). */
export const cenMeshArgsSpec: BlueprintArgsSpec<CenMeshArgs, ResolvedCenMeshArgs> = {
    component: "CenMesh",
    resolve: resolveCenMeshArgs,
    problems: (_raw, args) => [...meshProblems(args), ...nodeArgProblems(args), ...publicAccessProblems(args, args.publicAccess === PublicAccess.Eip)],
};

function accountProblems(args: ResolvedCenMeshArgs, account: ResolvedAccount, i: number): string[] {
    const at = `accounts[${i}]`;
    const problems: string[] = [];
    if (typeof account.name !== "string" || !accountName.test(account.name)) {
        problems.push(`${at}.name: ${describeValue(account.name)} is not an account name; use up to 24 lower-case letters, digits and "-", starting with a letter`);
    } else {
        const hyphens = doubleHyphenProblem(`${at}.name`, account.name, memberNodeName(account.name, 1));
        if (hyphens !== undefined) problems.push(hyphens);
    }
    if (typeof account.accountId !== "string" || !accountIdPattern.test(account.accountId)) {
        problems.push(`${at}.accountId: ${describeValue(account.accountId)} is not an Alibaba Cloud account ID; use the numeric UID shown in the console (as a string)`);
    }
    if (account.region !== undefined && args.region !== undefined && account.region !== args.region) {
        problems.push(
            `${at}.region: ${describeValue(account.region)} differs from the mesh region "${args.region}"; CenMesh joins VPCs of one region, so use "${args.region}" or leave it unset`,
        );
    }
    if (account.assumeRoleArn !== undefined) {
        const match = roleArn.exec(account.assumeRoleArn);
        if (match === null) {
            problems.push(`${at}.assumeRoleArn: ${describeValue(account.assumeRoleArn)} is not a RAM role ARN; write it as acs:ram::<accountId>:role/<roleName>`);
        } else if (match[1] !== account.accountId) {
            problems.push(
                `${at}.assumeRoleArn: ${describeValue(account.assumeRoleArn)} is a role of account ${match[1]}, not of ${account.accountId}; use a role of the account itself`,
            );
        }
    }
    if ((account.accessKey === undefined) !== (account.secretKey === undefined)) {
        const missing = account.accessKey === undefined ? "accessKey" : "secretKey";
        problems.push(`${at}.${missing}: not set, but its pair is; set both accessKey and secretKey, or neither to use assume-role`);
    }
    const count = integerProblem(`${at}.nodeCount`, account.nodeCount, 1, maxNodeCount);
    if (count) problems.push(count);
    return problems;
}

function duplicateProblems(accounts: ResolvedAccount[], field: "name" | "accountId"): string[] {
    return accounts.flatMap((account, i) => {
        const first = accounts.findIndex((other) => other[field] === account[field]);
        return first < i
            ? [`accounts[${i}].${field}: ${describeValue(account[field])} is used by accounts[${first}] too; give every account a unique ${field}`]
            : [];
    });
}

/** Syntax and range of the explicit blocks, overlaps between members, and whether the plan fits. */
function layoutProblems(args: ResolvedCenMeshArgs): string[] {
    const problems: string[] = [];
    const supernetProblems = vpcCidrProblems("supernet", args.supernet);
    problems.push(...supernetProblems);
    args.accounts.forEach((account, i) => {
        const at = `accounts[${i}]`;
        const vpcProblems = account.vpcCidr === undefined ? [] : vpcCidrProblems(`${at}.vpcCidr`, account.vpcCidr);
        problems.push(...vpcProblems);
        if (account.vswitchCidrs === undefined) return;
        if (account.vpcCidr === undefined) {
            problems.push(`${at}.vswitchCidrs: set without vpcCidr; set the VPC block they belong to, or unset both to plan them`);
            return;
        }
        if (account.vswitchCidrs.length !== attachmentZoneSlots.length) {
            problems.push(
                `${at}.vswitchCidrs: ${account.vswitchCidrs.length} block(s) given; list exactly 2, one per transit-router zone (primary, secondary)`,
            );
            return;
        }
        const vpc = vpcProblems.length === 0 ? account.vpcCidr : undefined;
        const own = account.vswitchCidrs.flatMap((cidr, j) => vswitchCidrProblems(`${at}.vswitchCidrs[${j}]`, cidr, vpc));
        problems.push(...own);
        const [x, y] = account.vswitchCidrs.map(tryParseCidr);
        if ("block" in x && "block" in y && overlaps(x.block, y.block)) {
            problems.push(`${at}.vswitchCidrs: ${x.block.text} and ${y.block.text} overlap; give the two vSwitches disjoint blocks`);
        }
    });
    if (problems.length > 0) {
        return problems; // the overlap check and the plan need blocks that parse
    }
    // Overlaps can only come from explicit blocks: planned ones avoid them by construction.
    const explicit = args.accounts.filter((a) => a.vpcCidr !== undefined);
    problems.push(...memberOverlapProblems(planMemberBlocks(args.supernet, args.vpcPrefix, explicit), "accounts", overlapFix));
    const prefixProblem = integerProblem("vpcPrefix", args.vpcPrefix, VPC_PREFIX_RANGE.min, VPC_PREFIX_RANGE.max);
    if (prefixProblem) {
        problems.push(prefixProblem);
    } else if (explicit.length < args.accounts.length) {
        try {
            planMemberBlocks(args.supernet, args.vpcPrefix, args.accounts);
        } catch (err) {
            if (!(err instanceof CidrError)) throw err;
            problems.push(err.message);
        }
    }
    return problems;
}
