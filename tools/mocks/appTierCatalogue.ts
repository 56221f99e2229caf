/**
 * App-tier answers of the mocks: where RDS and Redis are sold in the mocked region, and the
 * computed attributes of the NAT gateway, bandwidth package, SLB, RDS, Redis and Cloud Assistant
 * resources. The catalogue is deliberately uneven (as real regions are): zone h sells no
 * `ecs.t6` type with 1 GiB, zone i sells no RDS MySQL 8.0 High-availability, so a program that
 * takes "the first zone" of any single list picks a zone where something is missing.
 */
import { stableSuffix } from "./ids";

type Inputs = Record<string, any>;

/** One RDS offer: engine, version, edition and storage types, and the zones that sell it. */
export interface MockRdsOffer {
    engine: string;
    engineVersion: string;
    category: string;
    storageTypes: string[];
    zoneLetters: string[];
}

export const rdsOffers: MockRdsOffer[] = [
    { engine: "MySQL", engineVersion: "8.0", category: "HighAvailability", storageTypes: ["cloud_essd", "local_ssd"], zoneLetters: ["h", "j", "k"] },
    { engine: "MySQL", engineVersion: "8.0", category: "Basic", storageTypes: ["cloud_essd"], zoneLetters: ["h", "i", "j", "k"] },
    { engine: "MySQL", engineVersion: "5.7", category: "HighAvailability", storageTypes: ["cloud_essd", "local_ssd"], zoneLetters: ["h", "i", "j", "k"] },
    { engine: "PostgreSQL", engineVersion: "16.0", category: "HighAvailability", storageTypes: ["cloud_essd"], zoneLetters: ["i", "k"] },
];

/** Zones selling Redis (local, master-replica) in the mocked region. */
export const redisZoneLetters = ["h", "j", "k"];

/** One RDS class where it is sold: engine, version, edition, storage types, zones and storage range (GiB). */
export interface MockRdsClass {
    instanceClass: string;
    engine: string;
    engineVersion: string;
    category: string;
    storageTypes: string[];
    zoneLetters: string[];
    storage: { min: number; max: number; step: number };
}

/**
 * RDS classes. The general-purpose `mysql.n2.*` classes run on cloud disks only; local SSD needs
 * the dedicated `rds.mysql.*` classes, so a cloud-disk class asked for with `local_ssd` is not sold.
 */
export const rdsClasses: MockRdsClass[] = [
    { instanceClass: "mysql.n2.small.2c", engine: "MySQL", engineVersion: "8.0", category: "HighAvailability", storageTypes: ["cloud_essd"], zoneLetters: ["h", "j", "k"], storage: { min: 20, max: 32000, step: 5 } },
    { instanceClass: "mysql.n2.medium.2c", engine: "MySQL", engineVersion: "8.0", category: "HighAvailability", storageTypes: ["cloud_essd"], zoneLetters: ["h", "j", "k"], storage: { min: 20, max: 32000, step: 5 } },
    { instanceClass: "rds.mysql.s2.large", engine: "MySQL", engineVersion: "8.0", category: "HighAvailability", storageTypes: ["local_ssd"], zoneLetters: ["h", "j", "k"], storage: { min: 5, max: 2000, step: 5 } },
    { instanceClass: "mysql.n2.small.1", engine: "MySQL", engineVersion: "8.0", category: "Basic", storageTypes: ["cloud_essd"], zoneLetters: ["h", "i", "j", "k"], storage: { min: 20, max: 32000, step: 5 } },
];

/** One Redis class: the engine versions and zones it is sold in (master-replica, pay-as-you-go). */
export interface MockRedisClass {
    instanceClass: string;
    engineVersions: string[];
    zoneLetters: string[];
}

/** Classic classes stop at Redis 5.0; 6.0 and 7.0 are sold as cloud-native classes only. */
export const redisClasses: MockRedisClass[] = [
    { instanceClass: "redis.master.small.default", engineVersions: ["4.0", "5.0"], zoneLetters: ["h", "j", "k"] },
    { instanceClass: "redis.master.mid.default", engineVersions: ["4.0", "5.0"], zoneLetters: ["h", "j", "k"] },
    { instanceClass: "redis.shard.small.2.ce", engineVersions: ["5.0", "6.0", "7.0"], zoneLetters: ["h", "j", "k"] },
];

/** The rds.getInstanceClasses answer: one entry per class and zone, as the provider lists them (no price). */
export function rdsInstanceClasses(region: string, inputs: Inputs): Inputs {
    const letter = inputs.zoneId ? String(inputs.zoneId).split("-").pop() : undefined;
    const storageType = inputs.dbInstanceStorageType ?? inputs.storageType;
    const entries = rdsClasses
        .filter(
            (c) =>
                (inputs.engine === undefined || c.engine === inputs.engine) &&
                (inputs.engineVersion === undefined || c.engineVersion === inputs.engineVersion) &&
                (inputs.category === undefined || c.category === inputs.category) &&
                (storageType === undefined || c.storageTypes.includes(storageType)) &&
                (inputs.dbInstanceClass === undefined || c.instanceClass === inputs.dbInstanceClass),
        )
        .flatMap((c) =>
            c.zoneLetters
                .filter((l) => letter === undefined || l === letter)
                .map((l) => ({
                    instanceClass: c.instanceClass,
                    // The provider never fills the price of RDS classes (sorted_by is accepted and ignored).
                    price: "",
                    zoneIds: [{ id: `${region}-${l}`, subZoneIds: [`${region}-${l}`] }],
                    storageRange: { min: String(c.storage.min), max: String(c.storage.max), step: String(c.storage.step) },
                })),
        );
    return { id: "DescribeAvailableClasses", ids: entries.map((e) => e.instanceClass), instanceClasses: entries };
}

/** `rds.getZones`: single zones, or multi-zone groups (`<region>-MAZ1(j,k)`) with `multi: true`. */
export function rdsZones(region: string, inputs: Inputs): Inputs {
    const offers = rdsOffers.filter(
        (o) =>
            (inputs.engine === undefined || o.engine.toLowerCase() === String(inputs.engine).toLowerCase()) &&
            (inputs.engineVersion === undefined || o.engineVersion === inputs.engineVersion) &&
            (inputs.category === undefined || o.category === inputs.category) &&
            (inputs.dbInstanceStorageType === undefined || o.storageTypes.includes(inputs.dbInstanceStorageType)),
    );
    const letters = [...new Set(offers.flatMap((o) => o.zoneLetters))].sort();
    return zoneAnswer(region, letters, inputs.multi === true || inputs.multiZone === true);
}

/** `kvstore.getZones`: the Redis zones (Memcache is not sold in the mocked region). */
export function redisZones(region: string, inputs: Inputs): Inputs {
    const engine = String(inputs.engine ?? "Redis").toLowerCase();
    return zoneAnswer(region, engine === "redis" ? redisZoneLetters : [], inputs.multi === true);
}

function zoneAnswer(region: string, letters: string[], multi: boolean): Inputs {
    const singles = letters.map((letter) => `${region}-${letter}`);
    const zones = multi
        ? letters.slice(1).map((letter, i) => ({ id: `${region}-MAZ${i + 1}(${letters[0]},${letter})`, multiZoneIds: [singles[0], `${region}-${letter}`] }))
        : singles.map((id) => ({ id, multiZoneIds: [] }));
    return { id: region, ids: zones.map((z) => z.id), zones };
}

/** Illustrative hourly prices the mocked BssOpenApi quotes; only their order matters. */
const redisClassPrices: Record<string, number> = { "redis.master.small.default": 0.12, "redis.shard.small.2.ce": 0.1, "redis.master.mid.default": 0.2 };

/** The kvstore.getInstanceClasses answer: class names, and prices only when `sortedBy: Price` asked for them. */
export function redisInstanceClasses(inputs: Inputs): Inputs {
    const letter = String(inputs.zoneId).split("-").pop()!;
    const version = inputs.engineVersion;
    const engine = String(inputs.engine ?? "Redis");
    const sold =
        engine === "Redis" && (inputs.nodeType === undefined || inputs.nodeType === "double") && (inputs.architecture === undefined || inputs.architecture === "standard")
            ? redisClasses.filter((c) => c.zoneLetters.includes(letter) && (version === undefined || c.engineVersions.includes(version)))
            : [];
    const names = sold.map((c) => c.instanceClass);
    if (inputs.sortedBy !== "Price") {
        return { id: names.join(","), instanceClasses: names, classes: [] };
    }
    const classes = names.map((name) => ({ instanceClass: name, price: (redisClassPrices[name] ?? 1).toFixed(4) })).sort((a, b) => Number(a.price) - Number(b.price));
    return { id: names.join(","), instanceClasses: classes.map((c) => c.instanceClass), classes };
}

/** Allocators the mocks own, handed in so the app-tier state stays consistent with theirs. */
export interface AddressAllocators {
    publicIp(): string;
    privateIp(vswitchId: string): string;
}

const T = {
    nat: "alicloud:vpc/natGateway:NatGateway",
    snat: "alicloud:vpc/snatEntry:SnatEntry",
    bandwidthPackage: "alicloud:vpc/commonBandwithPackage:CommonBandwithPackage",
    packageAttachment: "alicloud:vpc/commonBandwithPackageAttachment:CommonBandwithPackageAttachment",
    slb: "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer",
    listener: "alicloud:slb/listener:Listener",
    rds: "alicloud:rds/instance:Instance",
    rdsAccount: "alicloud:rds/rdsAccount:RdsAccount",
    rdsDatabase: "alicloud:rds/database:Database",
    redis: "alicloud:kvstore/instance:Instance",
    invocation: "alicloud:ecs/ecsInvocation:EcsInvocation",
};

/** Computed attributes of the app-tier resources, as the provider reports them after creation. */
export function appTierComputedState(type: string, id: string, inputs: Inputs, allocate: AddressAllocators): Inputs {
    switch (type) {
        case T.nat:
            return {
                snatTableIds: `stb-bp1${stableSuffix(`stb${id}`, 20)}`,
                forwardTableIds: `ftb-bp1${stableSuffix(`ftb${id}`, 20)}`,
                natType: inputs.natType ?? "Enhanced",
            };
        case T.snat:
            return { snatEntryId: `snat-bp1${stableSuffix(id, 20)}` };
        case T.bandwidthPackage:
            return { internetChargeType: inputs.internetChargeType ?? "PayByTraffic" };
        case T.packageAttachment:
            return {};
        case T.slb:
            return {
                address: inputs.addressType === "internet" ? allocate.publicIp() : allocate.privateIp(inputs.vswitchId),
                addressIpVersion: "ipv4",
            };
        case T.listener:
            return { status: "running" };
        case T.rds:
            return { connectionString: `${id}.mysql.rds.aliyuncs.com`, port: "3306" };
        case T.rdsAccount:
        case T.rdsDatabase:
            return {};
        case T.redis:
            return {
                connectionDomain: `${id}.redis.rds.aliyuncs.com`,
                port: 6379,
                privateIp: allocate.privateIp(inputs.vswitchId),
            };
        case T.invocation:
            return {};
        default:
            throw new Error(`appTierComputedState: no state for ${type}; add it in tools/mocks/appTierCatalogue.ts`);
    }
}
