import * as pulumi from "@pulumi/pulumi";
import { NodeImage } from "../compute/image";
import { nodeDefaults } from "../compute/nodeGroup";
import { JumpHostArgs } from "../provision/remote";
import { ProvisionVia } from "../provision/web";

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

/** The arguments of an {@link AppTier}. */
export interface AppTierArgs {
    /** The block of the new VPC; it is split into a web and a data vSwitch per zone. Default: "10.10.0.0/16". */
    vpcCidr?: string;
    /** Exactly two distinct zones, used as they are. Default: the first two zones where the instance type, RDS and Redis are all sold, looked up. */
    zoneIds?: string[];
    /** How many web ECS nodes, 2 to 20, spread over the two zones (node 1 in the first zone, node 2 in the second, ...). Default: 2. */
    webNodeCount?: number;
    /** The web node name prefix; nodes are `<prefix>1`, `<prefix>2`, ... Default: "web". */
    webNodeNamePrefix?: string;
    /** The ECS instance type of the web nodes. Default: the cheapest `ecs.t6` burstable type with at least 1 GiB sold in both zones, looked up. */
    instanceType?: string;
    /** The operating system, used when `imageId` is not set. Default: Ubuntu2204. */
    image?: NodeImage;
    /** A pinned image id. Default: the newest system image of `image`, looked up. */
    imageId?: string;
    /** The system disk category. Default: "cloud_efficiency". */
    systemDiskCategory?: string;
    /** The system disk size in GiB, 20 to 500. Default: 20. */
    systemDiskSize?: number;
    /** Generate a secret root password for the web nodes (also the jump-host login). Default: true. */
    passwordLogin?: boolean;
    /** An OpenSSH public key installed as an ECS key pair. Default: none. */
    sshPublicKey?: pulumi.Input<string>;
    /** The private key matching `sshPublicKey`, for provisioning through a jump host (kept secret). Default: none (the password is used). */
    sshPrivateKey?: pulumi.Input<string>;
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
    /** How nginx is installed on the private web nodes. Default: ProvisionVia.CloudAssistant (no SSH path needed). */
    provisionVia?: ProvisionVia;
    /** The bastion used with `provisionVia: JumpHost` (add its private IP to `adminCidrs`). Default: none. */
    jumpHost?: JumpHostArgs;
    /** Production: deletion protection on RDS, Redis, the SLB, the EIPs, the bandwidth package and the NAT gateway. Default: false. */
    protect?: boolean;
    /** Blocks allowed to reach SSH (port 22) on the web nodes; never 0.0.0.0/0. Default: [] (no SSH from outside the group). */
    adminCidrs?: string[];
    /** Tags added to every resource that takes tags. Default: {}. */
    tags?: { [key: string]: string };
}

export const appTierDefaults = {
    vpcCidr: "10.10.0.0/16",
    webNodeCount: 2,
    webNodeNamePrefix: "web",
    image: nodeDefaults.image,
    systemDiskCategory: nodeDefaults.systemDiskCategory,
    systemDiskSize: nodeDefaults.systemDiskSize,
    passwordLogin: nodeDefaults.passwordLogin,
    eipCount: 2,
    bandwidthMbps: 5,
    bandwidthBilling: BandwidthBilling.PayByDominantTraffic,
    backendWeight: 100,
    listenerPort: 80,
    webPort: 80,
    healthCheckPath: "/healthz",
    provisionVia: ProvisionVia.CloudAssistant,
    protect: false,
    rds: {
        storageGiB: 20,
        storageType: "cloud_essd",
        backupRetentionDays: 7,
        databaseName: "app",
        accountName: "app",
        ssl: true,
    },
    redis: {
        engineVersion: RedisEngineVersion.V5,
    },
} as const;

/** The database arguments with defaults applied; a class left unset is looked up by the placement. */
export type ResolvedDatabaseArgs = Required<Omit<AppTierDatabaseArgs, "instanceClass">> & Pick<AppTierDatabaseArgs, "instanceClass">;
/** The cache arguments with defaults applied; a class left unset is looked up by the placement. */
export type ResolvedCacheArgs = Required<Omit<AppTierCacheArgs, "instanceClass">> & Pick<AppTierCacheArgs, "instanceClass">;

/** The arguments with every default applied; resolved once, at the top of the constructor. */
export interface ResolvedAppTierArgs extends AppTierArgs {
    vpcCidr: string;
    webNodeCount: number;
    webNodeNamePrefix: string;
    image: NodeImage;
    systemDiskCategory: string;
    systemDiskSize: number;
    passwordLogin: boolean;
    eipCount: number;
    bandwidthMbps: number;
    bandwidthBilling: BandwidthBilling;
    backendWeights: number[];
    listenerPort: number;
    webPort: number;
    healthCheckPath: string;
    rds: ResolvedDatabaseArgs;
    redis: ResolvedCacheArgs;
    provisionVia: ProvisionVia;
    protect: boolean;
    adminCidrs: string[];
    tags: { [key: string]: string };
}

export function resolveAppTierArgs(args: AppTierArgs): ResolvedAppTierArgs {
    const d = appTierDefaults;
    const webNodeCount = args.webNodeCount ?? d.webNodeCount;
    const rds = args.rds ?? {};
    const redis = args.redis ?? {};
    return {
        ...args,
        vpcCidr: args.vpcCidr ?? d.vpcCidr,
        webNodeCount,
        webNodeNamePrefix: args.webNodeNamePrefix ?? d.webNodeNamePrefix,
        image: args.image ?? d.image,
        systemDiskCategory: args.systemDiskCategory ?? d.systemDiskCategory,
        systemDiskSize: args.systemDiskSize ?? d.systemDiskSize,
        passwordLogin: args.passwordLogin ?? d.passwordLogin,
        eipCount: args.eipCount ?? d.eipCount,
        bandwidthMbps: args.bandwidthMbps ?? d.bandwidthMbps,
        bandwidthBilling: args.bandwidthBilling ?? d.bandwidthBilling,
        // A bad count is reported by validation; the default list is only built for a usable one.
        backendWeights:
            args.backendWeights ?? (Number.isInteger(webNodeCount) && webNodeCount > 0 ? Array<number>(webNodeCount).fill(d.backendWeight) : []),
        listenerPort: args.listenerPort ?? d.listenerPort,
        webPort: args.webPort ?? d.webPort,
        healthCheckPath: args.healthCheckPath ?? d.healthCheckPath,
        rds: {
            instanceClass: rds.instanceClass,
            storageGiB: rds.storageGiB ?? d.rds.storageGiB,
            storageType: rds.storageType ?? d.rds.storageType,
            backupRetentionDays: rds.backupRetentionDays ?? d.rds.backupRetentionDays,
            databaseName: rds.databaseName ?? d.rds.databaseName,
            accountName: rds.accountName ?? d.rds.accountName,
            ssl: rds.ssl ?? d.rds.ssl,
        },
        redis: {
            instanceClass: redis.instanceClass,
            engineVersion: redis.engineVersion ?? d.redis.engineVersion,
        },
        provisionVia: args.provisionVia ?? d.provisionVia,
        protect: args.protect ?? d.protect,
        adminCidrs: args.adminCidrs ?? [],
        tags: args.tags ?? {},
    };
}
