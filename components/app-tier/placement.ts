import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { burstableFamily } from "../compute/nodeGroup";
import { smallestFirst } from "../compute/placement";
import { pickPlacement, pickTypeForZones } from "./placementPick";
import { AppTierPlacement, RdsClassOffer, TypeOffer } from "./placementTypes";

export { pickPlacement, pickTypeForZones } from "./placementPick";
export * from "./placementTypes";

/** The RDS edition the tier creates: MySQL 8.0 High-availability. */
export const rdsEdition = { engine: "MySQL", engineVersion: "8.0", category: "HighAvailability" } as const;

/**
 * The classes tried, in order, when none is pinned: the smallest general-purpose HA classes for
 * RDS (1 core/2 GiB, then 2 cores/4 GiB); for Redis the 1 GiB classic master-replica class, else
 * the 1 GiB cloud-native one (classic classes stop at Redis 5.0).
 */
export const preferredClasses = {
    rds: ["mysql.n2.small.2c", "mysql.n2.medium.2c"],
    redis: ["redis.master.small.default", "redis.shard.small.2.ce"],
} as const;

/** What the caller pinned; anything left out is looked up. */
export interface AppTierPlacementRequest {
    zoneIds?: string[];
    instanceType?: string;
    systemDiskCategory: string;
    rdsStorageType: string;
    rdsStorageGiB: number;
    rdsClass?: string;
    redisClass?: string;
    redisEngineVersion: string;
}

/** The smallest burstable types with at least 1 GiB, smallest first, and the zones of each. */
function burstableOffers(request: AppTierPlacementRequest, opts: pulumi.InvokeOutputOptions): pulumi.Output<TypeOffer[]> {
    return alicloud.ecs
        .getInstanceTypesOutput({ instanceTypeFamily: burstableFamily, instanceChargeType: "PostPaid", systemDiskCategory: request.systemDiskCategory }, opts)
        .instanceTypes.apply((found) =>
            found
                .filter((t) => t.memorySize >= 1)
                .sort(smallestFirst)
                .map((t) => ({ instanceType: t.id, zones: t.availabilityZones })),
        );
}

/** The pinned type's zones, as getZones reports them. */
function pinnedTypeOffer(request: AppTierPlacementRequest, opts: pulumi.InvokeOutputOptions): pulumi.Output<TypeOffer[]> {
    return alicloud
        .getZonesOutput(
            { availableInstanceType: request.instanceType, availableResourceCreation: "VSwitch", availableDiskCategory: request.systemDiskCategory, instanceChargeType: "PostPaid" },
            opts,
        )
        .zones.apply((zones) => [{ instanceType: request.instanceType!, zones: zones.map((z) => z.id) }]);
}

/** Every RDS class of the tier's edition and storage type, per zone, with its storage range. */
function rdsClassOffers(request: AppTierPlacementRequest, opts: pulumi.InvokeOutputOptions): pulumi.Output<RdsClassOffer[]> {
    return alicloud.rds
        .getInstanceClassesOutput({ ...rdsEdition, dbInstanceStorageType: request.rdsStorageType, instanceChargeType: "PostPaid" }, opts)
        .instanceClasses.apply((classes) =>
            classes.flatMap((c) =>
                c.zoneIds.map((zone) => ({
                    instanceClass: c.instanceClass,
                    zone: zone.id,
                    storage: { min: Number(c.storageRange.min), max: Number(c.storageRange.max), step: Number(c.storageRange.step) },
                })),
            ),
        );
}

/** The master-replica Redis classes sold in each zone for the engine version, pay-as-you-go. */
async function redisClassesByZone(zones: string[], request: AppTierPlacementRequest, opts: pulumi.InvokeOptions): Promise<Record<string, string[]>> {
    const answers = await Promise.all(
        zones.map((zoneId) =>
            alicloud.kvstore.getInstanceClasses(
                { zoneId, engine: "Redis", engineVersion: request.redisEngineVersion, instanceChargeType: "PostPaid", architecture: "standard", nodeType: "double" },
                opts,
            ),
        ),
    );
    return Object.fromEntries(zones.map((zone, i) => [zone, answers[i].instanceClasses]));
}

/**
 * Resolves the two zones, the web instance type and the RDS and Redis classes with the data
 * sources (ECS types or zones, RDS classes, Redis zones and classes per zone), so a zone or class
 * that is not sold fails at preview instead of at apply. Pinned zones are used as they are; pinned
 * classes are checked in them. No look-up asks for prices (see `smallestFirst`).
 */
export function resolveAppTierPlacement(request: AppTierPlacementRequest, opts: pulumi.InvokeOutputOptions): pulumi.Output<AppTierPlacement> {
    const pinned = request.zoneIds === undefined ? undefined : ([request.zoneIds[0], request.zoneIds[1]] as [string, string]);
    const offers =
        pinned !== undefined && request.instanceType !== undefined
            ? pulumi.output([{ instanceType: request.instanceType, zones: [...pinned] }])
            : request.instanceType === undefined
              ? burstableOffers(request, opts)
              : pinnedTypeOffer(request, opts);
    const redisZones =
        pinned !== undefined
            ? pulumi.output([...pinned])
            : alicloud.kvstore.getZonesOutput({ engine: "Redis", instanceChargeType: "PostPaid" }, opts).zones.apply((zones) => zones.map((z) => z.id));
    const choice = {
        rds: request.rdsClass === undefined ? [...preferredClasses.rds] : [request.rdsClass],
        redis: request.redisClass === undefined ? [...preferredClasses.redis] : [request.redisClass],
        rdsDescription: `RDS ${rdsEdition.engine} ${rdsEdition.engineVersion} ${rdsEdition.category} (${request.rdsStorageType})`,
        redisDescription: `Redis ${request.redisEngineVersion} master-replica`,
        storageGiB: request.rdsStorageGiB,
    };
    return pulumi.all([offers, rdsClassOffers(request, opts), redisZones]).apply(async ([found, rds, redisAt]) => {
        const rdsZones = new Set(rds.map((c) => c.zone));
        const candidates = [...new Set(found.flatMap((o) => o.zones))].filter((zone) => rdsZones.has(zone) && redisAt.includes(zone));
        const redis = await redisClassesByZone(candidates, request, { parent: opts.parent });
        const answers = { offers: found, rds, redis, redisZones: redisAt };
        return pinned === undefined ? pickPlacement(answers, choice) : pickTypeForZones(answers, choice, pinned);
    });
}
