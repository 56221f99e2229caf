import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { burstableFamily } from "../compute/nodeGroup";
import { cheapestFirst } from "../compute/placement";
import { plainRunError } from "../vocabulary";

/** The two zones and the web instance type of an app tier. */
export interface AppTierPlacement {
    zoneIds: [string, string];
    instanceType: string;
}

/** An instance type and the zones it is sold in, as the ECS data sources report them. */
export interface TypeOffer {
    instanceType: string;
    zones: string[];
}

/** What the data sources say is available; every list in the data source's order. */
export interface AvailabilityAnswers {
    /** Candidate web instance types, cheapest first (a single one when pinned). */
    offers: TypeOffer[];
    /** Zones selling RDS MySQL 8.0 High-availability with the chosen storage. */
    rdsZones: string[];
    /** Zones selling Redis. */
    redisZones: string[];
    /** What the RDS answer was asked for, for the message. */
    rdsDescription: string;
}

function list(zones: readonly string[]): string {
    return zones.length === 0 ? "none" : zones.join(", ");
}

/**
 * The cheapest offered type sold in two zones that also sell RDS and Redis, and the first two such
 * zones in the ECS data source's order. Throws an Error naming every list when there is none.
 */
export function pickPlacement(answers: AvailabilityAnswers): AppTierPlacement {
    const rds = new Set(answers.rdsZones);
    const redis = new Set(answers.redisZones);
    for (const offer of answers.offers) {
        const zones = offer.zones.filter((zone) => rds.has(zone) && redis.has(zone));
        if (zones.length >= 2) {
            return { zoneIds: [zones[0], zones[1]], instanceType: offer.instanceType };
        }
    }
    const types =
        answers.offers.length === 1
            ? `${answers.offers[0].instanceType} is sold in ${list(answers.offers[0].zones)}`
            : `the ${burstableFamily} types with >= 1 GiB are sold in ${list([...new Set(answers.offers.flatMap((o) => o.zones))].sort())}`;
    return fail(
        `zoneIds: no two zones offer the web instance type, ${answers.rdsDescription} and Redis: ${types}; ` +
            `RDS in ${list(answers.rdsZones)}; Redis in ${list(answers.redisZones)}. Choose another instanceType, or pin zoneIds you have checked`,
    );
}

/** The cheapest offered type sold in both pinned zones; the zones stay in the caller's order. */
export function pickTypeForZones(offers: TypeOffer[], zoneIds: [string, string]): AppTierPlacement {
    const offer = offers.find((o) => zoneIds.every((zone) => o.zones.includes(zone)));
    if (offer === undefined) {
        return fail(
            `instanceType: no ${burstableFamily} type with >= 1 GiB is sold in both ${zoneIds.join(" and ")}; set instanceType, or pin other zoneIds`,
        );
    }
    return { zoneIds, instanceType: offer.instanceType };
}

function fail(message: string): never {
    throw plainRunError(message);
}

/** What the caller pinned; anything left out is looked up. */
export interface AppTierPlacementRequest {
    zoneIds?: string[];
    instanceType?: string;
    systemDiskCategory: string;
    rdsStorageType: string;
}

/** The cheapest burstable types with at least 1 GiB, cheapest first, and the zones of each. */
function burstableOffers(request: AppTierPlacementRequest, opts: pulumi.InvokeOutputOptions): pulumi.Output<TypeOffer[]> {
    return alicloud.ecs
        .getInstanceTypesOutput(
            { instanceTypeFamily: burstableFamily, instanceChargeType: "PostPaid", systemDiskCategory: request.systemDiskCategory, sortedBy: "Price" },
            opts,
        )
        .instanceTypes.apply((found) =>
            found
                .filter((t) => t.memorySize >= 1)
                .sort(cheapestFirst)
                .map((t) => ({ instanceType: t.id, zones: t.availabilityZones })),
        );
}

/**
 * Resolves the two zones and the web instance type with the data sources (ECS types or zones, RDS
 * zones, Redis zones), so a zone without RDS or Redis fails at preview instead of at apply. Pinned
 * zones are used as they are: only a type sold in both is looked up; pinned zones and type need no
 * look-up at all.
 */
export function resolveAppTierPlacement(request: AppTierPlacementRequest, opts: pulumi.InvokeOutputOptions): pulumi.Output<AppTierPlacement> {
    const pinned = request.zoneIds;
    if (pinned !== undefined && request.instanceType !== undefined) {
        return pulumi.output({ zoneIds: [pinned[0], pinned[1]] as [string, string], instanceType: request.instanceType });
    }
    const offers =
        request.instanceType === undefined
            ? burstableOffers(request, opts)
            : alicloud
                  .getZonesOutput(
                      {
                          availableInstanceType: request.instanceType,
                          availableResourceCreation: "VSwitch",
                          availableDiskCategory: request.systemDiskCategory,
                          instanceChargeType: "PostPaid",
                      },
                      opts,
                  )
                  .zones.apply((zones) => [{ instanceType: request.instanceType!, zones: zones.map((z) => z.id) }]);
    const rdsDescription = `RDS MySQL 8.0 HighAvailability (${request.rdsStorageType})`;
    if (pinned !== undefined) {
        return offers.apply((found) => pickTypeForZones(found, [pinned[0], pinned[1]]));
    }
    const rdsZones = alicloud.rds
        .getZonesOutput(
            { engine: "MySQL", engineVersion: "8.0", category: "HighAvailability", dbInstanceStorageType: request.rdsStorageType, instanceChargeType: "PostPaid" },
            opts,
        )
        .zones.apply((zones) => zones.map((z) => z.id));
    const redisZones = alicloud.kvstore
        .getZonesOutput({ engine: "Redis", instanceChargeType: "PostPaid" }, opts)
        .zones.apply((zones) => zones.map((z) => z.id));
    return pulumi
        .all([offers, rdsZones, redisZones])
        .apply(([found, rds, redis]) => pickPlacement({ offers: found, rdsZones: rds, redisZones: redis, rdsDescription }));
}
