import { DocumentedResourcePolicy } from "../support/documentedPolicy";
import { DoorTable, validateDoors } from "../support/doors";
import { ResourceTypes as T } from "../support/resourceTypes";

/** The ways an RDS or Redis instance of these blueprints' products gets an internet endpoint. */
export const databasePublicEndpointDoors: DoorTable = {
    [T.rdsConnection]: [{ input: "", test: { kind: "exists" }, means: "An rds.Connection allocates an internet connection string for the RDS instance" }],
    [T.rdsDbProxyPublic]: [{ input: "", test: { kind: "exists" }, means: "An rds.DbProxyPublic opens a public endpoint on the RDS database proxy" }],
    [T.rdsEndpointAddress]: [{ input: "", test: { kind: "exists" }, means: "An rds.DbInstanceEndpointAddress adds a public address to an RDS endpoint" }],
    [T.redisConnection]: [{ input: "", test: { kind: "exists" }, means: "A kvstore.Connection allocates a public connection string for the Redis instance" }],
    [T.redisInstance]: [{ input: "enablePublic", test: { kind: "on" }, means: "opens a public connection string on the Redis instance" }],
};

/** RDS and Redis are reached from inside the VPC, not from the internet. */
export const databaseNoPublicEndpoint: DocumentedResourcePolicy = {
    name: "database-no-public-endpoint",
    description:
        "RDS and Redis (KVStore) instances should have no internet endpoint: no `rds.Connection`, `rds.DbProxyPublic` or `rds.DbInstanceEndpointAddress`, no `kvstore.Connection`, and no `enablePublic` on a Redis instance.",
    rationale:
        "A public connection string puts the database on the internet, where only the whitelist and the password stand between it and every scanner; Alibaba's own InfraGuard rules rds-public-access-check and redis-instance-no-public-ip flag the same.",
    enforcementLevel: "advisory",
    severity: "high",
    remediationSteps:
        "Connect from inside the VPC (the internal connection string every instance has), across the CEN, or through a bastion or VPN; remove the public connection resource or `enablePublic`. If a public endpoint is unavoidable, keep the whitelist to named /32 addresses.",
    validateResource: (args, reportViolation) => validateDoors(databasePublicEndpointDoors, args, reportViolation),
};
