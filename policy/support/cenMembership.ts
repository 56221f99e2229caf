import { PolicyResource } from "@pulumi/policy";
import { ResourceTypes } from "./resourceTypes";
import { Reference, referenceKey, resolveReference, resourcesOfType } from "./stackGraph";
import { readKnown } from "./unknowns";

/** One VPC attached to one CEN, as declared by an attachment resource. */
export interface CenMember {
    /** The attachment that joins the VPC to the CEN (violations are reported on it). */
    attachment: PolicyResource;
    /** Same key = same CEN (a stack URN or an external id). */
    cenKey: string;
    /** Where the attachment's VPC reference points. */
    vpc: Reference & { kind: "resource" | "external" };
}

/** An attachment that could not be placed because a value is unknown during preview. */
export interface UnplacedAttachment {
    attachment: PolicyResource;
    detail: string;
}

/**
 * The VPC memberships of every CEN in the stack, from the transit-router VPC attachments
 * (`cenId` or `transitRouterId`, `vpcId`) and the older instance attachments (`instanceId`,
 * `childInstanceId` with `childInstanceType` VPC).
 */
export function cenMemberships(stack: readonly PolicyResource[]): { members: CenMember[]; unplaced: UnplacedAttachment[] } {
    const members: CenMember[] = [];
    const unplaced: UnplacedAttachment[] = [];
    const place = (attachment: PolicyResource, cen: Reference, vpc: Reference): void => {
        const unknown = [cen, vpc].find((r): r is Reference & { kind: "unknown" } => r.kind === "unknown");
        if (unknown !== undefined) {
            unplaced.push({ attachment, detail: unknown.detail });
            return;
        }
        const cenKey = referenceKey(cen);
        if (cenKey !== undefined && (vpc.kind === "resource" || vpc.kind === "external")) {
            members.push({ attachment, cenKey, vpc });
        }
    };
    for (const attachment of resourcesOfType(stack, ResourceTypes.cenTransitRouterVpcAttachment)) {
        place(attachment, cenOfTransitRouterAttachment(attachment, stack), resolveReference(attachment, "vpcId", ResourceTypes.vpc, stack));
    }
    for (const attachment of resourcesOfType(stack, ResourceTypes.cenInstanceAttachment)) {
        const childType = readKnown(() => attachment.props.childInstanceType as string | undefined);
        if (!childType.known) {
            unplaced.push({ attachment, detail: childType.detail });
            continue;
        }
        if ((childType.value ?? "").toUpperCase() !== "VPC") {
            continue; // A VBR or CCN has no VPC block to compare.
        }
        place(
            attachment,
            resolveReference(attachment, "instanceId", ResourceTypes.cenInstance, stack),
            resolveReference(attachment, "childInstanceId", ResourceTypes.vpc, stack),
        );
    }
    return { members, unplaced };
}

/** `cenId` when set; otherwise the CEN of the attachment's transit router. */
function cenOfTransitRouterAttachment(attachment: PolicyResource, stack: readonly PolicyResource[]): Reference {
    const cen = resolveReference(attachment, "cenId", ResourceTypes.cenInstance, stack);
    if (cen.kind !== "missing") {
        return cen;
    }
    const router = resolveReference(attachment, "transitRouterId", ResourceTypes.cenTransitRouter, stack);
    if (router.kind === "resource") {
        return resolveReference(router.target, "cenId", ResourceTypes.cenInstance, stack);
    }
    // One transit router belongs to one CEN, so an external router id identifies the CEN too.
    return router.kind === "external" ? { kind: "external", id: `transit-router:${router.id}` } : router;
}
