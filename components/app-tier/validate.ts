import * as pulumi from "@pulumi/pulumi";
import { vpcCidrProblems } from "../network";
import {
    ArgContext,
    BlueprintArgsSpec,
    describeValue,
    enumProblem,
    integerProblem,
    nodeArgProblems,
    nodeNamePrefixProblem,
    portProblem,
    ProvisionVia,
    sshProvisioningProblems,
    tokenProblem,
    zoneProblem,
} from "../vocabulary";
import { AppTierArgs, BandwidthBilling, RedisEngineVersion, ResolvedAppTierArgs, resolveAppTierArgs } from "./args";
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

function zoneProblems(zoneIds: string[] | undefined, context: ArgContext): Array<string | undefined> {
    if (zoneIds === undefined) {
        return [];
    }
    const distinct = new Set(zoneIds.filter((z) => z.trim() !== ""));
    if (zoneIds.length !== 2 || distinct.size !== 2) {
        return [
            `zoneIds: ${describeValue(zoneIds)} is not two distinct zones; AppTier spreads over exactly 2 zones, so list two different zone ids or leave zoneIds unset`,
        ];
    }
    return zoneIds.map((zone, i) => zoneProblem(`zoneIds[${i}]`, zone, context.region));
}

function databaseProblems(args: ResolvedAppTierArgs): string[] {
    const rds = args.rds;
    const problems = [
        integerProblem("rds.storageGiB", rds.storageGiB, 20, 2000),
        integerProblem("rds.backupRetentionDays", rds.backupRetentionDays, 7, 730),
        tokenProblem("rds.instanceClass", rds.instanceClass, "mysql.n2.small.2c"),
        tokenProblem("rds.storageType", rds.storageType, "cloud_essd"),
    ].filter((p): p is string => p !== undefined);
    if (Number.isInteger(rds.storageGiB) && rds.storageGiB % 5 !== 0) {
        problems.push(`rds.storageGiB: ${rds.storageGiB} is not a multiple of 5; RDS storage grows in steps of 5 GiB, e.g. 20, 25, 30`);
    }
    if (!databaseNamePattern.test(rds.databaseName)) {
        problems.push(
            `rds.databaseName: ${describeValue(rds.databaseName)} is not an RDS database name; use 2 to 64 lower-case letters, digits, "_" or "-", starting with a letter and ending with a letter or digit`,
        );
    }
    if (!accountNamePattern.test(rds.accountName)) {
        problems.push(
            `rds.accountName: ${describeValue(rds.accountName)} is not an RDS account name; use 2 to 32 lower-case letters, digits or "_", starting with a letter and ending with a letter or digit`,
        );
    } else if (reservedAccountNames.includes(rds.accountName)) {
        problems.push(`rds.accountName: ${describeValue(rds.accountName)} is reserved by MySQL or RDS; choose another name, e.g. "app"`);
    }
    return problems;
}

function provisioningProblems(args: ResolvedAppTierArgs): Array<string | undefined> {
    const viaJumpHost = args.provisionVia === ProvisionVia.JumpHost;
    const problems = sshProvisioningProblems(args, {
        overSsh: viaJumpHost,
        turnOff: "use provisionVia: CloudAssistant",
        passwordLogin: args.passwordLogin,
        adminCidrs: args.adminCidrs,
    });
    if (viaJumpHost && args.jumpHost === undefined) {
        problems.push("provisionVia: JumpHost needs jumpHost (the bastion's address); set jumpHost, or use provisionVia: CloudAssistant");
    } else if (!viaJumpHost && args.jumpHost !== undefined) {
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

/** How an AppTier reads and checks its arguments (the constructor and the stack share it). */
export const appTierArgsSpec: BlueprintArgsSpec<AppTierArgs, ResolvedAppTierArgs> = {
    component: "AppTier",
    resolve: resolveAppTierArgs,
    problems: (_raw, args, context) => [
        integerProblem("webNodeCount", args.webNodeCount, minWebNodes, maxWebNodes),
        nodeNamePrefixProblem("webNodeNamePrefix", args.webNodeNamePrefix),
        ...nodeArgProblems(args),
        ...vpcCidrProblems("vpcCidr", args.vpcCidr),
        vpcCidrProblems("vpcCidr", args.vpcCidr).length === 0 ? layoutProblem(args.vpcCidr, args.webNodeCount) : undefined,
        ...zoneProblems(args.zoneIds, context),
        integerProblem("eipCount", args.eipCount, 1, maxEips),
        integerProblem("bandwidthMbps", args.bandwidthMbps, 1, 1000),
        enumProblem("bandwidthBilling", args.bandwidthBilling, BandwidthBilling) ?? bandwidthBillingProblem(args.bandwidthBilling, accountSite()),
        ...weightProblems(args),
        portProblem("listenerPort", args.listenerPort),
        portProblem("webPort", args.webPort),
        urlPath.test(args.healthCheckPath)
            ? undefined
            : `healthCheckPath: ${describeValue(args.healthCheckPath)} is not an absolute URL path; use one such as /healthz`,
        ...databaseProblems(args),
        tokenProblem("redis.instanceClass", args.redis.instanceClass, "redis.master.small.default"),
        enumProblem("redis.engineVersion", args.redis.engineVersion, RedisEngineVersion),
        enumProblem("provisionVia", args.provisionVia, ProvisionVia),
        ...provisioningProblems(args),
    ],
};
