import { z } from "zod";
import { NodeImage } from "alicloud-blueprints";

/** The node settings every single-account blueprint takes (see the components' JSDoc). */
export const nodeFields = {
    instanceType: z.string().optional(),
    image: z.enum(NodeImage).optional(),
    imageId: z.string().optional(),
    systemDiskCategory: z.string().optional(),
    systemDiskSize: z.number().optional(),
    passwordLogin: z.boolean().optional(),
    sshPublicKey: z.string().optional(),
    eipBandwidthMbps: z.number().optional(),
    adminCidrs: z.array(z.string()).optional(),
    tags: z.record(z.string(), z.string()).optional(),
};

/** Where a node group's network comes from: a new VPC + vSwitch, or an existing vSwitch. */
export const networkFields = {
    nodeCount: z.number().optional(),
    nodeNamePrefix: z.string().optional(),
    vpcCidr: z.string().optional(),
    vswitchCidr: z.string().optional(),
    existingVswitchId: z.string().optional(),
    zoneId: z.string().optional(),
};

/** A bastion the provisioning commands go through (its key or password: secret config, not here). */
export const jumpHostSchema = z.strictObject({ host: z.string(), hostKey: z.string(), user: z.string().optional(), port: z.number().optional() });
