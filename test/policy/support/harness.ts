import * as pulumi from "@pulumi/pulumi";
import {
    EnforcementLevel,
    Policy,
    PolicyResource,
    ReportViolation,
    ResourceValidation,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
    StackValidationPolicy,
} from "@pulumi/policy";
import { isUnknownValueError, unknownCheckingProxy } from "../../../policy/support/policyInternals";

/**
 * Policy harness for @pulumi/policy 1.21: builds `ResourceValidationArgs` / `StackValidationArgs`
 * as its policy server does (unknown-checking props, `stackTags`, `getConfig`, `notApplicable`)
 * and collects what the server would send back, so a spec sees the engine's verdicts.
 */

/** The value of a property that is unknown during preview (Pulumi's unknown sentinel). */
export const unknown: any = pulumi.runtime.unknownValue;

/** One verdict: a violation at the policy's level, or an advisory note (unknown values). */
export interface Verdict {
    message: string;
    level: EnforcementLevel;
    urn?: string;
}

/** What a policy run produced. */
export interface PolicyRun {
    verdicts: Verdict[];
    /** Reasons given through `args.notApplicable` or the server's type fast path. */
    notApplicable: string[];
}

/** Options shared by both runners. */
export interface RunOptions {
    /** The policy's settings, as `args.getConfig()` returns them. */
    config?: Record<string, unknown>;
    /** Overrides the policy's level, as a policy pack config would. */
    enforcementLevel?: EnforcementLevel;
    stackTags?: Record<string, string>;
}

/** A resource of a stack fixture. */
export interface FixtureResource {
    type: string;
    name: string;
    urn: string;
    props: Record<string, unknown>;
    parent?: string;
    dependencies?: string[];
    /** Property name -> URNs of the resources its value came from. */
    propertyDependencies?: Record<string, string[]>;
}

/** A fixture resource with a URN derived from its type and name. */
export function fixture(type: string, name: string, props: Record<string, unknown>, extra: Partial<FixtureResource> = {}): FixtureResource {
    return { type, name, urn: `urn:pulumi:test::blueprints::${type}::${name}`, props, ...extra };
}

/** Only the verdicts at the "mandatory" level. */
export function mandatory(run: PolicyRun): Verdict[] {
    return run.verdicts.filter((v) => v.level === "mandatory");
}

class NotApplicable extends Error {}

/** Runs a resource policy against one resource, as the policy server's Analyze would. */
export async function runResourcePolicy(policy: ResourceValidationPolicy, resource: FixtureResource, options: RunOptions = {}): Promise<PolicyRun> {
    const run: PolicyRun = { verdicts: [], notApplicable: [] };
    const level = levelOf(policy, options);
    const validations: ResourceValidation[] = policy.validateResource === undefined ? [] : ([] as ResourceValidation[]).concat(policy.validateResource);
    const fastType = validations.length === 1 ? (validations[0] as { __pulumiType?: string }).__pulumiType : undefined;
    if (level === "disabled") {
        return run;
    }
    if (fastType !== undefined && fastType !== resource.type) {
        run.notApplicable.push(`Policy only applies to resources of type '${fastType}'`);
        return run;
    }
    for (const validation of validations) {
        const props = unknownCheckingProxy({ ...resource.props });
        const args: ResourceValidationArgs = {
            type: resource.type,
            props,
            urn: resource.urn,
            name: resource.name,
            opts: resourceOptions(resource),
            stackTags: new Map(Object.entries(options.stackTags ?? {})),
            isType: () => false,
            asType: () => undefined,
            getConfig: <T extends object>() => (options.config ?? {}) as T,
            notApplicable: throwNotApplicable,
        };
        await capture(run, policy, () => validation(args, reporter(run, level, resource.urn)));
    }
    return run;
}

/** Runs a stack policy over a stack fixture, as the policy server's AnalyzeStack would. */
export async function runStackPolicy(policy: StackValidationPolicy, resources: FixtureResource[], options: RunOptions = {}): Promise<PolicyRun> {
    const run: PolicyRun = { verdicts: [], notApplicable: [] };
    const level = levelOf(policy, options);
    if (level === "disabled") {
        return run;
    }
    const policyResources = new Map<string, PolicyResource>();
    for (const resource of resources) {
        policyResources.set(resource.urn, {
            type: resource.type,
            name: resource.name,
            urn: resource.urn,
            props: unknownCheckingProxy({ ...resource.props }),
            opts: resourceOptions(resource),
            dependencies: [],
            propertyDependencies: {},
            isType: () => false,
            asType: () => undefined,
        });
    }
    const byUrn = (urns: string[] = []) => urns.flatMap((urn) => policyResources.get(urn) ?? []);
    for (const resource of resources) {
        const target = policyResources.get(resource.urn)!;
        target.parent = resource.parent ? policyResources.get(resource.parent) : undefined;
        target.dependencies = byUrn(resource.dependencies);
        for (const [property, urns] of Object.entries(resource.propertyDependencies ?? {})) {
            target.propertyDependencies[property] = byUrn(urns);
        }
    }
    const args: StackValidationArgs = {
        resources: [...policyResources.values()],
        stackTags: new Map(Object.entries(options.stackTags ?? {})),
        getConfig: <T extends object>() => (options.config ?? {}) as T,
        notApplicable: throwNotApplicable,
    };
    await capture(run, policy, () => policy.validateStack(args, reporter(run, level)));
    return run;
}

function levelOf(policy: Policy, options: RunOptions): EnforcementLevel {
    const level = options.enforcementLevel ?? policy.enforcementLevel ?? "advisory";
    return level === "remediate" ? "mandatory" : level;
}

function resourceOptions(resource: FixtureResource) {
    return {
        protect: false,
        ignoreChanges: [],
        aliases: [],
        customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
        additionalSecretOutputs: [],
        parent: resource.parent,
    };
}

function throwNotApplicable(reason?: string): never {
    throw new NotApplicable(reason ?? "Policy does not apply");
}

/** A reportViolation that, like the server's, also accepts the object form with its own level. */
function reporter(run: PolicyRun, level: EnforcementLevel, resourceUrn?: string): ReportViolation {
    return ((message: string | { message: string; urn?: string; enforcementLevel?: EnforcementLevel }, urn?: string) => {
        if (typeof message === "object") {
            run.verdicts.push({ message: message.message, level: message.enforcementLevel ?? level, urn: resourceUrn ?? message.urn });
        } else {
            run.verdicts.push({ message, level, urn: resourceUrn ?? urn });
        }
    }) as ReportViolation;
}

/** The server's handling of what a validation throws: not applicable, or unknown during preview. */
async function capture(run: PolicyRun, policy: Policy, validate: () => Promise<void> | void): Promise<void> {
    try {
        await validate();
    } catch (err) {
        if (err instanceof NotApplicable) {
            run.notApplicable.push(err.message);
        } else if (isUnknownValueError(err)) {
            run.verdicts.push({ message: `can't run policy '${policy.name}' during preview: ${err.message}`, level: "advisory" });
        } else {
            throw err;
        }
    }
}
