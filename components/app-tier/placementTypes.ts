/** The two zones, the web instance type and the data classes of an app tier. */
export interface AppTierPlacement {
    zoneIds: [string, string];
    instanceType: string;
    /** The RDS class, sold in both zones. */
    rdsClass: string;
    /** The Redis class, sold in both zones. */
    redisClass: string;
}

/** An instance type and the zones it is sold in, as the ECS data sources report them. */
export interface TypeOffer {
    instanceType: string;
    zones: string[];
}

/** One RDS class in one zone, with the storage it can have there (GiB). */
export interface RdsClassOffer {
    instanceClass: string;
    zone: string;
    storage: { min: number; max: number; step: number };
}

/** What the data sources say is sold; every list in the data source's order. */
export interface AvailabilityAnswers {
    /** Candidate web instance types, smallest first (a single one when pinned). */
    offers: TypeOffer[];
    /** The RDS classes of the tier's edition and storage type, per zone. */
    rds: RdsClassOffer[];
    /** The zones selling Redis. */
    redisZones: string[];
    /** The Redis classes sold per zone (only the zones that were asked). */
    redis: Record<string, string[]>;
}

/** The classes acceptable, in order of preference (one when pinned), and what the messages call them. */
export interface ClassChoice {
    rds: string[];
    redis: string[];
    rdsDescription: string;
    redisDescription: string;
    /** The RDS storage the class must allow, GiB. */
    storageGiB: number;
}
