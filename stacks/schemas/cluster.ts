import { z } from "zod";
import { PublicAccess, SingleAccountClusterArgs } from "alicloud-blueprints";
import { networkFields, nodeFields } from "./nodeGroup";

/**
 * `alicloud-blueprints:cluster`: the SingleAccountCluster arguments as stack config. Types, enum
 * values and unknown keys are checked here; ranges and CIDRs are checked by the component itself.
 */
export const clusterConfigSchema = z.strictObject({
    ...networkFields,
    ...nodeFields,
    publicAccess: z.enum(PublicAccess).optional(),
    sshUser: z.string().optional(),
}) satisfies z.ZodType<SingleAccountClusterArgs>;
