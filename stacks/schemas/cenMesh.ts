import { z } from "zod";
import { CenMeshArgs, CenPayer, NodeImage, PublicAccess } from "alicloud-blueprints";

const accountSchema = z.strictObject({
    name: z.string(),
    accountId: z.string(),
    region: z.string().optional(),
    assumeRoleArn: z.string().optional(),
    vpcCidr: z.string().optional(),
    vswitchCidrs: z.array(z.string()).optional(),
    nodeCount: z.number().optional(),
});

/**
 * `alicloud-blueprints:cenMesh`: the CenMesh arguments as stack config. Per-account AccessKeys
 * are never part of this object (a nested secret would make all of it secret); they are the
 * secret keys `alicloud-blueprints:<account>AccessKey` and `<account>SecretKey`.
 */
export const cenMeshConfigSchema = z.strictObject({
    accounts: z.array(accountSchema),
    ownerAccount: z.string().optional(),
    region: z.string().optional(),
    assumeRoleName: z.string().optional(),
    supernet: z.string().optional(),
    vpcPrefix: z.number().optional(),
    payer: z.enum(CenPayer).optional(),
    adminCidrs: z.array(z.string()).optional(),
    instanceType: z.string().optional(),
    image: z.enum(NodeImage).optional(),
    imageId: z.string().optional(),
    systemDiskCategory: z.string().optional(),
    systemDiskSize: z.number().optional(),
    passwordLogin: z.boolean().optional(),
    sshPublicKey: z.string().optional(),
    publicAccess: z.enum(PublicAccess).optional(),
    eipBandwidthMbps: z.number().optional(),
    tags: z.record(z.string(), z.string()).optional(),
}) satisfies z.ZodType<CenMeshArgs>;
