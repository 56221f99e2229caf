import { z } from "zod";
import { NodeImage, PublicAccess, SingleAccountClusterArgs } from "alicloud-blueprints";

/**
 * `alicloud-blueprints:cluster`: the SingleAccountCluster arguments as stack config. Types, enum
 * values and unknown keys are checked here; ranges and CIDRs are checked by the component itself.
 */
export const clusterConfigSchema = z.strictObject({
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
    passwordLogin: z.boolean().optional(),
    sshPublicKey: z.string().optional(),
    publicAccess: z.enum(PublicAccess).optional(),
    eipBandwidthMbps: z.number().optional(),
    adminCidrs: z.array(z.string()).optional(),
    sshUser: z.string().optional(),
    tags: z.record(z.string(), z.string()).optional(),
}) satisfies z.ZodType<SingleAccountClusterArgs>;
