/** HaVip and its attachments to ECS instances. */
import { ramActions } from "./ramActions";
import { cloudRule, doc, exactlyOne, oneOf, providerLine, required } from "./sources";
import { ResourceEntry } from "./types";
import { reservedAddressProblem, vswitchReservedDoc } from "./vpc";

/** AssociateHaVip: same vSwitch, at most 10 ECS instances per HaVip, never ECS and ENIs together. */
export const associateHaVipDoc = doc("https://www.alibabacloud.com/help/pt-br/vpc/developer-reference/api-vpc-2016-04-28-associatehavip", "2026-07-07");
/** A HaVip serves at most this many ECS instances. */
export const maxInstancesPerHaVip = 10;

export const havipResources: ResourceEntry[] = [
    {
        type: "alicloud:vpc/haVipv2:HaVipv2",
        terraform: "alicloud_vpc_ha_vip",
        file: "resource_alicloud_vpc_ha_vip.go",
        ram: ramActions["alicloud:vpc/haVipv2:HaVipv2"],
        timeouts: { create: 5, update: 5, delete: 5, source: providerLine("resource_alicloud_vpc_ha_vip.go", 26) },
        waitsFor: { attribute: "status", targets: ["Available"], source: providerLine("resource_alicloud_vpc_ha_vip.go", 160) },
        reportedStatus: { attribute: "status", value: "Available" },
        rules: [
            required("vswitchId", providerLine("resource_alicloud_vpc_ha_vip.go", 84)),
            cloudRule("havip-description-length", providerLine("resource_alicloud_vpc_ha_vip.go", 49), (inputs) =>
                inputs.description === undefined || /^.{2,256}$/.test(inputs.description)
                    ? undefined
                    : `description: ${JSON.stringify(inputs.description)} is not 2 to 256 characters; shorten or lengthen it`, { description: "x" },
            "preview"),
            cloudRule("havip-address-usable", vswitchReservedDoc, (inputs, context) => {
                const cidr = inputs.ipAddress && inputs.vswitchId ? context.vswitchCidr(inputs.vswitchId) : undefined;
                return cidr ? reservedAddressProblem("ipAddress", inputs.ipAddress, cidr) : undefined;
            }, { vswitchId: "vsw-a", ipAddress: "10.0.0.253" }),
        ],
    },
    {
        type: "alicloud:vpc/hAVipAttachment:HAVipAttachment",
        terraform: "alicloud_havip_attachment",
        file: "resource_alicloud_havip_attachment.go",
        ram: ramActions["alicloud:vpc/hAVipAttachment:HAVipAttachment"],
        timeouts: { create: 5, update: 5, delete: 5, source: providerLine("resource_alicloud_havip_attachment.go", 25) },
        waitsFor: { attribute: "status", targets: ["InUse"], source: providerLine("resource_alicloud_havip_attachment.go", 112) },
        reportedStatus: { attribute: "status", value: "InUse" },
        rules: [
            exactlyOne(["haVipId", "havipId"], providerLine("resource_alicloud_havip_attachment.go", 34)),
            required("instanceId", providerLine("resource_alicloud_havip_attachment.go", 41)),
            oneOf("instanceType", ["EcsInstance", "NetworkInterface"], { where: "website/docs/r/havip_attachment.html.markdown:102" }, "up"),
        ],
    },
];
