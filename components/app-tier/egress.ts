import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { createVpc, createVswitch } from "../compute/vswitch";
import { BandwidthBilling } from "./args";
import { AppTierLayout, Tier, zoneSlots } from "./layout";

/** The VPC and its four vSwitches. */
export interface AppTierNetwork {
    vpc: alicloud.vpc.Network;
    /** Per tier, the vSwitch of zone 1 and of zone 2. */
    vswitches: Record<Tier, [alicloud.vpc.Switch, alicloud.vpc.Switch]>;
}

/** A VPC with one vSwitch per tier and zone, named `<name>-<tier>-<slot>` (e.g. `app-web-1`). */
export function createAppTierNetwork(
    name: string,
    request: { vpcCidr: string; layout: AppTierLayout; zoneIds: pulumi.Output<[string, string]>; tags: { [key: string]: string } },
    parent: pulumi.Resource,
): AppTierNetwork {
    const vpc = createVpc(`${name}-vpc`, { cidr: request.vpcCidr, tags: request.tags }, parent);
    const pair = (tier: Tier): [alicloud.vpc.Switch, alicloud.vpc.Switch] => {
        const [first, second] = zoneSlots.map((_, slot) =>
            createVswitch(
                `${name}-${tier}-${slot + 1}`,
                { vpcId: vpc.id, cidr: request.layout[tier][slot], zoneId: request.zoneIds.apply((zones) => zones[slot]), tags: { ...request.tags, tier } },
                parent,
            ),
        );
        return [first, second];
    };
    return { vpc, vswitches: { web: pair("web"), data: pair("data") } };
}

export interface EgressRequest {
    vpcId: pulumi.Input<string>;
    /** The web vSwitches: the NAT gateway sits in the first, both get an SNAT entry. */
    webVswitches: alicloud.vpc.Switch[];
    eipCount: number;
    bandwidthMbps: number;
    bandwidthBilling: BandwidthBilling;
    protect: boolean;
    tags: { [key: string]: string };
}

/** The NAT gateway, the shared bandwidth package with its EIPs, and the SNAT entries. */
export interface Egress {
    natGateway: alicloud.vpc.NatGateway;
    bandwidthPackage: alicloud.vpc.CommonBandwithPackage;
    eips: alicloud.ecs.EipAddress[];
    /** EIP -> package attachments, one after another (in EIP order). */
    packageAttachments: alicloud.vpc.CommonBandwithPackageAttachment[];
    /** Binds the first EIP to the NAT gateway. */
    natEipAssociation: alicloud.ecs.EipAssociation;
    /** One SNAT entry per web vSwitch; whatever needs the internet from a web node waits for them. */
    snatEntries: alicloud.vpc.SnatEntry[];
}

/**
 * The way out for the private web nodes: an Enhanced NAT gateway (pay-by-LCU) in the first web
 * vSwitch, a shared bandwidth package carrying `eipCount` EIPs (attached one after another), the
 * first EIP bound to the NAT gateway and used by one SNAT entry per web vSwitch.
 */
export function createEgress(name: string, request: EgressRequest, parent: pulumi.Resource): Egress {
    const natGateway = new alicloud.vpc.NatGateway(
        `${name}-nat`,
        {
            natGatewayName: `${name}-nat`,
            description: `Egress of the web nodes of ${name}`,
            vpcId: request.vpcId,
            vswitchId: request.webVswitches[0].id,
            natType: "Enhanced",
            networkType: "internet",
            paymentType: "PayAsYouGo",
            internetChargeType: "PayByLcu",
            deletionProtection: request.protect,
            tags: request.tags,
        },
        { parent },
    );
    const bandwidthPackage = new alicloud.vpc.CommonBandwithPackage(
        `${name}-bwp`,
        {
            bandwidthPackageName: `${name}-bwp`,
            description: `Shared bandwidth of ${name}`,
            bandwidth: String(request.bandwidthMbps),
            internetChargeType: request.bandwidthBilling,
            // Enhanced 95 needs its minimum commitment, which is only ever 20 %.
            ratio: request.bandwidthBilling === BandwidthBilling.PayBy95 ? 20 : undefined,
            deletionProtection: request.protect,
            tags: request.tags,
        },
        { parent },
    );
    const eips = Array.from({ length: request.eipCount }, (_, i) =>
        new alicloud.ecs.EipAddress(
            `${name}-eip-${i + 1}`,
            {
                addressName: `${name}-eip-${i + 1}`,
                description: i === 0 ? `SNAT address of ${name}` : `Spare address of ${name} on its bandwidth package`,
                bandwidth: String(request.bandwidthMbps),
                internetChargeType: "PayByTraffic",
                paymentType: "PayAsYouGo",
                deletionProtection: request.protect,
                tags: request.tags,
            },
            { parent },
        ),
    );
    // Adding addresses to one package concurrently can fail with a conflict: one after another.
    const packageAttachments: alicloud.vpc.CommonBandwithPackageAttachment[] = [];
    eips.forEach((eip, i) => {
        const previous = packageAttachments[packageAttachments.length - 1];
        packageAttachments.push(
            new alicloud.vpc.CommonBandwithPackageAttachment(
                `${name}-bwp-eip-${i + 1}`,
                { bandwidthPackageId: bandwidthPackage.id, instanceId: eip.id, ipType: "EIP" },
                { parent, dependsOn: previous ? [previous] : [] },
            ),
        );
    });
    const snatEip = eips[0];
    const natEipAssociation = new alicloud.ecs.EipAssociation(
        `${name}-nat-eip`,
        { allocationId: snatEip.id, instanceId: natGateway.id, instanceType: "Nat" },
        // No data flow: the address joins the package before it carries NAT traffic.
        { parent, dependsOn: [packageAttachments[0]] },
    );
    const snatEntries = request.webVswitches.map(
        (vswitch, slot) =>
            new alicloud.vpc.SnatEntry(
                `${name}-snat-web-${slot + 1}`,
                {
                    snatEntryName: `${name}-snat-web-${slot + 1}`,
                    snatTableId: natGateway.snatTableIds,
                    sourceVswitchId: vswitch.id,
                    snatIp: snatEip.ipAddress,
                },
                // No data flow: the SNAT address must be bound to the gateway first.
                { parent, dependsOn: [natEipAssociation] },
            ),
    );
    return { natGateway, bandwidthPackage, eips, packageAttachments, natEipAssociation, snatEntries };
}
