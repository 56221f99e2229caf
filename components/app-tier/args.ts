import { applyDefaults, Defaulted, nodeArgDefaults, NodeArgs, ProvisionVia, SshProvisioningArgs } from "../vocabulary";

/** How the shared bandwidth package (carrying the EIPs) is billed. */
export enum BandwidthBilling {
    /** Pay by traffic (primary traffic): no fixed fee, the cheapest for small sites. */
    PayByDominantTraffic = "PayByDominantTraffic",
    /** A fixed fee for the peak bandwidth, whatever the traffic. */
    PayByBandwidth = "PayByBandwidth",
    /** Enhanced 95th percentile (China site; a 20 % minimum commitment). */
    PayBy95 = "PayBy95",
}

/** Redis engine versions of a master-replica instance. */
export enum RedisEngineVersion {
    /** Redis 5.0: the widest choice of classic master-replica classes. */
    V5 = "5.0",
    /** Redis 6.0 (ACLs, TLS). */
    V6 = "6.0",
    /** Redis 7.0. */
    V7 = "7.0",
}

/** The MySQL database of an {@link AppTier}. */
export interface AppTierDatabaseArgs {
    /** The RDS MySQL 8.0 High-availability instance class, checked against what both zones sell. Default: the first of "mysql.n2.small.2c" (1 core, 2 GiB) and "mysql.n2.medium.2c" (2 cores, 4 GiB) sold in both zones, looked up. */
    instanceClass?: string;
    /** The storage in GiB, 20 to 2000 in steps of 5. Default: 20. */
    storageGiB?: number;
    /** The storage type. Default: "cloud_essd". */
    storageType?: string;
    /** Days the automatic backups are kept, 7 to 730. Default: 7. */
    backupRetentionDays?: number;
    /** The database created for the application (lower-case letters, digits, "_" or "-"). Default: "app". */
    databaseName?: string;
    /** The account the application uses, with read/write on the database; its password is generated. Default: "app". */
    accountName?: string;
    /** Turn SSL on for client connections (`sslAction: Open`). Default: true. */
    ssl?: boolean;
}

/** The Redis cache of an {@link AppTier}. */
export interface AppTierCacheArgs {
    /** The master-replica instance class, checked against what both zones sell for the engine version. Default: "redis.master.small.default" (1 GiB, classic, Redis up to 5.0) where both zones sell it, else "redis.shard.small.2.ce" (1 GiB, cloud-native), looked up. */
    instanceClass?: string;
    /** The Redis engine version. Default: RedisEngineVersion.V5. */
    engineVersion?: RedisEngineVersion;
}

/** The arguments of an {@link AppTier}: the shared node and SSH-provisioning arguments (for the web nodes), and its own. */
export interface AppTierArgs extends NodeArgs, SshProvisioningArgs {
    /** The block of the new VPC; it is split into a web and a data vSwitch per zone. Default: "10.10.0.0/16". */
    vpcCidr?: string;
    /** Exactly two distinct zones of the region, used as they are. Default: the first two zones where the instance type, RDS and Redis are all sold, looked up. */
    zoneIds?: string[];
    /** How many web ECS nodes, 2 to 20, spread over the two zones (node 1 in the first zone, node 2 in the second, ...). Default: 2. */
    webNodeCount?: number;
    /** The web node name prefix; nodes are `<prefix>1`, `<prefix>2`, ... Default: "web". */
    webNodeNamePrefix?: string;
    /** How many EIPs the shared bandwidth package carries, 1 to 10; the first is the NAT gateway's SNAT address. Default: 2. */
    eipCount?: number;
    /** Peak bandwidth of the shared bandwidth package (and each EIP) in Mbit/s, 1 to 1000. Default: 5. */
    bandwidthMbps?: number;
    /** How the shared bandwidth package is billed. Default: BandwidthBilling.PayByDominantTraffic (pay by traffic). */
    bandwidthBilling?: BandwidthBilling;
    /** The SLB weight of every web node, in node order: one per node, 0 to 100, not all 0. Default: 100 for every node. */
    backendWeights?: number[];
    /** The port of the SLB's HTTP listener. Default: 80. */
    listenerPort?: number;
    /** The port nginx listens on, the SLB's backend port. Default: 80. */
    webPort?: number;
    /** The path the SLB health check requests; nginx answers it with 200 "ok". Default: "/healthz". */
    healthCheckPath?: string;
    /** The MySQL database. Default: {} (every field at its default). */
    rds?: AppTierDatabaseArgs;
    /** The Redis cache. Default: {} (every field at its default). */
    redis?: AppTierCacheArgs;
    /** How nginx is installed on the private web nodes (`JumpHost` needs `jumpHost`). Default: ProvisionVia.CloudAssistant (no SSH path needed). */
    provisionVia?: ProvisionVia;
    /** Production: deletion protection on RDS, Redis, the SLB, the EIPs, the bandwidth package and the NAT gateway. Default: false. */
    protect?: boolean;
}

// No class defaults: an unset class is looked up in the chosen zones (placement.ts).
const databaseDefaults = {
    storageGiB: 20,
    storageType: "cloud_essd",
    backupRetentionDays: 7,
    databaseName: "app",
    accountName: "app",
    ssl: true,
};

const cacheDefaults = {
    engineVersion: RedisEngineVersion.V5,
};

const appTierDefaults = {
    ...nodeArgDefaults,
    vpcCidr: "10.10.0.0/16",
    webNodeCount: 2,
    webNodeNamePrefix: "web",
    eipCount: 2,
    bandwidthMbps: 5,
    bandwidthBilling: BandwidthBilling.PayByDominantTraffic,
    listenerPort: 80,
    webPort: 80,
    healthCheckPath: "/healthz",
    provisionVia: ProvisionVia.CloudAssistant,
    protect: false,
};

/** The SLB weight of a node when `backendWeights` is not set. */
const defaultBackendWeight = 100;

export type ResolvedDatabaseArgs = Defaulted<AppTierDatabaseArgs, typeof databaseDefaults>;
export type ResolvedCacheArgs = Defaulted<AppTierCacheArgs, typeof cacheDefaults>;

export function resolveAppTierArgs(args: AppTierArgs) {
    const resolved = applyDefaults(args, appTierDefaults);
    const count = resolved.webNodeCount;
    return {
        ...resolved,
        // A bad count is reported by validation; the default list is only built for a usable one.
        backendWeights: args.backendWeights ?? (Number.isInteger(count) && count > 0 ? Array<number>(count).fill(defaultBackendWeight) : []),
        rds: applyDefaults(args.rds ?? {}, databaseDefaults) as ResolvedDatabaseArgs,
        redis: applyDefaults(args.redis ?? {}, cacheDefaults) as ResolvedCacheArgs,
    };
}

export type ResolvedAppTierArgs = ReturnType<typeof resolveAppTierArgs>;
