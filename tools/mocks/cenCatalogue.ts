/**
 * CEN answers of the mocks: the zones a region's Enterprise transit router serves, and the
 * provider-shaped ids and computed attributes of the CEN resources (composite ids where the
 * provider uses them, so a program that passes `.id` where an attribute id belongs is caught).
 */
import { mockId, stableSuffix } from "./ids";

type Inputs = Record<string, any>;

/**
 * A region whose transit router serves a single zone. A test fixture (not a claim about
 * Alibaba's catalogue) for the path where a mesh cannot get two zones.
 */
export const singleZoneTransitRouterRegion = "test-single-zone-1";

/** `cen.getTransitRouterAvailableResources`: primary (master) and secondary (slave) zones. */
export function transitRouterAvailableResources(region: string): Inputs {
    const zone = (letter: string) => `${region}-${letter}`;
    const resources =
        region === singleZoneTransitRouterRegion
            ? [{ masterZones: [zone("a")], slaveZones: [], availableZones: [zone("a")], supportMulticast: false }]
            : [
                  {
                      masterZones: [zone("i"), zone("j")],
                      slaveZones: [zone("i"), zone("j"), zone("k")],
                      availableZones: [zone("h"), zone("i"), zone("j"), zone("k")],
                      supportMulticast: false,
                  },
              ];
    return { id: region, resources };
}

const T = {
    transitRouter: "alicloud:cen/transitRouter:TransitRouter",
    routeTable: "alicloud:cen/transitRouterRouteTable:TransitRouterRouteTable",
    vpcAttachment: "alicloud:cen/transitRouterVpcAttachment:TransitRouterVpcAttachment",
    grant: "alicloud:cen/transitRouterGrantAttachment:TransitRouterGrantAttachment",
    association: "alicloud:cen/transitRouterRouteTableAssociation:TransitRouterRouteTableAssociation",
    propagation: "alicloud:cen/transitRouterRouteTablePropagation:TransitRouterRouteTablePropagation",
};

/** The provider's id of a CEN resource whose id is composite; undefined for the others. */
export function cenResourceId(type: string, name: string, inputs: Inputs): string | undefined {
    switch (type) {
        case T.transitRouter:
            return `${inputs.cenId}:${mockId(type, name)}`;
        case T.routeTable:
            return `${inputs.transitRouterId}:vtb-${stableSuffix(type + name, 20)}`;
        case T.grant:
            return `${inputs.instanceType}:${inputs.instanceId}:${inputs.cenOwnerId}:${inputs.cenId}`;
        case T.association:
            return `${inputs.transitRouterAttachmentId}:${inputs.transitRouterRouteTableId}`;
        case T.propagation:
            return `${inputs.transitRouterRouteTableId}:${inputs.transitRouterAttachmentId}`;
        default:
            return undefined;
    }
}

/** Computed attributes of the CEN resources, as the provider reports them after creation. */
export function cenComputedState(type: string, id: string, inputs: Inputs): Inputs {
    switch (type) {
        case "alicloud:cen/instance:Instance":
            return { status: "Active", protectionLevel: inputs.protectionLevel ?? "FULL" };
        case T.transitRouter:
            return { transitRouterId: id.split(":")[1], type: "Enterprise", status: "Active", supportMulticast: false };
        case T.routeTable:
            return { transitRouterRouteTableId: id.split(":")[1], transitRouterRouteTableType: "Custom", status: "Active" };
        case T.vpcAttachment:
            return { transitRouterAttachmentId: id, status: "Attached", orderType: inputs.orderType ?? "PayByCenOwner", paymentType: "PayAsYouGo" };
        case T.grant:
            return { orderType: inputs.orderType ?? "PayByCenOwner" };
        case T.association:
        case T.propagation:
            return { status: "Active" };
        default:
            throw new Error(`cenComputedState: no state for ${type}; add it in tools/mocks/cenCatalogue.ts`);
    }
}
