import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import * as random from "@pulumi/random";
import { ResolvedCacheArgs, ResolvedDatabaseArgs } from "./args";

/**
 * Timeouts longer than the provider's defaults (RDS: create 50 min, update 30 min; Redis: create
 * 20 min). A High-availability RDS in two zones and a master-replica Redis across two zones have
 * outlasted earlier defaults (the provider's PR 5591 and issue 4634), and a class change on local
 * disks migrates the data, which takes as long as the data needs (Alibaba's RDS FAQ 212057).
 */
export const dataTimeouts = {
    rds: { create: "60m", update: "120m" },
    redis: { create: "40m" },
} as const;

/** The special characters both RDS account and Redis passwords accept. */
const dataPasswordSpecials = "!@#$%^&*()_+-=";

/**
 * A secret password RDS and Redis accept: 24 characters with at least two of each class (their
 * rule is 8 to 32 characters from three of upper, lower, digits and `!@#$%^&*()_+-=`).
 */
export function createDataPassword(resourceName: string, parent: pulumi.Resource): pulumi.Output<string> {
    const generated = new random.RandomPassword(
        resourceName,
        { length: 24, special: true, overrideSpecial: dataPasswordSpecials, minLower: 2, minUpper: 2, minNumeric: 2, minSpecial: 2 },
        { parent },
    );
    return pulumi.secret(generated.result);
}

/** Where the data tier lives: the two zones, the VPC and the data vSwitches, and who may connect. */
export interface DataPlacement {
    zoneIds: pulumi.Output<[string, string]>;
    vpcId: pulumi.Input<string>;
    /** The data vSwitch of zone 1 and of zone 2. */
    vswitchIds: [pulumi.Input<string>, pulumi.Input<string>];
    /** The whitelist: the web vSwitch blocks, nothing else. */
    clientCidrs: string[];
    protect: boolean;
    tags: { [key: string]: string };
}

/** What {@link createDatabase} built. */
export interface Database {
    instance: alicloud.rds.Instance;
    account: alicloud.rds.RdsAccount;
    database: alicloud.rds.Database;
    privilege: alicloud.rds.AccountPrivilege;
    backupPolicy: alicloud.rds.BackupPolicy;
    password: pulumi.Output<string>;
}

/**
 * RDS MySQL 8.0 High-availability of `instanceClass` (looked up, or pinned and checked, by the placement): primary in zone 1, standby in zone 2 (`zoneIdSlaveA`, one data
 * vSwitch per zone in order), the web blocks as the only whitelist, automatic backups kept
 * `backupRetentionDays`, and an application account with read/write on one database.
 */
export function createDatabase(
    name: string,
    args: ResolvedDatabaseArgs,
    instanceClass: pulumi.Input<string>,
    where: DataPlacement,
    parent: pulumi.Resource,
): Database {
    const instance = new alicloud.rds.Instance(
        `${name}-rds`,
        {
            instanceName: `${name}-rds`,
            engine: "MySQL",
            engineVersion: "8.0",
            category: "HighAvailability",
            instanceType: instanceClass,
            instanceStorage: args.storageGiB,
            dbInstanceStorageType: args.storageType,
            instanceChargeType: "Postpaid",
            zoneId: where.zoneIds.apply((zones) => zones[0]),
            zoneIdSlaveA: where.zoneIds.apply((zones) => zones[1]),
            vpcId: where.vpcId,
            vswitchId: pulumi.interpolate`${where.vswitchIds[0]},${where.vswitchIds[1]}`,
            securityIps: where.clientCidrs,
            sslAction: args.ssl ? "Open" : undefined,
            deletionProtection: where.protect,
            tags: where.tags,
        },
        { parent, customTimeouts: dataTimeouts.rds },
    );
    const password = createDataPassword(`${name}-rds-password`, parent);
    const account = new alicloud.rds.RdsAccount(
        `${name}-rds-account`,
        {
            dbInstanceId: instance.id,
            accountName: args.accountName,
            accountPassword: password,
            accountType: "Normal",
            accountDescription: `Application account of ${name}`,
        },
        { parent },
    );
    const database = new alicloud.rds.Database(
        `${name}-rds-db`,
        { instanceId: instance.id, dataBaseName: args.databaseName, characterSet: "utf8mb4", description: `Database of ${name}` },
        { parent },
    );
    const privilege = new alicloud.rds.AccountPrivilege(
        `${name}-rds-privilege`,
        { instanceId: instance.id, accountName: account.accountName, dbNames: [database.dataBaseName], privilege: "ReadWrite" },
        { parent },
    );
    const backupPolicy = new alicloud.rds.BackupPolicy(
        `${name}-rds-backup`,
        {
            instanceId: instance.id,
            backupRetentionPeriod: args.backupRetentionDays,
            preferredBackupPeriods: ["Monday", "Wednesday", "Friday", "Sunday"],
            preferredBackupTime: "18:00Z-19:00Z",
            enableBackupLog: true,
            logBackupRetentionPeriod: args.backupRetentionDays,
        },
        { parent },
    );
    return { instance, account, database, privilege, backupPolicy, password };
}

/** What {@link createCache} built. */
export interface Cache {
    instance: alicloud.kvstore.Instance;
    password: pulumi.Output<string>;
}

/**
 * Redis master-replica: master in zone 1, replica in zone 2 (`secondaryZoneId`), in the first data
 * vSwitch, password required (`vpcAuthMode: Open`), the web blocks as the only whitelist.
 */
export function createCache(
    name: string,
    args: ResolvedCacheArgs,
    instanceClass: pulumi.Input<string>,
    where: DataPlacement,
    parent: pulumi.Resource,
): Cache {
    const password = createDataPassword(`${name}-redis-password`, parent);
    const instance = new alicloud.kvstore.Instance(
        `${name}-redis`,
        {
            dbInstanceName: `${name}-redis`,
            instanceType: "Redis",
            engineVersion: args.engineVersion,
            instanceClass,
            nodeType: "MASTER_SLAVE",
            paymentType: "PostPaid",
            zoneId: where.zoneIds.apply((zones) => zones[0]),
            secondaryZoneId: where.zoneIds.apply((zones) => zones[1]),
            vswitchId: where.vswitchIds[0],
            password,
            vpcAuthMode: "Open",
            securityIps: where.clientCidrs,
            instanceReleaseProtection: where.protect,
            tags: where.tags,
        },
        { parent, customTimeouts: dataTimeouts.redis },
    );
    return { instance, password };
}
