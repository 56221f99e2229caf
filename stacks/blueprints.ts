import * as pulumi from "@pulumi/pulumi";
import { SingleAccountCluster } from "alicloud-blueprints";
import { StackConfig } from "./config";

/** Builds the blueprints the stack's config asks for and returns the stack outputs. */
export function deployBlueprints(config: StackConfig): Record<string, unknown> {
    const stack = pulumi.getStack();
    const outputs: Record<string, unknown> = { region: config.region };
    if (config.cluster) {
        const cluster = new SingleAccountCluster(`${stack}-cluster`, config.cluster);
        outputs.cluster = {
            vpcId: cluster.vpcId,
            vswitchId: cluster.vswitchId,
            zoneId: cluster.zoneId,
            instanceType: cluster.instanceType,
            securityGroupId: cluster.securityGroupId,
            nodes: cluster.nodes,
            password: cluster.password,
            hostsFile: cluster.hostsFile,
            sshConfig: cluster.sshConfig,
        };
    }
    return outputs;
}
