/** CEN and its Enterprise transit router: instance, router, route table, grants, VPC attachments, route-table links. */
import { ramActions } from "./ramActions";
import { cloudRule, conflicting, oneOf, providerLine, required } from "./sources";
import { ResourceEntry } from "./types";

const cenFile = (name: string) => `resource_alicloud_cen_${name}.go`;
const at = (name: string, line: number) => providerLine(cenFile(name), line);

export const cenResources: ResourceEntry[] = [
    {
        type: "alicloud:cen/instance:Instance",
        terraform: "alicloud_cen_instance",
        file: cenFile("instance"),
        ram: ramActions["alicloud:cen/instance:Instance"],
        timeouts: { create: 5, update: 5, delete: 5, source: at("instance", 24) },
        waitsFor: { attribute: "status", targets: ["Active"], source: at("instance", 120) },
        reportedStatus: { attribute: "status", value: "Active" },
        rules: [conflicting(["cenInstanceName", "name"], at("instance", 29))],
    },
    {
        type: "alicloud:cen/transitRouter:TransitRouter",
        terraform: "alicloud_cen_transit_router",
        file: cenFile("transit_router"),
        ram: ramActions["alicloud:cen/transitRouter:TransitRouter"],
        timeouts: { create: 5, update: 5, delete: 5, source: at("transit_router", 23) },
        waitsFor: { attribute: "status", targets: ["Active"], source: at("transit_router", 127) },
        reportedStatus: { attribute: "status", value: "Active" },
        rules: [required("cenId", at("transit_router", 28))],
    },
    {
        type: "alicloud:cen/transitRouterRouteTable:TransitRouterRouteTable",
        terraform: "alicloud_cen_transit_router_route_table",
        file: cenFile("transit_router_route_table"),
        ram: ramActions["alicloud:cen/transitRouterRouteTable:TransitRouterRouteTable"],
        timeouts: { create: 3, update: 3, delete: 3, source: at("transit_router_route_table", 23) },
        waitsFor: { attribute: "status", targets: ["Active"], source: at("transit_router_route_table", 101) },
        reportedStatus: { attribute: "status", value: "Active" },
        rules: [required("transitRouterId", at("transit_router_route_table", 28))],
    },
    {
        type: "alicloud:cen/transitRouterGrantAttachment:TransitRouterGrantAttachment",
        terraform: "alicloud_cen_transit_router_grant_attachment",
        file: cenFile("transit_router_grant_attachment"),
        ram: ramActions["alicloud:cen/transitRouterGrantAttachment:TransitRouterGrantAttachment"],
        timeouts: { create: 5, update: 5, delete: 5, source: at("transit_router_grant_attachment", 24) },
        rules: [
            required("cenId", at("transit_router_grant_attachment", 29)),
            required("cenOwnerId", at("transit_router_grant_attachment", 34)),
            required("instanceId", at("transit_router_grant_attachment", 39)),
            required("instanceType", at("transit_router_grant_attachment", 44)),
            oneOf("orderType", ["PayByResourceOwner", "PayByCenOwner"], at("transit_router_grant_attachment", 49)),
            oneOf("instanceType", ["VPC", "ExpressConnect", "VPN"], { where: "website/docs/r/cen_transit_router_grant_attachment.html.markdown" }, "up"),
        ],
    },
    {
        type: "alicloud:cen/transitRouterVpcAttachment:TransitRouterVpcAttachment",
        terraform: "alicloud_cen_transit_router_vpc_attachment",
        file: cenFile("transit_router_vpc_attachment"),
        ram: ramActions["alicloud:cen/transitRouterVpcAttachment:TransitRouterVpcAttachment"],
        timeouts: { create: 42, update: 8, delete: 20, source: at("transit_router_vpc_attachment", 25) },
        waitsFor: { attribute: "status", targets: ["Attached"], source: at("transit_router_vpc_attachment", 286) },
        reportedStatus: { attribute: "status", value: "Attached" },
        rules: [
            required("vpcId", at("transit_router_vpc_attachment", 118)),
            required("zoneMappings", at("transit_router_vpc_attachment", 129)),
            oneOf("orderType", ["PayByCenOwner", "PayByResourceOwner"], at("transit_router_vpc_attachment", 70)),
            oneOf("paymentType", ["PayAsYouGo"], at("transit_router_vpc_attachment", 76)),
            conflicting(["transitRouterVpcAttachmentName", "transitRouterAttachmentName"], at("transit_router_vpc_attachment", 106)),
            cloudRule("attachment-zones-served", { where: "website/docs/d/cen_transit_router_available_resources.html.markdown" }, (inputs, context) => {
                const served = context.transitRouterZones();
                const mappings: Array<Record<string, any>> = inputs.zoneMappings ?? [];
                const outside = mappings.map((m) => m.zoneId).filter((z) => z !== undefined && !served.includes(z));
                return outside.length === 0
                    ? undefined
                    : `zoneMappings: ${outside.join(", ")} is not a zone the transit router serves (${served.join(", ")}); attach vSwitches in served zones`;
            }, { zoneMappings: [{ zoneId: "cn-hangzhou-z", vswitchId: "vsw-z" }] }),
            cloudRule("attachment-vswitch-in-its-zone", { where: "website/docs/r/cen_transit_router_vpc_attachment.html.markdown" }, (inputs, context) => {
                const mappings: Array<Record<string, any>> = inputs.zoneMappings ?? [];
                const wrong = mappings.filter((m) => {
                    const zone = m.vswitchId ? context.vswitchZone(m.vswitchId) : undefined;
                    return zone !== undefined && m.zoneId !== undefined && zone !== m.zoneId;
                });
                return wrong.length === 0
                    ? undefined
                    : `zoneMappings: vSwitch ${wrong.map((m) => `${m.vswitchId} (in ${context.vswitchZone(m.vswitchId)})`).join(", ")} is mapped to another zone; map each vSwitch to its own zone`;
            }, { zoneMappings: [{ zoneId: "cn-hangzhou-i", vswitchId: "vsw-a" }] }),
        ],
    },
    {
        type: "alicloud:cen/transitRouterRouteTableAssociation:TransitRouterRouteTableAssociation",
        terraform: "alicloud_cen_transit_router_route_table_association",
        file: cenFile("transit_router_route_table_association"),
        ram: ramActions["alicloud:cen/transitRouterRouteTableAssociation:TransitRouterRouteTableAssociation"],
        timeouts: { create: 5, update: 5, delete: 5, source: at("transit_router_route_table_association", 24) },
        waitsFor: { attribute: "status", targets: ["Active"], source: at("transit_router_route_table_association", 94) },
        reportedStatus: { attribute: "status", value: "Active" },
        rules: [
            required("transitRouterAttachmentId", at("transit_router_route_table_association", 37)),
            required("transitRouterRouteTableId", at("transit_router_route_table_association", 42)),
        ],
    },
    {
        type: "alicloud:cen/transitRouterRouteTablePropagation:TransitRouterRouteTablePropagation",
        terraform: "alicloud_cen_transit_router_route_table_propagation",
        file: cenFile("transit_router_route_table_propagation"),
        ram: ramActions["alicloud:cen/transitRouterRouteTablePropagation:TransitRouterRouteTablePropagation"],
        timeouts: { create: 5, delete: 5, source: at("transit_router_route_table_propagation", 23) },
        waitsFor: { attribute: "status", targets: ["Active"], source: at("transit_router_route_table_propagation", 80) },
        reportedStatus: { attribute: "status", value: "Active" },
        rules: [
            required("transitRouterAttachmentId", at("transit_router_route_table_propagation", 35)),
            required("transitRouterRouteTableId", at("transit_router_route_table_propagation", 40)),
        ],
    },
];
