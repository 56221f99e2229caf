import * as pulumi from "@pulumi/pulumi";
import { nodeGroupArgProblems } from "../compute/nodeGroupValidation";
import { vpcCidrProblems } from "../network";
import { ProvisionVia } from "../provision/web";
import { ArgProblems, enumProblem, integerProblem } from "../shared/validation";
import { AppTierArgs, BandwidthBilling, RedisEngineVersion, ResolvedAppTierArgs } from "./args";
import { layoutProblem, zoneSlots } from "./layout";

export const minWebNodes = zoneSlots.length;
export const maxWebNodes = 20;
export const maxEips = 10;

/** RDS: 2 to 64 characters, lower-case letters, digits, "_" and "-", starting with a letter and ending with a letter or digit. */
const databaseNamePattern = /^[a-z][a-z0-9_-]{0,62}[a-z0-9]$/;
/** RDS: 2 to 32 characters, lower-case letters, digits and "_", starting with a letter and ending with a letter or digit. */
const accountNamePattern = /^[a-z][a-z0-9_]{0,30}[a-z0-9]$/;
/** Account names MySQL or RDS keep for themselves. */
const reservedAccountNames = ["root", "admin", "mysql", "aliyun_root", "replicator", "mysql.sys", "mysql.session", "information_schema"];
const urlPath = /^\/[A-Za-z0-9._\/-]*$/;

function weightProblems(args: ResolvedAppTierArgs): string[] {
    const weights = args.backendWeights;
    const problems: string[] = [];
    if (Number.isInteger(args.webNodeCount) && weights.length !== args.webNodeCount) {
        problems.push(
            `backendWeights: ${weights.length} weights for ${args.webNodeCount} web nodes; give one weight (0 to 100) per node, in node order`,
        );
    }
    weights.forEach((weight, i) => {
        const problem = integerProblem(`backendWeights[${i}]`, weight, 0, 100);
        if (problem) problems.push(problem);
    });
    if (weights.length > 0 && weights.every((w) => w === 0)) {
        problems.push("backendWeights: every weight is 0, so the SLB sends no traffic; give at least one node a weight above 0");
    }
    return problems;
}

function zoneProblems(zoneIds: string[] | undefined): string[] {
    if (zoneIds === undefined) {
        return [];
    }
    const distinct = new Set(zoneIds.filter((z) => z.trim() !== ""));
    if (zoneIds.length !== 2 || distinct.size !== 2) {
        return [
            `zoneIds: ${JSON.stringify(zoneIds)} is not two distinct zones; AppTier spreads over exactly 2 zones, so list two different zone ids or leave zoneIds unset`,
        ];
    }
    return [];
}

function databaseProblems(args: ResolvedAppTierArgs): string[] {
    const rds = args.rds;
    const problems = [
        integerProblem("rds.storageGiB", rds.storageGiB, 20, 2000),
        integerProblem("rds.backupRetentionDays", rds.backupRetentionDays, 7, 730),
    ].filter((p): p is string => p !== undefined);
    if (Number.isInteger(rds.storageGiB) && rds.storageGiB % 5 !== 0) {
        problems.push(`rds.storageGiB: ${rds.storageGiB} is not a multiple of 5; RDS storage grows in steps of 5 GiB, e.g. 20, 25, 30`);
    }
    if (!databaseNamePattern.test(rds.databaseName)) {
        problems.push(
            `rds.databaseName: "${rds.databaseName}" is not an RDS database name; use 2 to 64 lower-case letters, digits, "_" or "-", starting with a letter and ending with a letter or digit`,
        );
    }
    if (!accountNamePattern.test(rds.accountName)) {
        problems.push(
            `rds.accountName: "${rds.accountName}" is not an RDS account name; use 2 to 32 lower-case letters, digits or "_", starting with a letter and ending with a letter or digit`,
        );
    } else if (reservedAccountNames.includes(rds.accountName)) {
        problems.push(`rds.accountName: "${rds.accountName}" is reserved by MySQL or RDS; choose another name, e.g. "app"`);
    }
    return problems;
}

function provisioningProblems(args: ResolvedAppTierArgs): string[] {
    const problems: string[] = [];
    if (args.provisionVia === ProvisionVia.JumpHost) {
        if (args.jumpHost === undefined) {
            problems.push("provisionVia: JumpHost needs jumpHost (the bastion's address); set jumpHost, or use provisionVia: CloudAssistant");
        }
        if (!args.passwordLogin && args.sshPrivateKey === undefined) {
            problems.push(
                "sshPrivateKey: not set, and passwordLogin is false, so the jump-host commands cannot log in; set sshPrivateKey (matching sshPublicKey) or passwordLogin: true",
            );
        }
    } else if (args.jumpHost !== undefined) {
        problems.push(`jumpHost: only used with provisionVia: JumpHost, but provisionVia is ${args.provisionVia}; remove jumpHost or set provisionVia: JumpHost`);
    }
    return problems;
}

/** The account's site as the provider is told it (`alicloud:accountType`, else ALIBABA_CLOUD_ACCOUNT_TYPE); undefined when not said. */
export function accountSite(): "Domestic" | "International" | undefined {
    const said = new pulumi.Config("alicloud").get("accountType") ?? process.env.ALIBABA_CLOUD_ACCOUNT_TYPE;
    return said === "International" || said === "Domestic" ? said : undefined;
}

/**
 * Shared bandwidth billing the international site sells: pay-by-data-transfer only (Alibaba's
 * Internet Shared Bandwidth billing overview, international site, 2025-05-08); the China site also
 * sells pay-by-bandwidth and enhanced 95th percentile. No data source lists them, so the site is
 * read from the provider's `accountType`.
 */
export function bandwidthBillingProblem(billing: BandwidthBilling, site: "Domestic" | "International" | undefined): string | undefined {
    return site === "International" && billing !== BandwidthBilling.PayByDominantTraffic
        ? `bandwidthBilling: ${billing} is sold on the China site only, and alicloud:accountType says International; use PayByDominantTraffic (pay by traffic)`
        : undefined;
}

/** Every problem with an AppTier's arguments, each naming the argument, the value and the fix. */
export function appTierArgProblems(raw: AppTierArgs, args: ResolvedAppTierArgs, site?: "Domestic" | "International"): string[] {
    const problems = new ArgProblems();
    const add = (message: string | undefined) => message && problems.add(message);

    add(integerProblem("webNodeCount", args.webNodeCount, minWebNodes, maxWebNodes));
    problems.addAll(
        nodeGroupArgProblems(
            { vpcCidr: raw.vpcCidr },
            { ...args, nodeNamePrefix: args.webNodeNamePrefix, eip: false, eipBandwidthMbps: args.bandwidthMbps },
        ).map((p) => p.replace(/^nodeNamePrefix:/, "webNodeNamePrefix:")),
    );
    if (vpcCidrProblems("vpcCidr", args.vpcCidr).length === 0) {
        add(layoutProblem(args.vpcCidr, args.webNodeCount));
    }
    problems.addAll(zoneProblems(args.zoneIds));
    add(integerProblem("eipCount", args.eipCount, 1, maxEips));
    add(integerProblem("bandwidthMbps", args.bandwidthMbps, 1, 1000));
    add(enumProblem("bandwidthBilling", args.bandwidthBilling, BandwidthBilling) ?? bandwidthBillingProblem(args.bandwidthBilling, site));
    problems.addAll(weightProblems(args));
    add(integerProblem("listenerPort", args.listenerPort, 1, 65535));
    add(integerProblem("webPort", args.webPort, 1, 65535));
    if (!urlPath.test(args.healthCheckPath)) {
        problems.add(`healthCheckPath: "${args.healthCheckPath}" is not an absolute URL path; use one such as /healthz`);
    }
    problems.addAll(databaseProblems(args));
    add(enumProblem("redis.engineVersion", args.redis.engineVersion, RedisEngineVersion));
    add(enumProblem("provisionVia", args.provisionVia, ProvisionVia));
    problems.addAll(provisioningProblems(args));
    return [...problems.list];
}
