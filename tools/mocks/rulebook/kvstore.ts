/** Tair (Redis OSS-compatible), the kvstore instance. */
import { ramActions } from "./ramActions";
import { dataPasswordProblem } from "./rds";
import { cloudRule, conflicting, oneOf, providerLine } from "./sources";
import { ResourceEntry } from "./types";

const kv = (line: number) => providerLine("resource_alicloud_kvstore_instance.go", line);

export const kvstoreResources: ResourceEntry[] = [
    {
        type: "alicloud:kvstore/instance:Instance",
        terraform: "alicloud_kvstore_instance",
        file: "resource_alicloud_kvstore_instance.go",
        ram: ramActions["alicloud:kvstore/instance:Instance"],
        timeouts: { create: 20, update: 40, delete: 20, source: kv(29) },
        waitsFor: { attribute: "status", targets: ["Normal"], source: kv(625) },
        reportedStatus: { attribute: "status", value: "Normal" },
        rules: [
            oneOf("instanceType", ["Memcache", "Redis"], kv(168)),
            oneOf("engineVersion", ["2.8", "4.0", "5.0", "6.0", "7.0"], kv(136)),
            oneOf("nodeType", ["MASTER_SLAVE", "STAND_ALONE", "double", "single"], kv(195)),
            oneOf("paymentType", ["PostPaid", "PrePaid"], kv(214)),
            conflicting(["paymentType", "instanceChargeType"], kv(214)),
            oneOf("vpcAuthMode", ["Close", "Open"], kv(316)),
            conflicting(["dbInstanceName", "instanceName"], kv(104)),
            conflicting(["zoneId", "availabilityZone"], kv(322)),
            cloudRule("redis-security-ips", kv(292), (inputs) =>
                inputs.securityIps !== undefined && inputs.securityIps.length === 0 ? "securityIps: empty; list at least one client block" : undefined, { securityIps: [] },
            "preview"),
            cloudRule("redis-password", { where: "website/docs/r/kvstore_instance.html.markdown" }, (inputs) => dataPasswordProblem("password", inputs.password), { password: "short" }),
            cloudRule("redis-class-sold-in-zones", { where: "website/docs/d/kvstore_instance_classes.html.markdown" }, (inputs, context) => {
                if (inputs.instanceClass === undefined) return undefined;
                const zones = [inputs.zoneId, inputs.secondaryZoneId].filter((z): z is string => typeof z === "string" && z !== "");
                const missing = zones.filter((zone) => !context.redisClassSold(zone, String(inputs.engineVersion ?? "5.0"), inputs.instanceClass));
                return missing.length === 0
                    ? undefined
                    : `instanceClass: "${inputs.instanceClass}" (Redis ${inputs.engineVersion ?? "5.0"}, master-replica) is not sold in ${missing.join(", ")} (the cloud answers InvalidInstanceClass); pick a class kvstore.getInstanceClasses lists for those zones`;
            }, { instanceClass: "redis.master.small.default", engineVersion: "7.0", zoneId: "cn-hangzhou-h" }),
        ],
    },
];
