/** VPC, vSwitch, routes, NAT and SNAT: the provider's schema checks and the cloud's rules. */
import { contains, parseCidr, tryParseCidr } from "../../../components/network";
import { ramActions } from "./ramActions";
import { cloudRule, conflicting, doc, exactlyOne, oneOf, providerLine, required } from "./sources";
import { ResourceEntry } from "./types";

/** CreateVSwitchCidrReservation: the first and the last three addresses of a vSwitch are the system's. */
export const vswitchReservedDoc = doc(
    "https://www.alibabacloud.com/help/en/vpc/developer-reference/api-vpc-2016-04-28-createvswitchcidrreservation",
    "2026-09-15",
);

const vswitchBlockDoc = { where: "website/docs/r/vswitch.html.markdown:120" };

function prefixRule(field: string, min: number, max: number, what: string, source = vswitchBlockDoc) {
    return cloudRule(`${field}-prefix`, source, (inputs) => {
        if (inputs[field] === undefined) return undefined;
        const parsed = tryParseCidr(String(inputs[field]));
        if ("error" in parsed) return `${field}: ${parsed.error}`;
        const prefix = parsed.block.prefix;
        return prefix >= min && prefix <= max ? undefined : `${field}: "${inputs[field]}" is a /${prefix}; a ${what} block must be /${min} to /${max}`;
    }, { [field]: `10.0.0.0/${max + 1}` });
}

export const vpcResources: ResourceEntry[] = [
    {
        type: "alicloud:vpc/network:Network",
        terraform: "alicloud_vpc",
        file: "resource_alicloud_vpc.go",
        ram: ramActions["alicloud:vpc/network:Network"],
        timeouts: { create: 10, update: 5, delete: 5, source: providerLine("resource_alicloud_vpc.go", 24) },
        waitsFor: { attribute: "status", targets: ["Available"], source: providerLine("resource_alicloud_vpc.go", 333) },
        reportedStatus: { attribute: "status", value: "Available" },
        rules: [
            conflicting(["vpcName", "name"], providerLine("resource_alicloud_vpc.go", 187)),
            oneOf("dnsHostnameStatus", ["ENABLED", "DISABLED"], providerLine("resource_alicloud_vpc.go", 47)),
        ],
    },
    {
        type: "alicloud:vpc/switch:Switch",
        terraform: "alicloud_vswitch",
        file: "resource_alicloud_vswitch.go",
        ram: ramActions["alicloud:vpc/switch:Switch"],
        timeouts: { create: 5, update: 5, delete: 10, source: providerLine("resource_alicloud_vswitch.go", 27) },
        waitsFor: { attribute: "status", targets: ["Available"], source: providerLine("resource_alicloud_vswitch.go", 220) },
        reportedStatus: { attribute: "status", value: "Available" },
        rules: [
            required("vpcId", providerLine("resource_alicloud_vswitch.go", 77)),
            exactlyOne(["zoneId", "availabilityZone"], providerLine("resource_alicloud_vswitch.go", 87)),
            required("cidrBlock", vswitchBlockDoc),
            prefixRule("cidrBlock", 16, 29, "vSwitch"),
            conflicting(["vswitchName", "name"], providerLine("resource_alicloud_vswitch.go", 71)),
        ],
    },
    {
        type: "alicloud:vpc/ipv4CidrBlock:Ipv4CidrBlock",
        terraform: "alicloud_vpc_ipv4_cidr_block",
        file: "resource_alicloud_vpc_ipv4_cidr_block.go",
        ram: ramActions["alicloud:vpc/ipv4CidrBlock:Ipv4CidrBlock"],
        timeouts: { create: 5, update: 5, delete: 5, source: providerLine("resource_alicloud_vpc_ipv4_cidr_block.go", 24) },
        rules: [
            required("vpcId", providerLine("resource_alicloud_vpc_ipv4_cidr_block.go", 47)),
            required("secondaryCidrBlock", providerLine("resource_alicloud_vpc_ipv4_cidr_block.go", 37)),
        ],
    },
    {
        type: "alicloud:vpc/routeEntry:RouteEntry",
        terraform: "alicloud_route_entry",
        file: "resource_alicloud_route_entry.go",
        ram: ramActions["alicloud:vpc/routeEntry:RouteEntry"],
        timeouts: { create: 10, delete: 10, source: providerLine("resource_alicloud_route_entry.go", 25) },
        rules: [
            required("routeTableId", providerLine("resource_alicloud_route_entry.go", 29)),
            oneOf(
                "nexthopType",
                ["Instance", "RouterInterface", "VpnGateway", "HaVip", "NetworkInterface", "NatGateway", "IPv6Gateway", "Attachment", "VpcPeer", "Ipv4Gateway", "GatewayEndpoint", "CenBasic", "Ecr"],
                { where: `website/docs/r/route_entry.html.markdown:101` },
                "up",
            ),
            cloudRule("route-destination-is-a-block", { where: "website/docs/r/route_entry.html.markdown" }, (inputs) => {
                const parsed = inputs.destinationCidrblock === undefined ? undefined : tryParseCidr(String(inputs.destinationCidrblock));
                return parsed && "error" in parsed ? `destinationCidrblock: ${parsed.error}` : undefined;
            }, { destinationCidrblock: "10.0.0.300/24" }),
        ],
    },
    {
        type: "alicloud:vpc/natGateway:NatGateway",
        terraform: "alicloud_nat_gateway",
        file: "resource_alicloud_nat_gateway.go",
        ram: ramActions["alicloud:vpc/natGateway:NatGateway"],
        timeouts: { create: 10, update: 10, delete: 10, source: providerLine("resource_alicloud_nat_gateway.go", 26) },
        waitsFor: { attribute: "status", targets: ["Available"], source: providerLine("resource_alicloud_nat_gateway.go", 339) },
        reportedStatus: { attribute: "status", value: "Available" },
        rules: [
            required("vpcId", providerLine("resource_alicloud_nat_gateway.go", 164)),
            conflicting(["paymentType", "instanceChargeType"], providerLine("resource_alicloud_nat_gateway.go", 73)),
            oneOf("networkType", ["internet", "intranet"], providerLine("resource_alicloud_nat_gateway.go", 174)),
            cloudRule("nat-enhanced-only", { where: "website/docs/r/nat_gateway.html.markdown:119" }, (inputs) =>
                inputs.natType === "Enhanced"
                    ? undefined
                    : `natType: ${JSON.stringify(inputs.natType)}: only Enhanced NAT gateways can be created (Normal is no longer sold); set natType: "Enhanced" with a vswitchId`, { natType: "Normal" }),
            cloudRule("nat-enhanced-needs-vswitch", { where: "website/docs/r/nat_gateway.html.markdown:120" }, (inputs) =>
                inputs.natType === "Enhanced" && !inputs.vswitchId ? "vswitchId: not set; an Enhanced NAT gateway is created in a vSwitch, so set vswitchId" : undefined, { natType: "Enhanced" }),
            cloudRule("nat-pay-by-lcu-only", { where: "website/docs/r/nat_gateway.html.markdown:121" }, (inputs) =>
                inputs.internetChargeType === undefined || inputs.internetChargeType === "PayByLcu"
                    ? undefined
                    : `internetChargeType: ${JSON.stringify(inputs.internetChargeType)} can no longer be bought; use PayByLcu`, { internetChargeType: "PayBySpec" }),
        ],
    },
    {
        type: "alicloud:vpc/snatEntry:SnatEntry",
        terraform: "alicloud_snat_entry",
        file: "resource_alicloud_snat_entry.go",
        ram: ramActions["alicloud:vpc/snatEntry:SnatEntry"],
        timeouts: { create: 5, update: 5, delete: 5, source: providerLine("resource_alicloud_snat_entry.go", 26) },
        waitsFor: { attribute: "status", targets: ["Available"], source: providerLine("resource_alicloud_snat_entry.go", 122) },
        reportedStatus: { attribute: "status", value: "Available" },
        rules: [
            required("snatIp", providerLine("resource_alicloud_snat_entry.go", 43)),
            required("snatTableId", providerLine("resource_alicloud_snat_entry.go", 47)),
            conflicting(["sourceCidr", "sourceVswitchId"], providerLine("resource_alicloud_snat_entry.go", 52)),
        ],
    },
];

/** The problem with a fixed private address in a vSwitch block, if any (outside, or one the system keeps). */
export function reservedAddressProblem(field: string, address: string, vswitchCidr: string): string | undefined {
    const block = parseCidr(vswitchCidr);
    const parsed = tryParseCidr(`${address}/32`);
    if ("error" in parsed || !contains(block, parsed.block)) {
        return `${field}: "${address}" is not inside its vSwitch block ${vswitchCidr}; choose a free address inside it or leave it unset`;
    }
    const ip = parsed.block.first;
    if (ip === block.first || ip >= block.last - 2n) {
        return `${field}: "${address}" is reserved by the vSwitch ${vswitchCidr} (its first and last three addresses are the system's); choose another address inside it`;
    }
    return undefined;
}
