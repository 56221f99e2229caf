import * as pulumi from "@pulumi/pulumi";
import { AppTier, CenMesh, HaVipPair, SingleAccountCluster } from "alicloud-blueprints";
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
    if (config.havipPair) {
        const pair = new HaVipPair(`${stack}-havip`, config.havipPair);
        outputs.havipPair = {
            vpcId: pair.vpcId,
            vswitchId: pair.vswitchId,
            havipId: pair.havipId,
            havipAddress: pair.havipAddress,
            eipAddress: pair.eipAddress,
            url: pair.eipAddress.apply((address) => (address ? `http://${address}/` : undefined)),
            nodes: pair.nodes,
            password: pair.password,
            keepalivedConfigs: pair.keepalivedConfigs,
        };
    }
    if (config.cenMesh) {
        const mesh = new CenMesh(`${stack}-mesh`, config.cenMesh);
        outputs.cenMesh = {
            cenId: mesh.cenId,
            transitRouterId: mesh.transitRouterId,
            accounts: mesh.accounts,
            hostsFile: mesh.hostsFile,
            password: mesh.password,
        };
    }
    if (config.appTier) {
        const tier = new AppTier(`${stack}-app`, config.appTier);
        outputs.appTier = {
            url: pulumi.interpolate`http://${tier.slbAddress}/`,
            slbAddress: tier.slbAddress,
            zoneIds: tier.zoneIds,
            rdsHost: tier.rdsHost,
            rdsPort: tier.rdsPort,
            databaseName: tier.databaseName,
            databaseUser: tier.databaseUser,
            databasePassword: tier.databasePassword,
            redisHost: tier.redisHost,
            redisPassword: tier.redisPassword,
            natGatewayId: tier.natGatewayId,
            eipAddresses: tier.eipAddresses,
            webNodes: tier.webNodes,
        };
    }
    return outputs;
}
