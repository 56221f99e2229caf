import { z } from "zod";
import { FailoverProfile, HaVipPairArgs, PublicAccess } from "alicloud-blueprints";
import { jumpHostSchema, networkFields, nodeFields } from "./nodeGroup";

/**
 * `alicloud-blueprints:havipPair`: the HaVipPair arguments as stack config. The SSH private key
 * for provisioning is not set here but as the secret `alicloud-blueprints:sshPrivateKey`.
 */
export const havipPairConfigSchema = z.strictObject({
    ...networkFields,
    ...nodeFields,
    havipAddress: z.string().optional(),
    havipEip: z.boolean().optional(),
    nodePublicAccess: z.enum(PublicAccess).optional(),
    jumpHost: jumpHostSchema.optional(),
    allowedCidrs: z.array(z.string()).optional(),
    profile: z.enum(FailoverProfile).optional(),
    virtualRouterId: z.number().optional(),
    nopreempt: z.boolean().optional(),
    preemptDelaySeconds: z.number().optional(),
    authentication: z.boolean().optional(),
    interfaceName: z.string().optional(),
    provision: z.boolean().optional(),
}) satisfies z.ZodType<HaVipPairArgs>;
