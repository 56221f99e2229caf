import * as pulumi from "@pulumi/pulumi";
import { lookupImageId } from "../compute/image";
import { createNodeLogin } from "../compute/login";
import { createNodes, CreatedNode, describeNodes } from "../compute/nodes";
import { createNodeSecurityGroup } from "../compute/securityGroup";
import { provisionWebNodes } from "../provision/web";
import { checkedArgs, componentOutputs, NodeInfo, ProvisionVia } from "../vocabulary";
import { AppTierArgs, ResolvedAppTierArgs } from "./args";
import { createCache, createDatabase } from "./data";
import { createAppTierNetwork, createEgress } from "./egress";
import { planAppTierLayout, zoneSlotOf } from "./layout";
import { createLoadBalancer, createWebIngressRule } from "./loadBalancer";
import { resolveAppTierPlacement } from "./placement";
import { appTierArgsSpec } from "./validate";

/** Web node names in node order: `<prefix>1`, `<prefix>2`, ... */
function webNodeNames(args: ResolvedAppTierArgs): string[] {
    return Array.from({ length: args.webNodeCount }, (_, i) => `${args.webNodeNamePrefix}${i + 1}`);
}

/**
 * A small production tier in two zones: a VPC with a web and a data vSwitch per zone, private web
 * ECS (no public IP) with nginx behind an internet SLB with weighted backends and a health check,
 * an Enhanced NAT gateway whose SNAT address is one of the EIPs on a shared bandwidth package,
 * RDS MySQL 8.0 High-availability with backups, and Redis master-replica; both databases admit
 * the web vSwitch blocks only and get generated secret passwords.
 */
export class AppTier extends pulumi.ComponentResource {
    /** The VPC of the tier. */
    public readonly vpcId: pulumi.Output<string>;
    /** The two zones, zone 1 (RDS primary, Redis master) first. */
    public readonly zoneIds: pulumi.Output<string[]>;
    /** The public address of the SLB: the site's address. */
    public readonly slbAddress: pulumi.Output<string>;
    /** The RDS internal connection host. */
    public readonly rdsHost: pulumi.Output<string>;
    /** The RDS port. */
    public readonly rdsPort: pulumi.Output<number>;
    /** The application database. */
    public readonly databaseName: pulumi.Output<string>;
    /** The application account (read/write on the database). */
    public readonly databaseUser: pulumi.Output<string>;
    /** The application account's generated password (secret). */
    public readonly databasePassword: pulumi.Output<string>;
    /** The Redis internal connection host. */
    public readonly redisHost: pulumi.Output<string>;
    /** The Redis generated password (secret). */
    public readonly redisPassword: pulumi.Output<string>;
    /** The NAT gateway the web nodes reach the internet through. */
    public readonly natGatewayId: pulumi.Output<string>;
    /** The EIP addresses on the bandwidth package; the first is the NAT gateway's SNAT address. */
    public readonly eipAddresses: pulumi.Output<string[]>;
    /** The web nodes in order: name, instance id, private IP (no public IP). */
    public readonly webNodes: pulumi.Output<NodeInfo[]>;

    constructor(name: string, args: AppTierArgs, opts?: pulumi.ComponentResourceOptions) {
        super("alicloud-blueprints:index:AppTier", name, {}, opts);
        const resolved = checkedArgs(appTierArgsSpec, this, name, args);

        const layout = planAppTierLayout(resolved.vpcCidr);
        const placement = resolveAppTierPlacement(
            {
                zoneIds: resolved.zoneIds,
                instanceType: resolved.instanceType,
                systemDiskCategory: resolved.systemDiskCategory,
                rdsStorageType: resolved.rds.storageType,
                rdsStorageGiB: resolved.rds.storageGiB,
                rdsClass: resolved.rds.instanceClass,
                redisClass: resolved.redis.instanceClass,
                redisEngineVersion: resolved.redis.engineVersion,
            },
            { parent: this },
        );
        const zoneIds = placement.zoneIds;
        const classes = { rds: placement.rdsClass, redis: placement.redisClass };
        const network = createAppTierNetwork(name, { vpcCidr: resolved.vpcCidr, layout, zoneIds, tags: resolved.tags }, this);
        const egress = createEgress(
            name,
            {
                vpcId: network.vpc.id,
                webVswitches: network.vswitches.web,
                eipCount: resolved.eipCount,
                bandwidthMbps: resolved.bandwidthMbps,
                bandwidthBilling: resolved.bandwidthBilling,
                protect: resolved.protect,
                tags: resolved.tags,
            },
            this,
        );

        const { group, rules: sshRules } = createNodeSecurityGroup(
            name,
            { vpcId: network.vpc.id, adminCidrs: resolved.adminCidrs, tags: resolved.tags, description: `Web nodes of app tier ${name}` },
            this,
        );
        createWebIngressRule(name, { securityGroupId: group.id, webPort: resolved.webPort }, this);
        const login = createNodeLogin(name, resolved, this);
        const imageId = resolved.imageId ?? lookupImageId(resolved.image, placement.instanceType, { parent: this });
        const names = webNodeNames(resolved);
        const bySlot = network.vswitches.web.map((vswitch, slot) =>
            createNodes(
                name,
                {
                    nodeNames: names.filter((_, i) => zoneSlotOf(i) === slot),
                    vswitchId: vswitch.id,
                    securityGroupId: group.id,
                    instanceType: placement.instanceType,
                    imageId,
                    systemDiskCategory: resolved.systemDiskCategory,
                    systemDiskSize: resolved.systemDiskSize,
                    login,
                    eip: false,
                    eipBandwidthMbps: 0,
                    hostKeys: resolved.provisionVia === ProvisionVia.JumpHost,
                    tags: { ...resolved.tags, tier: "web" },
                },
                this,
            ),
        );
        const nodes: CreatedNode[] = names.map((nodeName, i) => bySlot[zoneSlotOf(i)].find((n) => n.name === nodeName)!);

        if (resolved.provisionVia !== ProvisionVia.None) {
            provisionWebNodes(
                name,
                {
                    nodes: nodes.map((n) => ({ name: n.name, instanceId: n.instance.id, privateIp: n.instance.privateIp, hostKey: n.hostKey?.publicKey })),
                    via: resolved.provisionVia,
                    site: { port: resolved.webPort, healthPath: resolved.healthCheckPath },
                    login: { password: login.password, privateKey: resolved.sshPrivateKey, jumpHost: resolved.jumpHost },
                },
                this,
                // No data flow: packages come through the NAT gateway, and a jump host needs the SSH rules.
                { dependsOn: [...egress.snatEntries, ...(resolved.provisionVia === ProvisionVia.JumpHost ? sshRules : [])] },
            );
        }

        const where = {
            zoneIds,
            vpcId: network.vpc.id,
            vswitchIds: [network.vswitches.data[0].id, network.vswitches.data[1].id] as [pulumi.Output<string>, pulumi.Output<string>],
            clientCidrs: [...layout.web],
            protect: resolved.protect,
            tags: resolved.tags,
        };
        const database = createDatabase(name, resolved.rds, classes.rds, where, this);
        const cache = createCache(name, resolved.redis, classes.redis, where, this);
        const balancer = createLoadBalancer(
            name,
            {
                backends: nodes.map((n, i) => ({ instanceId: n.instance.id, weight: resolved.backendWeights[i] })),
                listenerPort: resolved.listenerPort,
                webPort: resolved.webPort,
                healthCheckPath: resolved.healthCheckPath,
                protect: resolved.protect,
                tags: resolved.tags,
            },
            this,
        );

        this.vpcId = network.vpc.id;
        this.zoneIds = zoneIds.apply((zones) => [...zones]);
        this.slbAddress = balancer.slb.address;
        this.rdsHost = database.instance.connectionString;
        this.rdsPort = database.instance.port.apply((port) => Number.parseInt(port, 10));
        this.databaseName = database.database.dataBaseName;
        this.databaseUser = database.account.accountName;
        this.databasePassword = pulumi.secret(database.password);
        this.redisHost = cache.instance.connectionDomain;
        this.redisPassword = pulumi.secret(cache.password);
        this.natGatewayId = egress.natGateway.id;
        this.eipAddresses = pulumi.all(egress.eips.map((eip) => eip.ipAddress));
        this.webNodes = describeNodes(nodes);
        this.registerOutputs(componentOutputs(this));
    }
}
