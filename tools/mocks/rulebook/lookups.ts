/** The data sources the blueprints call: their argument checks and the RAM actions they need. */
import { ramActions } from "./ramActions";
import { cloudRule, oneOf, providerLine, required } from "./sources";
import { LookupEntry } from "./types";

const ds = (name: string, line: number) => providerLine(`data_source_alicloud_${name}.go`, line);
const bssPrice = providerLine("service_alicloud_bss_open_api.go", 355);

/** Whether a price sort was asked for: the provider then calls BssOpenApi for every type or class. */
const sortsByPrice = (inputs: Record<string, any>) => inputs.sortedBy === "Price";

export const lookups: LookupEntry[] = [
    {
        token: "alicloud:index/getZones:getZones",
        terraform: "alicloud_zones",
        file: "data_source_alicloud_zones.go",
        ram: ramActions["alicloud:index/getZones:getZones"],
        rules: [
            cloudRule("zones-instance-type-prefix", ds("zones", 31), (inputs) =>
                inputs.availableInstanceType === undefined || /^ecs\./.test(inputs.availableInstanceType)
                    ? undefined
                    : `availableInstanceType: "${inputs.availableInstanceType}" must start with "ecs."`, { availableInstanceType: "t6" },
            "preview"),
            oneOf("instanceChargeType", ["PrePaid", "PostPaid"], ds("zones", 92)),
        ],
    },
    {
        token: "alicloud:ecs/getInstanceTypes:getInstanceTypes",
        terraform: "alicloud_instance_types",
        file: "data_source_alicloud_instance_types.go",
        ram: ramActions["alicloud:ecs/getInstanceTypes:getInstanceTypes"],
        ramWhen: [
            {
                when: sortsByPrice,
                actions: ["bss:GetPayAsYouGoPrice", "bss:GetSubscriptionPrice"],
                why: "sortedBy: Price asks BssOpenApi for the price of every type",
                source: bssPrice,
            },
        ],
        rules: [
            cloudRule("types-family-prefix", ds("instance_types", 33), (inputs) =>
                inputs.instanceTypeFamily === undefined || /^ecs\./.test(inputs.instanceTypeFamily) ? undefined : `instanceTypeFamily: "${inputs.instanceTypeFamily}" must start with "ecs."`, { instanceTypeFamily: "t6" },
            "preview"),
            oneOf("instanceChargeType", ["PrePaid", "PostPaid"], ds("instance_types", 54)),
            oneOf("sortedBy", ["CPU", "Memory", "Price"], ds("instance_types", 95)),
            oneOf("systemDiskCategory", ["cloud", "ephemeral_ssd", "cloud_essd", "cloud_efficiency", "cloud_ssd", "cloud_essd_entry", "cloud_auto"], ds("instance_types", 101)),
        ],
    },
    {
        token: "alicloud:ecs/getImages:getImages",
        terraform: "alicloud_images",
        file: "data_source_alicloud_images.go",
        ram: ramActions["alicloud:ecs/getImages:getImages"],
        rules: [
            oneOf("owners", ["system", "self", "others", "marketplace", ""], ds("images", 36)),
            cloudRule("images-regex", ds("images", 25), (inputs) => {
                if (inputs.nameRegex === undefined) return undefined;
                try {
                    new RegExp(inputs.nameRegex);
                    return undefined;
                } catch {
                    return `nameRegex: "${inputs.nameRegex}" is not a valid regular expression`;
                }
            }, { nameRegex: "(" }, "preview"),
        ],
    },
    {
        token: "alicloud:vpc/getSwitches:getSwitches",
        terraform: "alicloud_vswitches",
        file: "data_source_alicloud_vswitches.go",
        ram: ramActions["alicloud:vpc/getSwitches:getSwitches"],
        rules: [oneOf("status", ["Available", "Pending"], ds("vswitches", 37))],
    },
    {
        token: "alicloud:cen/getTransitRouterAvailableResources:getTransitRouterAvailableResources",
        terraform: "alicloud_cen_transit_router_available_resources",
        file: "data_source_alicloud_cen_transit_router_available_resources.go",
        ram: ramActions["alicloud:cen/getTransitRouterAvailableResources:getTransitRouterAvailableResources"],
        rules: [],
    },
    {
        token: "alicloud:rds/getZones:getZones",
        terraform: "alicloud_db_zones",
        file: "data_source_alicloud_db_zones.go",
        ram: ramActions["alicloud:rds/getZones:getZones"],
        rules: [
            oneOf("engine", ["MySQL", "SQLServer", "PostgreSQL", "PPAS", "MariaDB"], ds("db_zones", 39)),
            oneOf("category", ["Basic", "HighAvailability", "AlwaysOn", "Finance", "serverless_basic", "serverless_standard", "serverless_ha", "cluster"], ds("db_zones", 48)),
            oneOf("dbInstanceStorageType", ["cloud_ssd", "local_ssd", "cloud_essd", "cloud_essd2", "cloud_essd3", "general_essd", "cloud_auto"], ds("db_zones", 53)),
            oneOf("instanceChargeType", ["PrePaid", "PostPaid", "Serverless"], ds("db_zones", 33)),
        ],
    },
    {
        token: "alicloud:rds/getInstanceClasses:getInstanceClasses",
        terraform: "alicloud_db_instance_classes",
        file: "data_source_alicloud_db_instance_classes.go",
        ram: ramActions["alicloud:rds/getInstanceClasses:getInstanceClasses"],
        rules: [
            oneOf("engine", ["MySQL", "SQLServer", "PostgreSQL", "PPAS", "MariaDB"], ds("db_instance_classes", 26)),
            oneOf("category", ["Basic", "HighAvailability", "AlwaysOn", "Finance", "serverless_basic", "serverless_standard", "serverless_ha", "cluster"], ds("db_instance_classes", 50)),
            oneOf("dbInstanceStorageType", ["cloud_ssd", "local_ssd", "cloud_essd", "cloud_essd2", "cloud_essd3", "general_essd"], ds("db_instance_classes", 60)),
            oneOf("instanceChargeType", ["PostPaid", "PrePaid", "Serverless"], ds("db_instance_classes", 41)),
            oneOf("sortedBy", ["Price"], ds("db_instance_classes", 35)),
        ],
    },
    {
        token: "alicloud:kvstore/getZones:getZones",
        terraform: "alicloud_kvstore_zones",
        file: "data_source_alicloud_kvstore_zones.go",
        ram: ramActions["alicloud:kvstore/getZones:getZones"],
        rules: [
            cloudRule("kvstore-zones-engine", ds("kvstore_zones", 32), (inputs) =>
                inputs.engine === undefined || ["redis", "memcache"].includes(String(inputs.engine).toLowerCase()) ? undefined : `engine: "${inputs.engine}" is not redis or memcache`, { engine: "mongo" },
            "preview"),
            oneOf("instanceChargeType", ["PrePaid", "PostPaid"], ds("kvstore_zones", 26)),
            oneOf("productType", ["Local", "Tair_rdb", "Tair_scm", "Tair_essd", "OnECS"], ds("kvstore_zones", 38)),
        ],
    },
    {
        token: "alicloud:kvstore/getInstanceClasses:getInstanceClasses",
        terraform: "alicloud_kvstore_instance_classes",
        file: "data_source_alicloud_kvstore_instance_classes.go",
        ram: ramActions["alicloud:kvstore/getInstanceClasses:getInstanceClasses"],
        ramWhen: [
            {
                when: sortsByPrice,
                actions: ["bss:GetPayAsYouGoPrice", "bss:GetSubscriptionPrice"],
                why: "sortedBy: Price asks BssOpenApi for the price of every class",
                source: ds("kvstore_instance_classes", 223),
            },
        ],
        rules: [
            required("zoneId", ds("kvstore_instance_classes", 20)),
            oneOf("engine", ["Memcache", "Redis"], ds("kvstore_instance_classes", 27)),
            oneOf("architecture", ["standard", "cluster", "rwsplit"], ds("kvstore_instance_classes", 63)),
            oneOf("editionType", ["Community", "Enterprise"], ds("kvstore_instance_classes", 68)),
            oneOf("nodeType", ["double", "single", "readone", "readthree", "readfive"], ds("kvstore_instance_classes", 78)),
            oneOf("instanceChargeType", ["PostPaid", "PrePaid"], ds("kvstore_instance_classes", 89)),
            oneOf("sortedBy", ["Price"], ds("kvstore_instance_classes", 94)),
            cloudRule("kvstore-classes-charge-type-explicit", ds("kvstore_instance_classes", 88), (inputs) =>
                inputs.instanceChargeType === undefined
                    ? "instanceChargeType: unset, so this look-up lists subscription (PrePaid) classes; pass PostPaid to ask about pay-as-you-go instances"
                    : undefined, { zoneId: "cn-hangzhou-h" },
            "preview"),
        ],
    },
];
