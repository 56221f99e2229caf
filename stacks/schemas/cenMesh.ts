import { z } from "zod";
import { CenMeshArgs, CenPayer, PublicAccess } from "alicloud-blueprints";
import { nodeFields } from "./nodeGroup";

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
    ...nodeFields,
    publicAccess: z.enum(PublicAccess).optional(),
}) satisfies z.ZodType<CenMeshArgs>;
