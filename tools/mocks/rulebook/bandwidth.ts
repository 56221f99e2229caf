/** EIPs, their associations, and the shared bandwidth package (Internet Shared Bandwidth) with its attachments. */
import { ramActions } from "./ramActions";
import { cloudRule, conflicting, doc, intBetween, oneOf, providerLine, required } from "./sources";
import { ResourceEntry } from "./types";

/** What each site sells: the international site has pay-by-data-transfer only; the China site also bandwidth and enhanced 95. */
export const bandwidthBillingBySite = {
    International: ["PayByDominantTraffic"],
    Domestic: ["PayByBandwidth", "PayBy95", "PayByDominantTraffic"],
} as const;

export const bandwidthBillingDocs = {
    International: doc("https://www.alibabacloud.com/help/en/internet-shared-bandwidth/product-overview/billing-overview", "2025-05-08"),
    Domestic: doc("https://help.aliyun.com/en/internet-shared-bandwidth/product-overview/billing-overview", "read 2026-12-01"),
};

const eipDoc = (line: number) => ({ where: `website/docs/r/eip_address.html.markdown:${line}` });

export const bandwidthResources: ResourceEntry[] = [
    {
        type: "alicloud:ecs/eipAddress:EipAddress",
        terraform: "alicloud_eip_address",
        file: "resource_alicloud_eip_address.go",
        ram: ramActions["alicloud:ecs/eipAddress:EipAddress"],
        timeouts: { create: 9, update: 9, delete: 9, source: providerLine("resource_alicloud_eip_address.go", 25) },
        waitsFor: { attribute: "status", targets: ["Available", "InUse"], source: providerLine("resource_alicloud_eip_address.go", 295) },
        reportedStatus: { attribute: "status", value: "Available" },
        rules: [
            conflicting(["addressName", "name"], providerLine("resource_alicloud_eip_address.go", 34)),
            conflicting(["paymentType", "instanceChargeType"], providerLine("resource_alicloud_eip_address.go", 117)),
            oneOf("internetChargeType", ["PayByBandwidth", "PayByTraffic"], providerLine("resource_alicloud_eip_address.go", 76)),
            cloudRule("eip-bandwidth-range", eipDoc(74), (inputs) => {
                if (inputs.bandwidth === undefined) return undefined;
                const mbps = Number(inputs.bandwidth);
                const max = inputs.paymentType === "Subscription" ? 1000 : inputs.internetChargeType === "PayByTraffic" ? 200 : 500;
                return Number.isInteger(mbps) && mbps >= 1 && mbps <= max
                    ? undefined
                    : `bandwidth: ${JSON.stringify(inputs.bandwidth)} Mbit/s is out of range for this billing; use 1 to ${max}`;
            }, { bandwidth: "300", internetChargeType: "PayByTraffic" }),
            cloudRule("eip-subscription-by-bandwidth", eipDoc(99), (inputs) =>
                inputs.paymentType === "Subscription" && inputs.internetChargeType === "PayByTraffic"
                    ? "internetChargeType: PayByTraffic with paymentType Subscription; a subscription EIP is billed by bandwidth, so use PayByBandwidth"
                    : undefined, { paymentType: "Subscription", internetChargeType: "PayByTraffic" }),
        ],
    },
    {
        type: "alicloud:ecs/eipAssociation:EipAssociation",
        terraform: "alicloud_eip_association",
        file: "resource_alicloud_eip_association.go",
        ram: ramActions["alicloud:ecs/eipAssociation:EipAssociation"],
        timeouts: { create: 5, update: 5, delete: 5, source: providerLine("resource_alicloud_eip_association.go", 25) },
        rules: [
            required("allocationId", providerLine("resource_alicloud_eip_association.go", 30)),
            required("instanceId", providerLine("resource_alicloud_eip_association.go", 39)),
            oneOf("instanceType", ["Nat", "SlbInstance", "EcsInstance", "NetworkInterface", "HaVip", "IpAddress"], { where: "website/docs/r/eip_association.html.markdown:105" }, "up"),
            oneOf("mode", ["NAT", "MULTI_BINDED", "BINDED"], providerLine("resource_alicloud_eip_association.go", 50)),
        ],
    },
    {
        type: "alicloud:vpc/commonBandwithPackage:CommonBandwithPackage",
        terraform: "alicloud_common_bandwidth_package",
        file: "resource_alicloud_common_bandwidth_package.go",
        ram: ramActions["alicloud:vpc/commonBandwithPackage:CommonBandwithPackage"],
        timeouts: { create: 5, update: 5, delete: 5, source: providerLine("resource_alicloud_common_bandwidth_package.go", 25) },
        waitsFor: { attribute: "status", targets: ["Available"], source: providerLine("resource_alicloud_common_bandwidth_package.go", 186) },
        reportedStatus: { attribute: "status", value: "Available" },
        rules: [
            required("bandwidth", providerLine("resource_alicloud_common_bandwidth_package.go", 30)),
            oneOf("internetChargeType", ["PayBy95", "PayByBandwidth", "PayByTraffic", "PayByDominantTraffic", "PayByOld95"], providerLine("resource_alicloud_common_bandwidth_package.go", 62)),
            intBetween("ratio", 0, 100, providerLine("resource_alicloud_common_bandwidth_package.go", 80)),
            conflicting(["bandwidthPackageName", "name"], providerLine("resource_alicloud_common_bandwidth_package.go", 37)),
            intBetween("bandwidth", 1, 1000, { where: "website/docs/r/common_bandwidth_package.html.markdown:64" }, "up"),
            cloudRule("cbwp-95-needs-ratio-20", { where: "website/docs/r/common_bandwidth_package.html.markdown:97" }, (inputs) =>
                inputs.internetChargeType === "PayBy95" && Number(inputs.ratio) !== 20
                    ? `ratio: ${JSON.stringify(inputs.ratio)} with PayBy95; enhanced 95th percentile needs ratio 20 (the only minimum commitment)`
                    : undefined, { internetChargeType: "PayBy95", ratio: 30 }),
            cloudRule("cbwp-billing-sold-on-site", bandwidthBillingDocs.International, (inputs, context) => {
                // Unset, the provider sends PayByTraffic, which its documentation calls "billed by primary traffic".
                const billing = inputs.internetChargeType ?? "PayByTraffic";
                const sold: readonly string[] = [...bandwidthBillingBySite[context.site], "PayByTraffic"];
                return sold.includes(billing)
                    ? undefined
                    : `internetChargeType: ${billing} is not sold on the ${context.site === "International" ? "international" : "China"} site, which sells ${bandwidthBillingBySite[context.site].join(", ")}; choose one of them`;
            }, { internetChargeType: "PayByBandwidth" }),
        ],
    },
    {
        type: "alicloud:vpc/commonBandwithPackageAttachment:CommonBandwithPackageAttachment",
        terraform: "alicloud_common_bandwidth_package_attachment",
        file: "resource_alicloud_common_bandwidth_package_attachment.go",
        ram: ramActions["alicloud:vpc/commonBandwithPackageAttachment:CommonBandwithPackageAttachment"],
        timeouts: { create: 5, update: 5, delete: 5, source: providerLine("resource_alicloud_common_bandwidth_package_attachment.go", 26) },
        waitsFor: { attribute: "status", targets: ["Available"], source: providerLine("resource_alicloud_common_bandwidth_package_attachment.go", 103) },
        reportedStatus: { attribute: "status", value: "Available" },
        rules: [
            required("bandwidthPackageId", providerLine("resource_alicloud_common_bandwidth_package_attachment.go", 36)),
            required("instanceId", providerLine("resource_alicloud_common_bandwidth_package_attachment.go", 46)),
            oneOf("ipType", ["EIP"], providerLine("resource_alicloud_common_bandwidth_package_attachment.go", 51)),
        ],
    },
];
