// `bench:nodes` nodes as SingleAccountClusters of at most 100 nodes (the component's limit).
import * as pulumi from "@pulumi/pulumi";
import { SingleAccountCluster } from "alicloud-blueprints";

const maxPerCluster = 100;
const nodes = new pulumi.Config("bench").requireNumber("nodes");
const clusters = Array.from({ length: Math.ceil(nodes / maxPerCluster) }, (_, i) => {
    const nodeCount = Math.min(maxPerCluster, nodes - i * maxPerCluster);
    return new SingleAccountCluster(`bench${i}`, { nodeCount, vpcCidr: `10.${i}.0.0/16`, vswitchCidr: `10.${i}.0.0/24` });
});

export const nodeCount = pulumi.all(clusters.map((c) => c.nodes)).apply((groups) => groups.flat().length);
