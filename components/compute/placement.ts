import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { plainRunError } from "../vocabulary";

/** Where and on what the nodes run. */
export interface Placement {
    zoneId: string;
    instanceType: string;
}

/** What the caller pinned; anything left out is looked up. */
export interface PlacementRequest {
    /** A zone the caller pinned, or the zone of an existing vSwitch. */
    zoneId?: pulumi.Input<string>;
    /** An instance type the caller pinned. */
    instanceType?: string;
    /** Instance family to pick the cheapest type from; e.g. "ecs.t6" (burstable). */
    family: string;
    /** Smallest memory (GiB) a picked type may have. */
    minMemoryGiB: number;
    /** The system disk category the zone must offer. */
    systemDiskCategory: string;
}

type InstanceTypeInfo = alicloud.types.output.ecs.GetInstanceTypesInstanceType;

/**
 * Orders instance types smallest first: fewest vCPUs, then least memory. Within one burstable
 * family the smallest type is the cheapest, so no price is asked for: `sortedBy: "Price"` makes the
 * provider call the billing API (BssOpenApi GetPayAsYouGoPrice) for every type, which a deploy role
 * without billing permissions (such as a mesh member's assumed role) is refused at preview.
 */
export function smallestFirst(a: InstanceTypeInfo, b: InstanceTypeInfo): number {
    return a.cpuCoreCount - b.cpuCoreCount || a.memorySize - b.memorySize || a.id.localeCompare(b.id);
}

/**
 * Resolves the zone and instance type with the ECS data sources, so a type that is out of stock
 * fails at preview instead of at apply. Pinned values are used as they are.
 */
export function resolvePlacement(request: PlacementRequest, opts: pulumi.InvokeOutputOptions): pulumi.Output<Placement> {
    const { zoneId, instanceType } = request;
    if (zoneId !== undefined && instanceType !== undefined) {
        return pulumi.output(zoneId).apply((zone) => ({ zoneId: zone, instanceType }));
    }
    if (instanceType !== undefined) {
        const zones = alicloud.getZonesOutput(
            {
                availableInstanceType: instanceType,
                availableResourceCreation: "VSwitch",
                availableDiskCategory: request.systemDiskCategory,
                instanceChargeType: "PostPaid",
            },
            opts,
        );
        return zones.zones.apply((found) => {
            if (found.length === 0) {
                throw plainRunError(`instanceType: "${instanceType}" is not sold in any zone of this region; pick another type or unset it`);
            }
            return { zoneId: found[0].id, instanceType };
        });
    }
    // As in lookupImageId: look up once the zone (maybe an existing vSwitch's, itself looked up) is known.
    return pulumi.output(zoneId).apply((pinnedZone) => {
        const types = alicloud.ecs.getInstanceTypesOutput(
            {
                instanceTypeFamily: request.family,
                availabilityZone: pinnedZone,
                instanceChargeType: "PostPaid",
                systemDiskCategory: request.systemDiskCategory,
            },
            opts,
        );
        return types.instanceTypes.apply((found) => {
            const fitting = found.filter((t) => t.memorySize >= request.minMemoryGiB).sort(smallestFirst);
            const where = pinnedZone ? `zone ${pinnedZone}` : "this region";
            if (fitting.length === 0) {
                throw plainRunError(
                    `no ${request.family} instance type with >= ${request.minMemoryGiB} GiB is available in ${where}; set instanceType or zoneId`,
                );
            }
            const cheapest = fitting[0];
            return { zoneId: pinnedZone ?? cheapest.availabilityZones[0], instanceType: cheapest.id };
        });
    });
}
