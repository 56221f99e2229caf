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
                status: "Available",
                natType: inputs.natType ?? "Enhanced",
            };
        case T.snat:
            return { snatEntryId: `snat-bp1${stableSuffix(id, 20)}`, status: "Available" };
        case T.bandwidthPackage:
            return { status: "Available", internetChargeType: inputs.internetChargeType ?? "PayByBandwidth" };
        case T.packageAttachment:
            return { status: "BINDED" };
        case T.slb:
            return {
                address: inputs.addressType === "internet" ? allocate.publicIp() : allocate.privateIp(inputs.vswitchId),
                status: "active",
                addressIpVersion: "ipv4",
            };
        case T.listener:
            return { status: "running" };
        case T.rds:
            return { connectionString: `${id}.mysql.rds.aliyuncs.com`, port: "3306", status: "Running" };
        case T.rdsAccount:
            return { status: "Available" };
        case T.rdsDatabase:
            return { status: "Running" };
        case T.redis:
            return {
                connectionDomain: `${id}.redis.rds.aliyuncs.com`,
                port: 6379,
                privateIp: allocate.privateIp(inputs.vswitchId),
                status: "Normal",
            };
        case T.invocation:
            return { status: "Finished" };
        default:
            throw new Error(`appTierComputedState: no state for ${type}; add it in tools/mocks/appTierCatalogue.ts`);
    }
}
