import { PolicyResource } from "@pulumi/policy";
import { ResourceTypes as T } from "./resourceTypes";
import { Reference, referenceKey, resolveReference, resourcesOfType } from "./stackGraph";
import { readKnown } from "./unknowns";

/** One VPC attached to one CEN, as declared by an attachment resource. */
export interface CenMember {
    /** The attachment that joins the VPC to the CEN (violations are reported on it). */
    attachment: PolicyResource;
    /** Same key = same CEN: every name of the CEN and its transit routers leads to one key. */
    cenKey: string;
    /** Where the attachment's VPC reference points. */
    vpc: Reference & { kind: "resource" | "external" };
}

/** An attachment that could not be placed because a value is unknown during preview. */
export interface UnplacedAttachment {
    attachment: PolicyResource;
    detail: string;
}

/** Union-find over the names of CENs and transit routers: names joined once are one network. */
class Identities {
    private readonly parent = new Map<string, string>();

    find(key: string): string {
        let root = key;
        while ((this.parent.get(root) ?? root) !== root) {
            root = this.parent.get(root)!;
        }
        this.parent.set(key, root);
        return root;
    }

    join(keys: ReadonlyArray<string | undefined>): void {
        const present = keys.filter((k): k is string => k !== undefined).map((k) => this.find(k));
        for (const other of present.slice(1)) {
            this.parent.set(other, present[0]);
        }
    }
}

/** The raw transit router id inside a value: "tr-x", or the "cen-y:tr-x" id the provider gives a TransitRouter resource. */
function routerIdOf(value: unknown): string | undefined {
    if (typeof value !== "string" || value === "") {
        return undefined;
    }
    return value.includes(":") ? value.split(":").pop() : value;
}

function cenKeyOf(reference: Reference): string | undefined {
    const key = referenceKey(reference);
    return key === undefined ? undefined : `cen ${key}`;
}

/** A transit router's names: its URN when it is in the stack, and its router id when that is known. */
function routerKeys(reference: Reference): string[] {
    if (reference.kind === "external") {
        return [`tr ${routerIdOf(reference.id)}`];
    }
    if (reference.kind !== "resource") {
        return [];
    }
    const router = reference.target;
    const own = (["transitRouterId", "id"] as const)
        .map((input) => readKnown(() => routerIdOf(router.props[input])))
        .flatMap((id) => (id.known && id.value !== undefined ? [`tr ${id.value}`] : []));
    return [`tr ${router.urn}`, ...own];
}

/**
 * The VPC memberships of every CEN in the stack, from the transit-router VPC attachments
 * (`cenId` and/or `transitRouterId`, `vpcId`) and the older instance attachments (`instanceId`,
 * `childInstanceId` with `childInstanceType` VPC). A CEN and its transit routers get one
 * canonical identity however an attachment names them: by CEN, by router, by both, by stack
 * resource or by id.
 */
export function cenMemberships(stack: readonly PolicyResource[]): { members: CenMember[]; unplaced: UnplacedAttachment[] } {
    const identities = new Identities();
    for (const router of resourcesOfType(stack, T.cenTransitRouter)) {
        identities.join([...routerKeys({ kind: "resource", target: router }), cenKeyOf(resolveReference(router, "cenId", T.cenInstance, stack))]);
    }
    const pending: Array<{ attachment: PolicyResource; key?: string; vpc: Reference; detail?: string }> = [];
    for (const attachment of resourcesOfType(stack, T.cenTransitRouterVpcAttachment)) {
        const cen = resolveReference(attachment, "cenId", T.cenInstance, stack);
        const router = resolveReference(attachment, "transitRouterId", T.cenTransitRouter, stack);
        const keys = [cenKeyOf(cen), ...routerKeys(router)];
        identities.join(keys);
        const unknown = [cen, router].find((r): r is Reference & { kind: "unknown" } => r.kind === "unknown");
        pending.push({ attachment, key: keys.find((k) => k !== undefined), vpc: resolveReference(attachment, "vpcId", T.vpc, stack), detail: unknown?.detail });
    }
    for (const attachment of resourcesOfType(stack, T.cenInstanceAttachment)) {
        const childType = readKnown(() => attachment.props.childInstanceType as string | undefined);
        if (!childType.known) {
            pending.push({ attachment, vpc: { kind: "missing" }, detail: childType.detail });
            continue;
        }
        if ((childType.value ?? "").toUpperCase() !== "VPC") {
            continue; // A VBR or CCN has no VPC block to compare.
        }
        const cen = resolveReference(attachment, "instanceId", T.cenInstance, stack);
        const detail = cen.kind === "unknown" ? cen.detail : undefined;
        pending.push({ attachment, key: cenKeyOf(cen), vpc: resolveReference(attachment, "childInstanceId", T.vpc, stack), detail });
    }

    const members: CenMember[] = [];
    const unplaced: UnplacedAttachment[] = [];
    for (const { attachment, key, vpc, detail } of pending) {
        if (vpc.kind === "unknown" || key === undefined) {
            unplaced.push({ attachment, detail: vpc.kind === "unknown" ? vpc.detail : detail ?? "the CEN is not named" });
        } else if (vpc.kind === "resource" || vpc.kind === "external") {
            members.push({ attachment, cenKey: identities.find(key), vpc });
        }
    }
    return { members, unplaced };
}
