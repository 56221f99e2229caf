import * as pulumi from "@pulumi/pulumi";
import { argShapeProblems } from "./argShape";
import { ArgProblems } from "./problems";

/** What the arguments are checked against beyond themselves. */
export interface ArgContext {
    /** The region the blueprint deploys to, when known (zones must be in it). Default: not checked. */
    region?: string;
}

/**
 * How one blueprint reads its arguments: the component's name (its schema entry), the resolver
 * that applies its defaults, and the checks of the resolved values. Both the constructor and the
 * stack's single validation pass go through {@link blueprintArgProblems}, so they agree.
 */
export interface BlueprintArgsSpec<A, R> {
    component: string;
    resolve(args: A): R;
    problems(raw: A, resolved: R, context: ArgContext): Array<string | undefined>;
}

/**
 * Every problem with a blueprint's raw arguments: their shape first (missing args, types, unknown
 * keys, Outputs where a plain value is needed), then, when the shape is right, their values.
 */
export function blueprintArgProblems<A, R>(spec: BlueprintArgsSpec<A, R>, args: unknown, context: ArgContext = {}): string[] {
    const shape = argShapeProblems(spec.component, args);
    if (shape.length > 0) {
        return shape;
    }
    const raw = args as A;
    return spec.problems(raw, spec.resolve(raw), context).filter((p): p is string => p !== undefined);
}

/** The resolved arguments, or a ResourceError listing every problem (thrown before any child exists). */
export function checkedArgs<A, R>(spec: BlueprintArgsSpec<A, R>, resource: pulumi.Resource, name: string, args: unknown): R {
    const problems = new ArgProblems();
    problems.addAll(blueprintArgProblems(spec, args));
    problems.throwIfAny(resource, spec.component, name);
    return spec.resolve(args as A);
}
