import { z } from "zod";
import { FailoverProfile, HaVipPairArgs, NodeImage, PublicAccess } from "alicloud-blueprints";

/**
 * `alicloud-blueprints:havipPair`: the HaVipPair arguments as stack config. The SSH private key
 * for provisioning is not set here but as the secret `alicloud-blueprints:sshPrivateKey`.
 */
export const havipPairConfigSchema = z.strictObject({
    nodeCount: z.number().optional(),
    nodeNamePrefix: z.string().optional(),
    vpcCidr: z.string().optional(),
    vswitchCidr: z.string().optional(),
    existingVswitchId: z.string().optional(),
    zoneId: z.string().optional(),
    instanceType: z.string().optional(),
    image: z.enum(NodeImage).optional(),
    imageId: z.string().optional(),
    systemDiskCategory: z.string().optional(),
    systemDiskSize: z.number().optional(),
    havipAddress: z.string().optional(),
    havipEip: z.boolean().optional(),
    eipBandwidthMbps: z.number().optional(),
    nodePublicAccess: z.enum(PublicAccess).optional(),
    jumpHost: z.strictObject({ host: z.string(), user: z.string().optional(), port: z.number().optional() }).optional(),
    allowedCidrs: z.array(z.string()).optional(),
    adminCidrs: z.array(z.string()).optional(),
    passwordLogin: z.boolean().optional(),
    sshPublicKey: z.string().optional(),
    profile: z.enum(FailoverProfile).optional(),
    virtualRouterId: z.number().optional(),
    nopreempt: z.boolean().optional(),
    preemptDelaySeconds: z.number().optional(),
    authentication: z.boolean().optional(),
    interfaceName: z.string().optional(),
    provision: z.boolean().optional(),
    tags: z.record(z.string(), z.string()).optional(),
}) satisfies z.ZodType<HaVipPairArgs>;
