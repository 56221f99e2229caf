import { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { policies } from "../../../policy/policies";
import { AnalyzerResourceRecord } from "../../../tools/analyzer";
import { FixtureResource, runResourcePolicy, runStackPolicy } from "./harness";

/** One verdict of the whole pack: which policy said what, at which level. */
export interface PackVerdict {
    policy: string;
    level: string;
    message: string;
    urn?: string;
}

/** Runs every policy of the pack in-process over a stack fixture, the way the server runs Analyze and AnalyzeStack. */
export async function runPack(resources: FixtureResource[]): Promise<PackVerdict[]> {
    const verdicts: PackVerdict[] = [];
    for (const policy of policies) {
        if ("validateStack" in policy) {
            const run = await runStackPolicy(policy as StackValidationPolicy, resources);
            verdicts.push(...run.verdicts.map((v) => ({ policy: policy.name, ...v })));
        } else {
            for (const resource of resources) {
                const run = await runResourcePolicy(policy as ResourceValidationPolicy, resource);
                verdicts.push(...run.verdicts.map((v) => ({ policy: policy.name, ...v })));
            }
        }
    }
    return verdicts;
}

/** A stack fixture as the engine sends it: `id` as the resource id, every other prop as an input. */
export function toAnalyzerRecords(resources: FixtureResource[]): AnalyzerResourceRecord[] {
    return resources.map((r) => {
        const { id, ...rawInputs } = r.props;
        return {
            urn: r.urn,
            type: r.type,
            name: r.name,
            parent: r.parent,
            dependencies: r.dependencies,
            propertyDependencies: r.propertyDependencies,
            rawInputs,
            id: typeof id === "string" ? id : undefined,
        };
    });
}

/** A verdict that only says a value was unknown during preview. */
export function isPreviewNote(verdict: { message: string }): boolean {
    return /Skipped during preview|can't run policy .* during preview/.test(verdict.message);
}
