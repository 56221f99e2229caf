import { ResourceTypes } from "../support/resourceTypes";
import { validateResourceOfTypes } from "../support/validateOfType";
import { DocumentedResourcePolicy } from "../support/documentedPolicy";

interface RedisProps {
    password?: string;
    kmsEncryptedPassword?: string;
    vpcAuthMode?: string;
}

/** Redis instances always authenticate clients. */
export const redisRequiresPassword: DocumentedResourcePolicy = {
    name: "redis-requires-password",
    description:
        "Redis (KVStore) instances must require a password: `password` or `kmsEncryptedPassword` is set and `vpcAuthMode` is not `Close` (password-free access inside the VPC).",
    rationale: "Without authentication any host that reaches the instance can read, change or wipe the data, and a whitelist mistake is then enough for a breach.",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps:
        "Generate the password with `random.RandomPassword` (or read it from secret config), pass it as `password` (it stays a Pulumi secret), and leave `vpcAuthMode` unset or `Open`.",
    validateResource: validateResourceOfTypes<RedisProps>([ResourceTypes.redisInstance], (redis, _args, reportViolation) => {
        if (!redis.password && !redis.kmsEncryptedPassword) {
            reportViolation("Neither password nor kmsEncryptedPassword is set, so the instance accepts clients without authentication.");
        }
        if ((redis.vpcAuthMode ?? "").toLowerCase() === "close") {
            reportViolation("vpcAuthMode is Close, so clients inside the VPC connect without a password.");
        }
    }),
};
