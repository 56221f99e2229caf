import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { createNodeLogin } from "../compute/login";
import { describeNodes } from "../compute/nodes";
import { renderHostsFile } from "../compute/render";
import { checkedArgs, componentOutputs, NodeInfo } from "../vocabulary";
import { CenMeshArgs, CenMeshMemberInfo } from "./args";
import { planMemberBlocks } from "./layout";
import { createMember, MeshCore } from "./members";
import { createAccountProviders } from "./providers";
import { cenMeshArgsSpec } from "./validate";
import { lookupAttachmentZones } from "./zones";

/**
 * Several Alibaba Cloud accounts of one region joined by a CEN instance and an Enterprise transit
 * router owned by one of them: one provider per account, a VPC with two vSwitches, a security group
 * and burstable nodes per account, a grant of each child VPC to the owner's CEN, the VPC
 * attachments, transit-router route-table association and propagation, and VPC routes to the
 * other members. The VPC and vSwitch blocks of different accounts never overlap: unset ones are
 * planned from a supernet, set ones are checked before anything is created.
 */
export class CenMesh extends pulumi.ComponentResource {
    /** The CEN instance, in the owner account. */
    public readonly cenId: pulumi.Output<string>;
    /** The Enterprise transit router, in the owner account. */
    public readonly transitRouterId: pulumi.Output<string>;
    /** The transit-router route table every VPC attachment is associated with and propagates to. */
    public readonly transitRouterRouteTableId: pulumi.Output<string>;
    /** Per account, in order: name, account ID, VPC id, VPC block, attachment id and nodes. */
    public readonly accounts: pulumi.Output<CenMeshMemberInfo[]>;
    /** A hosts-file block naming every node of the mesh by its private IP (reachable across the CEN). */
    public readonly hostsFile: pulumi.Output<string>;
    /** The generated root password of every node (secret); absent when password login is off. */
    public readonly password: pulumi.Output<string | undefined>;

    constructor(name: string, args: CenMeshArgs, opts?: pulumi.ComponentResourceOptions) {
        super("alicloud-blueprints:index:CenMesh", name, {}, opts);
        const resolved = checkedArgs(cenMeshArgsSpec, this, name, args);

        const blocks = planMemberBlocks(resolved.supernet, resolved.vpcPrefix, resolved.accounts);
        const owner = resolved.accounts.find((a) => a.name === resolved.ownerAccount)!;
        const providers = createAccountProviders(name, resolved, owner, this);
        const ownerProvider = providers.get(owner.name)!;
        const inOwner = { parent: this, provider: ownerProvider };
        const tags = { ...resolved.tags, "cen-mesh": name };

        const cen = new alicloud.cen.Instance(
            `${name}-cen`,
            { cenInstanceName: name, description: `CEN mesh ${name} of ${resolved.accounts.length} accounts`, tags },
            inOwner,
        );
        const transitRouter = new alicloud.cen.TransitRouter(
            `${name}-tr`,
            { cenId: cen.id, transitRouterName: `${name}-tr`, transitRouterDescription: `Transit router of CEN mesh ${name}`, tags },
            inOwner,
        );
        const routeTable = new alicloud.cen.TransitRouterRouteTable(
            `${name}-tr-rt`,
            { transitRouterId: transitRouter.transitRouterId, transitRouterRouteTableName: `${name}-tr-rt`, tags },
            inOwner,
        );
        const core: MeshCore = {
            name,
            args: resolved,
            owner,
            ownerProvider,
            cen,
            transitRouter,
            routeTable,
            zones: lookupAttachmentZones(resolved.region!, inOwner),
            password: createNodeLogin(name, { passwordLogin: resolved.passwordLogin, tags }, this).password,
            parent: this,
        };
        const members = resolved.accounts.map((account, i) =>
            createMember(core, account, blocks[i], blocks.filter((_, j) => j !== i), providers.get(account.name)!),
        );

        this.cenId = cen.id;
        this.transitRouterId = transitRouter.transitRouterId;
        this.transitRouterRouteTableId = routeTable.transitRouterRouteTableId;
        this.accounts = pulumi.all(
            members.map((member) =>
                pulumi
                    .all([member.vpc.id, member.attachment.transitRouterAttachmentId, describeNodes(member.nodes)])
                    .apply(
                        ([vpcId, attachmentId, nodes]): CenMeshMemberInfo => ({
                            name: member.account.name,
                            accountId: member.account.accountId,
                            vpcId,
                            cidr: member.blocks.vpcCidr,
                            attachmentId,
                            nodes,
                        }),
                    ),
            ),
        );
        this.hostsFile = this.accounts.apply((accounts) =>
            renderHostsFile(
                name,
                accounts.flatMap((a) => a.nodes.map(({ name: host, instanceId, privateIp }): NodeInfo => ({ name: host, instanceId, privateIp }))),
            ),
        );
        this.password = core.password ? pulumi.secret(core.password) : pulumi.output(undefined);
        this.registerOutputs(componentOutputs(this));
    }
}
