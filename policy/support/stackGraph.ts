import { PolicyResource } from "@pulumi/policy";
import { readKnown } from "./unknowns";

/** Where a reference property (e.g. a vSwitch's `vpcId`) points. */
export type Reference =
    /** A resource of the stack. */
    | { kind: "resource"; target: PolicyResource }
    /** A known id of something outside the stack. */
    | { kind: "external"; id: string }
    /** Unknown during preview, and no property dependency names the target. */
    | { kind: "unknown"; detail: string }
    /** The property is not set. */
    | { kind: "missing" };

/**
 * Resolves `property` of `resource` to a resource of `targetType` in the stack: by id when the
 * value is known and the target's `id` is known, else through `propertyDependencies[property]`
 * (which the engine fills even in preview, when ids are still unknown).
 */
export function resolveReference(resource: PolicyResource, property: string, targetType: string, stack: readonly PolicyResource[]): Reference {
    const value = readKnown(() => resource.props[property] as unknown);
    const dependencies = (resource.propertyDependencies[property] ?? []).filter((r) => r.type === targetType);
    if (value.known) {
        if (value.value === undefined || value.value === null || value.value === "") {
            return { kind: "missing" };
        }
        const id = String(value.value);
        const byId = stack.find((r) => r.type === targetType && knownId(r) === id);
        if (byId !== undefined) {
            return { kind: "resource", target: byId };
        }
        return dependencies.length === 1 ? { kind: "resource", target: dependencies[0] } : { kind: "external", id };
    }
    if (dependencies.length === 1) {
        return { kind: "resource", target: dependencies[0] };
    }
    return { kind: "unknown", detail: value.detail };
}

/** The resource's `id` output when the engine sent it and it is known. */
function knownId(resource: PolicyResource): string | undefined {
    const id = readKnown(() => resource.props.id as unknown);
    return id.known && typeof id.value === "string" && id.value !== "" ? id.value : undefined;
}

/** Resources of the stack with the given type token. */
export function resourcesOfType(stack: readonly PolicyResource[], type: string): PolicyResource[] {
    return stack.filter((r) => r.type === type);
}

/** A stable key for "the same target": the URN of a stack resource, or the external id. */
export function referenceKey(reference: Reference): string | undefined {
    switch (reference.kind) {
        case "resource":
            return reference.target.urn;
        case "external":
            return `id:${reference.id}`;
        default:
            return undefined;
    }
}
