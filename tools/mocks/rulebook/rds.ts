/** ApsaraDB RDS: the instance, its accounts, databases, privileges and backup policy. */
import { ramActions } from "./ramActions";
import { cloudRule, conflicting, exactlyOne, intBetween, oneOf, providerLine, required } from "./sources";
import { ResourceEntry } from "./types";

const rds = (line: number) => providerLine("resource_alicloud_db_instance.go", line);
const rdsDoc = (file: string, line: number) => ({ where: `website/docs/r/${file}.html.markdown:${line}` });

/** The zones an instance spans: its primary zone and, when it differs, the standby's. */
function zonesOf(inputs: Record<string, any>): string[] {
    return [inputs.zoneId, inputs.zoneIdSlaveA].filter((z, i, all): z is string => typeof z === "string" && z !== "" && all.indexOf(z) === i);
}

/** The password rule RDS accounts and Redis share: 8 to 32 characters from three of four classes. */
export function dataPasswordProblem(field: string, password: unknown): string | undefined {
    if (typeof password !== "string") return undefined;
    const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[!@#$%^&*()_+\-=]/].filter((c) => c.test(password)).length;
    const allowed = /^[A-Za-z0-9!@#$%^&*()_+\-=]*$/.test(password);
    return password.length >= 8 && password.length <= 32 && classes >= 3 && allowed
        ? undefined
        : `${field}: the password is not 8 to 32 characters from three of upper case, lower case, digits and !@#$%^&*()_+-=; generate one that is`;
}

/** An instance of the class the rulebook spec's context sells in cn-hangzhou-h only (20 to 2000 GiB). */
const rdsExample = {
    engine: "MySQL",
    engineVersion: "8.0",
    category: "HighAvailability",
    dbInstanceStorageType: "cloud_essd",
    instanceType: "mysql.n2.small.2c",
    instanceStorage: 20,
    zoneId: "cn-hangzhou-h",
};

export const rdsResources: ResourceEntry[] = [
    {
        type: "alicloud:rds/instance:Instance",
        terraform: "alicloud_db_instance",
        file: "resource_alicloud_db_instance.go",
        ram: ramActions["alicloud:rds/instance:Instance"],
        timeouts: { create: 50, update: 30, delete: 30, source: rds(30) },
        waitsFor: { attribute: "status", targets: ["Running"], source: rds(753) },
        reportedStatus: { attribute: "status", value: "Running" },
        rules: [
            required("engine", rds(36)),
            required("engineVersion", rds(41)),
            required("instanceType", rds(47)),
            required("instanceStorage", rds(52)),
            oneOf("instanceChargeType", ["Postpaid", "Prepaid", "Serverless"], rds(66)),
            oneOf("dbInstanceStorageType", ["local_ssd", "cloud_ssd", "cloud_essd", "cloud_essd2", "cloud_essd3", "general_essd"], rds(347)),
            oneOf("sslAction", ["Open", "Close", "Update"], rds(376)),
            oneOf(
                "category",
                ["Basic", "HighAvailability", "AlwaysOn", "Finance", "cluster", "serverless_basic", "serverless_standard", "serverless_ha"],
                rds(572),
            ),
            cloudRule("rds-class-sold-in-zones", { where: "website/docs/d/db_instance_classes.html.markdown" }, (inputs, context) => {
                const query = {
                    engine: inputs.engine,
                    engineVersion: inputs.engineVersion,
                    category: inputs.category ?? "HighAvailability",
                    storageType: inputs.dbInstanceStorageType ?? "local_ssd",
                    instanceClass: inputs.instanceType,
                };
                const missing = zonesOf(inputs).filter((zone) => context.rdsClassStorage(zone, query) === undefined);
                return missing.length === 0
                    ? undefined
                    : `instanceType: "${inputs.instanceType}" (${query.engine} ${query.engineVersion} ${query.category}, ${query.storageType}) is not sold in ${missing.join(", ")} (the cloud answers InvalidDBInstanceClass.NotFound); pick a class rds.getInstanceClasses lists for those zones`;
            }, { ...rdsExample, zoneIdSlaveA: "cn-hangzhou-k" }),
            cloudRule("rds-storage-in-class-range", rdsDoc("db_instance", 561), (inputs, context) => {
                const zone = zonesOf(inputs)[0];
                const range = zone
                    ? context.rdsClassStorage(zone, {
                          engine: inputs.engine,
                          engineVersion: inputs.engineVersion,
                          category: inputs.category ?? "HighAvailability",
                          storageType: inputs.dbInstanceStorageType ?? "local_ssd",
                          instanceClass: inputs.instanceType,
                      })
                    : undefined;
                const storage = Number(inputs.instanceStorage);
                if (range === undefined || inputs.instanceStorage === undefined) return undefined;
                return storage >= range.min && storage <= range.max && (storage - range.min) % range.step === 0
                    ? undefined
                    : `instanceStorage: ${storage} GiB is outside ${inputs.instanceType}'s range ${range.min} to ${range.max} in steps of ${range.step}; choose a size in it`;
            }, { ...rdsExample, instanceStorage: 4000 }),
            cloudRule("rds-multi-zone-vswitches", rdsDoc("db_instance", 611), (inputs) => {
                const zones = zonesOf(inputs);
                const vswitches = String(inputs.vswitchId ?? "").split(",").filter((v) => v !== "");
                return zones.length > 1 && vswitches.length !== zones.length
                    ? `vswitchId: "${inputs.vswitchId}" names ${vswitches.length} vSwitch(es) for ${zones.length} zones; list one vSwitch per zone, primary first, comma-separated`
                    : undefined;
            }, { zoneId: "cn-hangzhou-h", zoneIdSlaveA: "cn-hangzhou-k", vswitchId: "vsw-a" }),
        ],
    },
    {
        type: "alicloud:rds/rdsAccount:RdsAccount",
        terraform: "alicloud_rds_account",
        file: "resource_alicloud_rds_account.go",
        ram: ramActions["alicloud:rds/rdsAccount:RdsAccount"],
        timeouts: { create: 30, update: 6, delete: 5, source: providerLine("resource_alicloud_rds_account.go", 27) },
        waitsFor: { attribute: "status", targets: ["Available"], source: providerLine("resource_alicloud_rds_account.go", 215) },
        reportedStatus: { attribute: "status", value: "Available" },
        rules: [
            exactlyOne(["dbInstanceId", "instanceId"], providerLine("resource_alicloud_rds_account.go", 98)),
            conflicting(["accountName", "name"], providerLine("resource_alicloud_rds_account.go", 45)),
            cloudRule("rds-account-name", providerLine("resource_alicloud_rds_account.go", 45), (inputs) =>
                inputs.accountName === undefined || /^[a-z][a-z0-9_]{0,61}[a-z0-9]$/.test(inputs.accountName)
                    ? undefined
                    : `accountName: "${inputs.accountName}" must be lower-case letters, digits and "_", starting with a letter and ending with a letter or digit`, { accountName: "Admin" },
            "preview"),
            oneOf("accountType", ["Normal", "Super", "Sysadmin"], providerLine("resource_alicloud_rds_account.go", 77)),
            conflicting(["accountPassword", "password"], providerLine("resource_alicloud_rds_account.go", 62)),
            cloudRule("rds-account-password", rdsDoc("rds_account", 105), (inputs) => dataPasswordProblem("accountPassword", inputs.accountPassword), { accountPassword: "short" }),
        ],
    },
    {
        type: "alicloud:rds/database:Database",
        terraform: "alicloud_db_database",
        file: "resource_alicloud_db_database.go",
        ram: ramActions["alicloud:rds/database:Database"],
        timeouts: { create: 5, update: 5, delete: 5, source: providerLine("resource_alicloud_db_database.go", 27) },
        rules: [
            required("instanceId", providerLine("resource_alicloud_db_database.go", 32)),
            cloudRule("rds-database-name", providerLine("resource_alicloud_db_database.go", 37), (inputs) =>
                inputs.dataBaseName === undefined || /^[a-z][a-z0-9_-]*[a-z0-9]$/.test(inputs.dataBaseName)
                    ? undefined
                    : `dataBaseName: "${inputs.dataBaseName}" must be lower-case letters, digits, "_" and "-", starting with a letter and ending with a letter or digit`, { dataBaseName: "App" },
            "preview"),
            oneOf("characterSet", ["utf8", "gbk", "latin1", "utf8mb4"], rdsDoc("db_database", 92), "up"),
        ],
    },
    {
        type: "alicloud:rds/accountPrivilege:AccountPrivilege",
        terraform: "alicloud_db_account_privilege",
        file: "resource_alicloud_db_account_privilege.go",
        ram: ramActions["alicloud:rds/accountPrivilege:AccountPrivilege"],
        rules: [
            required("instanceId", providerLine("resource_alicloud_db_account_privilege.go", 26)),
            required("accountName", providerLine("resource_alicloud_db_account_privilege.go", 32)),
            oneOf("privilege", ["ReadOnly", "ReadWrite", "DDLOnly", "DMLOnly", "DBOwner"], providerLine("resource_alicloud_db_account_privilege.go", 38)),
            cloudRule("privilege-has-databases", providerLine("resource_alicloud_db_account_privilege.go", 46), (inputs) =>
                Array.isArray(inputs.dbNames) && inputs.dbNames.length >= 1 ? undefined : "dbNames: empty; name at least one database", { dbNames: [] },
            "preview"),
        ],
    },
    {
        type: "alicloud:rds/backupPolicy:BackupPolicy",
        terraform: "alicloud_db_backup_policy",
        file: "resource_alicloud_db_backup_policy.go",
        ram: ramActions["alicloud:rds/backupPolicy:BackupPolicy"],
        rules: [
            required("instanceId", providerLine("resource_alicloud_db_backup_policy.go", 24)),
            oneOf("preferredBackupTime", Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, "0")}:00Z-${String((h + 1) % 24).padStart(2, "0")}:00Z`), providerLine("resource_alicloud_db_backup_policy.go", 57)),
            intBetween("backupRetentionPeriod", 7, 730, rdsDoc("db_backup_policy", 74), "up"),
            cloudRule("backup-days", rdsDoc("db_backup_policy", 70), (inputs) => {
                const days: string[] = inputs.preferredBackupPeriods ?? [];
                const week = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
                const bad = days.filter((d) => !week.includes(d));
                if (bad.length > 0) return `preferredBackupPeriods: ${bad.join(", ")} is not a day of the week; use Monday to Sunday`;
                return days.length === 1 ? "preferredBackupPeriods: one day; RDS backs up at least twice a week, so list two days or more" : undefined;
            }, { preferredBackupPeriods: ["Monday"] }),
            cloudRule("log-retention-within-backup-retention", rdsDoc("db_backup_policy", 78), (inputs) => {
                const log = inputs.logBackupRetentionPeriod;
                if (log === undefined) return undefined;
                if (!(Number.isInteger(log) && log >= 7 && log <= 730)) return `logBackupRetentionPeriod: ${log} is out of range; use 7 to 730`;
                return log > (inputs.backupRetentionPeriod ?? 7)
                    ? `logBackupRetentionPeriod: ${log} days exceed backupRetentionPeriod (${inputs.backupRetentionPeriod ?? 7}); keep log backups no longer than data backups`
                    : undefined;
            }, { backupRetentionPeriod: 7, logBackupRetentionPeriod: 30 }),
        ],
    },
];
