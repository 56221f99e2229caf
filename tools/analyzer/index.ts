import { defaultPackDir, LaunchOptions } from "./launch";
import { PolicyPackSession } from "./session";
import { AnalyzerResourceRecord, PolicyDiagnostic, PolicyPackConfig, StackDescription } from "./types";

export { defaultPackDir, launchPolicyPack, stopPolicyPack } from "./launch";
export type { LaunchOptions, PackProcess } from "./launch";
export { PolicyPackSession } from "./session";
export * from "./types";

/** Options of {@link analyzeResources}. */
export interface AnalyzeResourcesOptions extends LaunchOptions {
    /** Policy pack config, as in `--policy-pack-config`. Default: none (every policy at its own level). */
    config?: PolicyPackConfig;
    /** The stack's names and tags. Default: project "project", stack "stack", no tags, a preview. */
    stack?: StackDescription;
    /** The pack directory. Default: the repository's policy/. */
    packDir?: string;
    /** A running pack to use (and leave running) instead of starting one, e.g. to plan several stacks. */
    session?: PolicyPackSession;
}

/**
 * Runs the policy pack over planned resources along the engine's path: starts the pack as the
 * Pulumi CLI does, reads its port, then GetAnalyzerInfo, Configure, ConfigureStack, Analyze for
 * each resource and AnalyzeStack over all of them, and stops the pack (also on failure).
 * With `options.session` the given pack is used and left running.
 *
 * @param resources Registrations to analyze, e.g. `MockedRun.resources` from tools/mocks.
 * @returns Every verdict as `{policy, level, urn, message}`; advisory notes included.
 */
export async function analyzeResources(resources: readonly AnalyzerResourceRecord[], options: AnalyzeResourcesOptions = {}): Promise<PolicyDiagnostic[]> {
    const session = options.session ?? (await PolicyPackSession.start(options.packDir ?? defaultPackDir, options));
    try {
        await session.configure(options.config ?? {});
        await session.configureStack(options.stack);
        return await session.analyze(resources);
    } finally {
        if (options.session === undefined) {
            await session.stop();
        }
    }
}

/** True when any verdict is mandatory (a deployment would be blocked). */
export function hasMandatoryViolation(diagnostics: readonly PolicyDiagnostic[]): boolean {
    return diagnostics.some((d) => d.level === "mandatory");
}
