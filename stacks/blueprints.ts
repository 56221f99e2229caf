import * as pulumi from "@pulumi/pulumi";
import { componentOutputs } from "alicloud-blueprints";
import { blueprintCatalog, BlueprintEntry, blueprintKeys } from "./catalog";
import { StackConfig } from "./config";

/**
 * Builds the blueprints the stack's config asks for and returns the stack outputs: per blueprint,
 * the component's own outputs (read from the component, never listed here) plus the stack's extras.
 */
export function deployBlueprints(config: StackConfig): Record<string, unknown> {
    const stack = pulumi.getStack();
    const outputs: Record<string, unknown> = { region: config.region };
    for (const key of blueprintKeys) {
        const args = config.blueprints[key];
        if (args === undefined) {
            continue;
        }
        const entry: BlueprintEntry = blueprintCatalog[key];
        const component = entry.create(`${stack}-${entry.suffix}`, args);
        outputs[key] = { ...componentOutputs(component), ...entry.extraOutputs?.(component) };
    }
    return outputs;
}
