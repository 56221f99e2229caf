import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { maskedInputs, MockedRun, RecordedCall, RecordedResource } from "../mocks";
import { resolveMasked } from "./outputs";
import { readProjectFile, readStackConfigFile } from "./stackConfig";

export interface PlanRequest {
    /** The folder holding Pulumi.yaml. Default: the current folder. */
    projectDir?: string;
    /** The stack name; its config is Pulumi.<stack>.yaml unless `configFile` is given. Default: "dev". */
    stack?: string;
    /** A config file to use instead of Pulumi.<stack>.yaml. */
    configFile?: string;
    /** A program to run instead of Pulumi.yaml's `main` (benchmarks use this). */
    program?: string;
}

/** A planned resource's options, as the engine receives them. */
export interface PlannedOptions {
    protect: boolean;
    /** URNs the resource waits for without a data flow. */
    dependsOn: string[];
    customTimeouts: { create?: string; update?: string; delete?: string } | null;
    ignoreChanges: string[];
    deleteBeforeReplace: boolean;
    replaceOnChanges: string[];
    retainOnDelete: boolean;
    /** The explicit or inherited provider's URN; null for the default provider. */
    provider: string | null;
}

/** One planned resource, as `--json` prints it (inputs masked). */
export interface PlannedResource {
    urn: string;
    type: string;
    name: string;
    parent: string | null;
    provider: string | null;
    inputs: Record<string, unknown>;
    options: PlannedOptions;
}

export interface Plan {
    stack: string;
    project: string;
    resources: PlannedResource[];
    outputs: Record<string, unknown>;
    /** The raw registrations, secrets still wrapped (for policies and tests; never printed). */
    recorded: RecordedResource[];
    /** The look-ups the program made, in order. */
    calls: RecordedCall[];
}

/** The provider's URN from a provider reference (`<urn>::<id>`). */
function providerUrn(reference: string | undefined): string | null {
    return reference ? reference.slice(0, reference.lastIndexOf("::")) : null;
}

/**
 * Runs the Pulumi program of a stack under the Alibaba Cloud mocks, as `pulumi preview` would run
 * it, and returns every resource it would create and its stack outputs (secrets masked).
 * Rejects with the program's own error when the program fails.
 */
export async function planStack(request: PlanRequest = {}): Promise<Plan> {
    const projectDir = path.resolve(request.projectDir ?? ".");
    const stack = request.stack ?? "dev";
    const project = readProjectFile(projectDir);
    const configFile = request.configFile ? path.resolve(request.configFile) : path.join(projectDir, `Pulumi.${stack}.yaml`);
    const config = readStackConfigFile(project, configFile);
    const run = new MockedRun({ project: project.name, stack, config: config.values, secretConfigKeys: config.secretKeys });

    try {
        return await runProgram(run, request, project, stack);
    } catch (err) {
        throw offlineExplained(err, run);
    }
}

/**
 * The program's error, or, when it stopped on an existing vSwitch the mocks could not know, a
 * plain statement of that: without a cloud account no existing vSwitch can be looked up.
 */
function offlineExplained(err: unknown, run: MockedRun): unknown {
    const [id] = run.mocks.unknownVswitchIds;
    if (id === undefined || !(err instanceof Error) || !/was not found/.test(err.message)) {
        return err;
    }
    return new pulumi.RunError(
        `existingVswitchId: ${JSON.stringify(id)} cannot be checked offline: the plan has no cloud account, so it knows no existing vSwitch; ` +
            "`pulumi preview` looks it up in the region, or plan without existingVswitchId to see a new VPC and vSwitch",
    );
}

async function runProgram(run: MockedRun, request: PlanRequest, project: ReturnType<typeof readProjectFile>, stack: string): Promise<Plan> {
    const program = request.program ? path.resolve(request.program) : project.main;
    let programError: unknown;
    let exported: unknown = {};
    await pulumi.runtime.runInPulumiStack(async () => {
        try {
            // A program runs once per plan, also when one process plans several stacks.
            delete require.cache[require.resolve(program)];
            exported = require(program);
        } catch (err) {
            programError = err;
        }
        return exported;
    });
    if (programError !== undefined) {
        throw programError;
    }
    // The raw exports, not the stack's resolved outputs, which no longer say what is secret.
    const masked = (await resolveMasked(exported)) as Record<string, unknown>;
    await run.settled();

    const resources = run.resources.map(
        (r): PlannedResource => ({
            urn: r.urn,
            type: r.type,
            name: r.name,
            parent: r.parent ?? null,
            provider: providerUrn(r.provider),
            inputs: maskedInputs(r),
            options: {
                protect: r.options.protect ?? false,
                dependsOn: r.options.dependsOn,
                customTimeouts: r.options.customTimeouts ?? null,
                ignoreChanges: r.options.ignoreChanges,
                deleteBeforeReplace: r.options.deleteBeforeReplace ?? false,
                replaceOnChanges: r.options.replaceOnChanges,
                retainOnDelete: r.options.retainOnDelete ?? false,
                provider: r.options.provider ?? null,
            },
        }),
    );
    return { stack, project: project.name, resources, outputs: masked, recorded: run.resources, calls: run.mocks.calls };
}
