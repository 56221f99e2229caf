import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { lookupImageId } from "../compute/image";
import { createNodeLogin, NodeLogin } from "../compute/login";
import { burstableFamily } from "../compute/nodeGroup";
import { createNodes, CreatedNode } from "../compute/nodes";
import { resolvePlacement } from "../compute/placement";
import { createNodeSecurityGroup } from "../compute/securityGroup";
import { createVpc, createVswitch } from "../compute/vswitch";
import { PublicAccess } from "../vocabulary";
import { memberNodeName, ResolvedAccount, ResolvedCenMeshArgs } from "./args";
import { attachmentZoneSlots, MemberBlocks } from "./layout";

/** What every member shares: the owner's CEN, transit router and route table, and the zones. */
export interface MeshCore {
    name: string;
    args: ResolvedCenMeshArgs;
    owner: ResolvedAccount;
    ownerProvider: alicloud.Provider;
    cen: alicloud.cen.Instance;
    transitRouter: alicloud.cen.TransitRouter;
    routeTable: alicloud.cen.TransitRouterRouteTable;
    /** [primary, secondary] transit-router zones. */
    zones: pulumi.Output<string[]>;
    /** The mesh-wide generated password, when password login is on. */
    password?: pulumi.Output<string>;
    parent: pulumi.Resource;
}

/** One member's resources that the mesh reports. */
export interface Member {
    account: ResolvedAccount;
    blocks: MemberBlocks;
    vpc: alicloud.vpc.Network;
    attachment: alicloud.cen.TransitRouterVpcAttachment;
    nodes: CreatedNode[];
}

/**
 * Builds one member: in its own account its VPC, a vSwitch per transit-router zone, a security
 * group open to the other members' blocks, its nodes, (for a non-owner) the grant of its VPC to
 * the owner's CEN and its routes to the other members; in the owner account the VPC attachment
 * (after the grant), its route-table association and propagation.
 */
export function createMember(core: MeshCore, account: ResolvedAccount, blocks: MemberBlocks, peers: MemberBlocks[], provider: alicloud.Provider): Member {
    const { args, parent } = core;
    const base = `${core.name}-${account.name}`;
    const inAccount = { parent, provider };
    const inOwner = { parent, provider: core.ownerProvider };
    const tags = { ...args.tags, "cen-mesh": core.name, account: account.name };
    const isOwner = account.name === core.owner.name;

    const vpc = createVpc(`${base}-vpc`, { cidr: blocks.vpcCidr, tags }, parent, provider);
    const vswitches = attachmentZoneSlots.map((slot, i) =>
        createVswitch(
            `${base}-vsw-${slot}`,
            { vpcId: vpc.id, cidr: blocks.vswitchCidrs[i], zoneId: core.zones.apply((zones) => zones[i]), tags },
            parent,
            provider,
        ),
    );
    const { group } = createNodeSecurityGroup(
        base,
        {
            vpcId: vpc.id,
            adminCidrs: args.adminCidrs,
            peers: peers.map((peer) => ({ label: peer.name, cidr: peer.vpcCidr })),
            tags,
            description: `Nodes of account ${account.name} in CEN mesh ${core.name}`,
        },
        parent,
        provider,
    );
    const placement = resolvePlacement(
        {
            zoneId: vswitches[0].zoneId,
            instanceType: args.instanceType,
            family: burstableFamily,
            minMemoryGiB: 1,
            systemDiskCategory: args.systemDiskCategory,
        },
        inAccount,
    );
    // Key pairs belong to an account, so each member gets its own; the password is mesh-wide.
    const keyLogin: NodeLogin =
        args.sshPublicKey === undefined ? {} : createNodeLogin(base, { passwordLogin: false, sshPublicKey: args.sshPublicKey, tags }, parent, provider);
    const nodes = createNodes(
        core.name,
        {
            nodeNames: Array.from({ length: account.nodeCount }, (_, i) => memberNodeName(account.name, i + 1)),
            vswitchId: vswitches[0].id,
            securityGroupId: group.id,
            instanceType: placement.instanceType,
            imageId: args.imageId ?? lookupImageId(args.image, placement.instanceType, inAccount),
            systemDiskCategory: args.systemDiskCategory,
            systemDiskSize: args.systemDiskSize,
            login: { password: core.password, keyPairName: keyLogin.keyPairName },
            eip: args.publicAccess === PublicAccess.Eip,
            eipBandwidthMbps: args.eipBandwidthMbps,
            tags,
        },
        parent,
        provider,
    );

    const grant = isOwner
        ? undefined
        : new alicloud.cen.TransitRouterGrantAttachment(
              `${base}-grant`,
              { cenId: core.cen.id, cenOwnerId: core.owner.accountId, instanceId: vpc.id, instanceType: "VPC", orderType: args.payer },
              inAccount,
          );
    const attachment = new alicloud.cen.TransitRouterVpcAttachment(
        `${base}-attach`,
        {
            cenId: core.cen.id,
            transitRouterId: core.transitRouter.transitRouterId,
            vpcId: vpc.id,
            vpcOwnerId: isOwner ? undefined : account.accountId,
            orderType: isOwner ? undefined : args.payer,
            zoneMappings: vswitches.map((vswitch) => ({ zoneId: vswitch.zoneId, vswitchId: vswitch.id })),
            transitRouterVpcAttachmentName: base,
            transitRouterAttachmentDescription: `VPC of account ${account.name} in CEN mesh ${core.name}`,
            autoPublishRouteEnabled: false,
            tags,
        },
        // The grant lives in the other account and nothing of it flows into the attachment.
        { ...inOwner, dependsOn: grant === undefined ? [] : [grant] },
    );
    const routeTableLink = {
        transitRouterRouteTableId: core.routeTable.transitRouterRouteTableId,
        transitRouterAttachmentId: attachment.transitRouterAttachmentId,
    };
    new alicloud.cen.TransitRouterRouteTableAssociation(`${base}-rt-assoc`, routeTableLink, inOwner);
    new alicloud.cen.TransitRouterRouteTablePropagation(`${base}-rt-prop`, routeTableLink, inOwner);
    for (const peer of peers) {
        new alicloud.vpc.RouteEntry(
            `${base}-to-${peer.name}`,
            {
                routeTableId: vpc.routeTableId,
                destinationCidrblock: peer.vpcCidr,
                nexthopType: "Attachment",
                nexthopId: attachment.transitRouterAttachmentId,
                name: `${base}-to-${peer.name}`,
                description: `To account ${peer.name} through the transit router`,
            },
            inAccount,
        );
    }
    return { account, blocks, vpc, attachment, nodes };
}
