import { PolicyDiagnostic } from "../../analyzer";
import { maskedInputs } from "../../mocks";
import { Plan } from "../planStack";

/** One planned resource as the diagram reads it: inputs with secrets masked, the mocks' id, data flow. */
export interface DiagramResource {
    urn: string;
    type: string;
    name: string;
    parent?: string;
    /** The provider's URN (which account), when one was given or inherited. */
    provider?: string;
    id?: string;
    inputs: Record<string, unknown>;
    /** Per input, the URNs its value came from (finds references whose value is an output, not an id). */
    propertyDependencies: Record<string, string[]>;
}

/** What a diagram is drawn from: a plan's resources and, when the pack ran, its verdicts. */
export interface DiagramInput {
    stack: string;
    resources: DiagramResource[];
    /** Policy verdicts, each marked on what draws its resource. Default: none (no marks but the diagram's own). */
    violations?: readonly PolicyDiagnostic[];
    /** The command that draws this diagram again, written below it. Default: `npm run plan -- --stack <stack> --diagram FILE`. */
    command?: string;
}

/** The diagram's view of a plan (secrets masked, so nothing secret can reach a label). */
export function diagramInputOf(plan: Plan, violations?: readonly PolicyDiagnostic[], command?: string): DiagramInput {
    const resources = plan.recorded.map(
        (r): DiagramResource => ({
            urn: r.urn,
            type: r.type,
            name: r.name,
            parent: r.parent,
            provider: r.provider ? r.provider.slice(0, r.provider.lastIndexOf("::")) : undefined,
            id: r.id,
            inputs: maskedInputs(r),
            propertyDependencies: r.propertyDependencies,
        }),
    );
    return { stack: plan.stack, resources, violations, command };
}

/** Every string inside a value (arrays and objects walked), comma-separated lists split. */
function stringsIn(value: unknown): string[] {
    if (typeof value === "string") {
        return value.split(",").map((s) => s.trim()).filter((s) => s !== "");
    }
    if (Array.isArray(value)) {
        return value.flatMap(stringsIn);
    }
    if (value !== null && typeof value === "object") {
        return Object.values(value).flatMap(stringsIn);
    }
    return [];
}

/**
 * Looks resources up by URN and by id, and follows an input to the resources it names: by the ids
 * its value holds (in their order), else by the URNs the value came from (an output such as a VPC's
 * route table id or a NAT gateway's SNAT table id names its owner only that way).
 */
export class ResourceIndex {
    private readonly byUrn = new Map<string, DiagramResource>();
    private readonly byId = new Map<string, DiagramResource>();

    constructor(readonly resources: readonly DiagramResource[]) {
        for (const r of resources) {
            this.byUrn.set(r.urn, r);
            if (r.id !== undefined && r.id !== "") {
                this.byId.set(r.id, r);
            }
        }
    }

    get(urn: string | undefined): DiagramResource | undefined {
        return urn === undefined ? undefined : this.byUrn.get(urn);
    }

    /** The planned resource with this id. */
    withId(id: unknown): DiagramResource | undefined {
        return typeof id === "string" ? this.byId.get(id) : undefined;
    }

    /** Resources of one of the given type tokens, in plan order. */
    ofTypes(types: readonly string[]): DiagramResource[] {
        return this.resources.filter((r) => types.includes(r.type));
    }

    /** The resources an input of `resource` refers to, optionally only of the given types. */
    refs(resource: DiagramResource, input: string, types?: readonly string[]): DiagramResource[] {
        const byId = this.idRefs(resource, input, types);
        const found = byId.length > 0 ? byId : (resource.propertyDependencies[input] ?? []).map((urn) => this.byUrn.get(urn)).filter(this.fits(resource, types));
        return [...new Set(found)];
    }

    /** The resources whose ids an input of `resource` holds (not those it merely took a value from). */
    idRefs(resource: DiagramResource, input: string, types?: readonly string[]): DiagramResource[] {
        return [...new Set(stringsIn(resource.inputs[input]).map((value) => this.byId.get(value)).filter(this.fits(resource, types)))];
    }

    private fits(resource: DiagramResource, types?: readonly string[]): (r: DiagramResource | undefined) => r is DiagramResource {
        return (r): r is DiagramResource => r !== undefined && r !== resource && (types === undefined || types.includes(r.type));
    }

    /** The first resource an input refers to. */
    ref(resource: DiagramResource, input: string, types?: readonly string[]): DiagramResource | undefined {
        return this.refs(resource, input, types)[0];
    }

    /** The ids an input names that no planned resource has (existing resources, e.g. a vSwitch made elsewhere). */
    unresolvedIds(resource: DiagramResource, input: string): string[] {
        if (this.refs(resource, input).length > 0) {
            return [];
        }
        return stringsIn(resource.inputs[input]).filter((value) => !this.byId.has(value) && value !== "[secret]");
    }
}

/** A string input, or undefined when it is absent, unknown or not a string. */
export function text(resource: DiagramResource, input: string): string | undefined {
    const value = resource.inputs[input];
    return typeof value === "string" && value !== "" ? value : typeof value === "number" ? String(value) : undefined;
}

/** A resource's name without its component's prefix ("dev-cluster-node1" under "dev-cluster" -> "node1"). */
export function shortName(resource: DiagramResource, index: ResourceIndex): string {
    const parent = index.get(resource.parent);
    const prefix = parent && !parent.type.startsWith("pulumi:pulumi:") ? `${parent.name}-` : "";
    return prefix !== "" && resource.name.startsWith(prefix) && resource.name.length > prefix.length ? resource.name.slice(prefix.length) : resource.name;
}
