import * as pulumi from "@pulumi/pulumi";

/** Output properties every resource has, which are not a component's own outputs. */
const resourceOwnOutputs = new Set(["urn"]);

/**
 * A component's outputs, read from the instance: its own `Output` properties, which are exactly
 * the class's declared `public readonly x: Output<T>` fields the analyzer lists as the schema's
 * outputs (test/stacks checks the two agree). The component registers them with this, and the
 * stack exports them with this, so no list of outputs is written twice.
 */
export function componentOutputs(component: pulumi.ComponentResource): Record<string, pulumi.Output<unknown>> {
    return Object.fromEntries(
        Object.entries(component).filter(([key, value]) => !key.startsWith("__") && !resourceOwnOutputs.has(key) && pulumi.Output.isInstance(value)),
    );
}
