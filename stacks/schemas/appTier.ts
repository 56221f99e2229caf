import { z } from "zod";
import { AppTierArgs, BandwidthBilling, ProvisionVia, RedisEngineVersion } from "alicloud-blueprints";
import { jumpHostSchema, nodeFields } from "./nodeGroup";

/**
 * `alicloud-blueprints:appTier`: the AppTier arguments as stack config. The provisioning key is
 * the secret `alicloud-blueprints:sshPrivateKey`, never part of this object.
 */
export const appTierConfigSchema = z.strictObject({
    ...nodeFields,
    vpcCidr: z.string().optional(),
    zoneIds: z.array(z.string()).optional(),
    webNodeCount: z.number().optional(),
    webNodeNamePrefix: z.string().optional(),
    eipCount: z.number().optional(),
    bandwidthMbps: z.number().optional(),
    bandwidthBilling: z.enum(BandwidthBilling).optional(),
    backendWeights: z.array(z.number()).optional(),
    listenerPort: z.number().optional(),
    webPort: z.number().optional(),
    healthCheckPath: z.string().optional(),
    rds: z
        .strictObject({
            instanceClass: z.string().optional(),
            storageGiB: z.number().optional(),
            storageType: z.string().optional(),
            backupRetentionDays: z.number().optional(),
            databaseName: z.string().optional(),
            accountName: z.string().optional(),
            ssl: z.boolean().optional(),
        })
        .optional(),
    redis: z.strictObject({ instanceClass: z.string().optional(), engineVersion: z.enum(RedisEngineVersion).optional() }).optional(),
    provisionVia: z.enum(ProvisionVia).optional(),
    jumpHost: jumpHostSchema.optional(),
    protect: z.boolean().optional(),
}) satisfies z.ZodType<AppTierArgs>;
