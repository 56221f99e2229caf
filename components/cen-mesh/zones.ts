import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { plainRunError } from "../vocabulary";

type AvailableResources = alicloud.types.output.cen.GetTransitRouterAvailableResourcesResource;

/**
 * The two zones a member VPC attaches in: the first primary (master) zone, and the first other
 * zone among the secondary, primary and available zones. Throws when the region's transit router
 * serves fewer than two zones, since every member gets two vSwitches, one per zone.
 */
export function pickAttachmentZones(resources: AvailableResources[], region: string): string[] {
    const all = resources.flatMap((r) => [...(r.masterZones ?? []), ...(r.slaveZones ?? []), ...(r.availableZones ?? [])]);
    const primary = resources.flatMap((r) => r.masterZones ?? [])[0] ?? all[0];
    const secondary = [...resources.flatMap((r) => r.slaveZones ?? []), ...all].find((zone) => zone !== primary);
    if (primary === undefined || secondary === undefined) {
        const served = [...new Set(all)].join(", ") || "none";
        throw plainRunError(
            `region: the transit router in ${region} serves ${served}; CenMesh attaches each VPC in two zones, so use a region whose transit router serves two`,
        );
    }
    return [primary, secondary];
}

/** Looks the zones up with the owner's provider, so a region without two fails at preview. */
export function lookupAttachmentZones(region: string, opts: pulumi.InvokeOutputOptions): pulumi.Output<string[]> {
    // Not `.resources` on the output: that name is taken by Output's own (internal) member.
    return alicloud.cen
        .getTransitRouterAvailableResourcesOutput({}, opts)
        .apply((result) => pickAttachmentZones(result.resources, region));
}
