import { burstableFamily } from "../compute/nodeGroup";
import { plainRunError } from "../vocabulary";
import { AppTierPlacement, AvailabilityAnswers, ClassChoice, TypeOffer } from "./placementTypes";

function list(items: readonly string[]): string {
    return items.length === 0 ? "none" : items.join(", ");
}

function fail(message: string): never {
    throw plainRunError(message);
}

const rdsSold = (answers: AvailabilityAnswers, instanceClass: string, zone: string) =>
    answers.rds.find((c) => c.instanceClass === instanceClass && c.zone === zone);
const redisSold = (answers: AvailabilityAnswers, instanceClass: string, zone: string) => (answers.redis[zone] ?? []).includes(instanceClass);

/** The first preferred RDS and Redis classes sold in both zones, or undefined. */
function classesFor(answers: AvailabilityAnswers, choice: ClassChoice, zones: [string, string]): { rdsClass: string; redisClass: string } | undefined {
    const rdsClass = choice.rds.find((c) => zones.every((z) => rdsSold(answers, c, z)));
    const redisClass = choice.redis.find((c) => zones.every((z) => redisSold(answers, c, z)));
    return rdsClass !== undefined && redisClass !== undefined ? { rdsClass, redisClass } : undefined;
}

/** Fails when the RDS storage is outside what the chosen class allows in the primary zone. */
function checkStorage(answers: AvailabilityAnswers, choice: ClassChoice, placement: AppTierPlacement): AppTierPlacement {
    const range = rdsSold(answers, placement.rdsClass, placement.zoneIds[0])!.storage;
    const gib = choice.storageGiB;
    if (gib < range.min || gib > range.max || (gib - range.min) % range.step !== 0) {
        fail(
            `rds.storageGiB: ${gib} is outside what ${placement.rdsClass} allows in ${placement.zoneIds[0]} (${range.min} to ${range.max} GiB in steps of ${range.step}); choose a size in that range`,
        );
    }
    return placement;
}

/** Per zone, the preferred classes sold there: "zone (class, ...)". */
function soldWhere(zones: readonly string[], classes: readonly string[], sold: (cls: string, zone: string) => unknown): string {
    const rows = zones.map((z) => [z, classes.filter((c) => sold(c, z))] as const).filter(([, found]) => found.length > 0);
    return list(rows.map(([z, found]) => `${z} (${found.join(", ")})`));
}

/**
 * The smallest offered type sold in two zones that also sell a preferred RDS class and a preferred
 * Redis class, with the first such pair in the ECS data source's order. Throws a RunError naming
 * every list when there is none.
 */
export function pickPlacement(answers: AvailabilityAnswers, choice: ClassChoice): AppTierPlacement {
    for (const offer of answers.offers) {
        const zones = offer.zones.filter((z) => answers.redisZones.includes(z) && choice.rds.some((c) => rdsSold(answers, c, z)));
        for (let i = 0; i < zones.length; i++) {
            for (let j = i + 1; j < zones.length; j++) {
                const pair: [string, string] = [zones[i], zones[j]];
                const classes = classesFor(answers, choice, pair);
                if (classes !== undefined) {
                    return checkStorage(answers, choice, { zoneIds: pair, instanceType: offer.instanceType, ...classes });
                }
            }
        }
    }
    const allZones = [...new Set([...answers.offers.flatMap((o) => o.zones), ...answers.rds.map((c) => c.zone), ...answers.redisZones])].sort();
    const types =
        answers.offers.length === 1
            ? `${answers.offers[0].instanceType} is sold in ${list(answers.offers[0].zones)}`
            : `the ${burstableFamily} types with >= 1 GiB are sold in ${list([...new Set(answers.offers.flatMap((o: TypeOffer) => o.zones))].sort())}`;
    return fail(
        `zoneIds: no two zones offer the web instance type, ${choice.rdsDescription} as ${choice.rds.join(" or ")} and ${choice.redisDescription} as ${choice.redis.join(" or ")}: ` +
            `${types}; RDS in ${soldWhere(allZones, choice.rds, (c, z) => rdsSold(answers, c, z))}; ` +
            `Redis in ${soldWhere(Object.keys(answers.redis).sort(), choice.redis, (c, z) => redisSold(answers, c, z))}. ` +
            "Choose another instanceType or class, or pin zoneIds you have checked",
    );
}

/** The smallest offered type sold in both pinned zones and the classes sold in both; the zones keep the caller's order. */
export function pickTypeForZones(answers: AvailabilityAnswers, choice: ClassChoice, zoneIds: [string, string]): AppTierPlacement {
    const offer = answers.offers.find((o) => zoneIds.every((zone) => o.zones.includes(zone)));
    if (offer === undefined) {
        return fail(`instanceType: no ${burstableFamily} type with >= 1 GiB is sold in both ${zoneIds.join(" and ")}; set instanceType, or pin other zoneIds`);
    }
    const both = zoneIds.join(" and ");
    const rdsClass = choice.rds.find((c) => zoneIds.every((z) => rdsSold(answers, c, z)));
    if (rdsClass === undefined) {
        const sold = [...new Set(answers.rds.filter((c) => zoneIds.includes(c.zone)).map((c) => c.instanceClass))];
        return fail(
            `rds.instanceClass: ${choice.rds.join(" or ")} is not sold as ${choice.rdsDescription} in both ${both}; classes sold there: ${list(sold)}. Pin one sold in both, or other zoneIds`,
        );
    }
    const redisClass = choice.redis.find((c) => zoneIds.every((z) => redisSold(answers, c, z)));
    if (redisClass === undefined) {
        const sold = [...new Set(zoneIds.flatMap((z) => answers.redis[z] ?? []))];
        return fail(
            `redis.instanceClass: ${choice.redis.join(" or ")} is not sold as ${choice.redisDescription} in both ${both}; classes sold there: ${list(sold)}. Pin one sold in both, or other zoneIds`,
        );
    }
    return checkStorage(answers, choice, { zoneIds, instanceType: offer.instanceType, rdsClass, redisClass });
}
