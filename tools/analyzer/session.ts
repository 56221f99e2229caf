import type { ServiceError } from "@grpc/grpc-js";
import { defaultPackDir, launchPolicyPack, LaunchOptions, PackProcess, stopPolicyPack } from "./launch";
import { analyzerGrpc, analyzerProto, Empty, grpc, Struct } from "./sdkModules";
import { EnforcementLevel, PackInfo, PolicyDiagnostic, PolicyInfo, PolicyPackConfig, StackDescription, AnalyzerResourceRecord } from "./types";
import { analyzeRequest, levelName, levelValue, stackResource } from "./wire";

/** How long one RPC may take, in ms. */
const rpcDeadlineMs = 30_000;

/**
 * A running policy pack and a gRPC client speaking the Analyzer protocol to it, with
 * @pulumi/pulumi's own stubs. Start with {@link PolicyPackSession.start}; always {@link stop}.
 */
export class PolicyPackSession {
    private constructor(
        private readonly pack: PackProcess,
        private readonly client: analyzerGrpc.AnalyzerClient,
    ) {}

    /** Starts the pack in `packDir` (default: the repository's policy/) and connects to it. */
    static async start(packDir = defaultPackDir, options: LaunchOptions = {}): Promise<PolicyPackSession> {
        const pack = await launchPolicyPack(packDir, options);
        const client = new analyzerGrpc.AnalyzerClient(`127.0.0.1:${pack.port}`, grpc.credentials.createInsecure());
        return new PolicyPackSession(pack, client);
    }

    /** The pack's process id. */
    get pid(): number | undefined {
        return this.pack.child.pid;
    }

    /** The port the pack's analyzer listens on (127.0.0.1). */
    get port(): number {
        return this.pack.port;
    }

    /** GetAnalyzerInfo: the pack's name, version and policies with their levels and schemas. */
    async info(): Promise<PackInfo> {
        const info = await this.call<Empty, analyzerProto.AnalyzerInfo>("getAnalyzerInfo", new Empty());
        return {
            name: info.getName(),
            version: info.getVersion(),
            supportsConfig: info.getSupportsconfig(),
            policies: info.getPoliciesList().map(
                (p): PolicyInfo => ({
                    name: p.getName(),
                    description: p.getDescription(),
                    level: levelName(p.getEnforcementlevel()),
                    remediationSteps: p.getRemediationSteps(),
                    configSchema: p.getConfigschema()?.getProperties()?.toJavaScript() as Record<string, unknown> | undefined,
                }),
            ),
        };
    }

    /**
     * Configure, the way the CLI does: every policy gets its level (the configured one, else its
     * own) and its schema defaults overlaid with the configured settings. Unknown names throw.
     */
    async configure(config: PolicyPackConfig = {}, info?: PackInfo): Promise<void> {
        const pack = info ?? (await this.info());
        const unknownNames = Object.keys(config).filter((name) => !pack.policies.some((p) => p.name === name));
        if (unknownNames.length > 0) {
            throw new Error(`policy config names no policy of pack ${pack.name}: ${unknownNames.join(", ")}`);
        }
        const request = new analyzerProto.ConfigureAnalyzerRequest();
        for (const policy of pack.policies) {
            const entry = config[policy.name];
            const { enforcementLevel, ...settings } = typeof entry === "string" ? { enforcementLevel: entry } : (entry ?? {});
            const policyConfig = new analyzerProto.PolicyConfig();
            policyConfig.setEnforcementlevel(levelValue((enforcementLevel as EnforcementLevel | undefined) ?? policy.level));
            policyConfig.setProperties(Struct.fromJavaScript({ ...schemaDefaults(policy), ...settings } as Record<string, never>));
            request.getPolicyconfigMap().set(policy.name, policyConfig);
        }
        await this.call("configure", request);
    }

    /** ConfigureStack: the stack's names and tags (policies see the tags as `args.stackTags`). */
    async configureStack(stack: StackDescription = {}): Promise<void> {
        const request = new analyzerProto.AnalyzerStackConfigureRequest();
        request.setProject(stack.project ?? "project");
        request.setStack(stack.stack ?? "stack");
        request.setOrganization(stack.organization ?? "organization");
        request.setDryRun(stack.dryRun ?? true);
        for (const [key, value] of Object.entries(stack.tags ?? {})) {
            request.getTagsMap().set(key, value);
        }
        await this.call("configureStack", request);
    }

    /** Analyze for each resource, then AnalyzeStack over all of them; the verdicts in that order. */
    async analyze(resources: readonly AnalyzerResourceRecord[]): Promise<PolicyDiagnostic[]> {
        const byUrn = new Map(resources.map((r) => [r.urn, r]));
        const diagnostics: PolicyDiagnostic[] = [];
        for (const resource of resources) {
            const response = await this.call<analyzerProto.AnalyzeRequest, analyzerProto.AnalyzeResponse>("analyze", analyzeRequest(resource, byUrn));
            diagnostics.push(...toDiagnostics(response, resource.urn));
        }
        const stackRequest = new analyzerProto.AnalyzeStackRequest();
        stackRequest.setResourcesList(resources.map((r) => stackResource(r, byUrn)));
        const stackResponse = await this.call<analyzerProto.AnalyzeStackRequest, analyzerProto.AnalyzeResponse>("analyzeStack", stackRequest);
        diagnostics.push(...toDiagnostics(stackResponse, ""));
        return diagnostics;
    }

    /** Closes the channel and stops the pack process (bounded wait). */
    async stop(): Promise<void> {
        this.client.close();
        await stopPolicyPack(this.pack);
    }

    private call<TRequest, TResponse>(method: string, request: TRequest): Promise<TResponse> {
        const rpc = (this.client as unknown as Record<string, Function>)[method].bind(this.client);
        const deadline = new Date(Date.now() + rpcDeadlineMs);
        return new Promise<TResponse>((resolve, reject) => {
            rpc(request, new grpc.Metadata(), { deadline }, (err: ServiceError | null, response: TResponse) => {
                if (err) {
                    const tail = this.pack.stderrTail();
                    reject(new Error(`${method} failed: ${err.message}${tail ? `; pack stderr:\n${tail}` : ""}`));
                } else {
                    resolve(response);
                }
            });
        });
    }
}

type Empty = InstanceType<typeof Empty>;

function toDiagnostics(response: analyzerProto.AnalyzeResponse, defaultUrn: string): PolicyDiagnostic[] {
    return response.getDiagnosticsList().map((d) => ({
        policy: d.getPolicyname(),
        level: levelName(d.getEnforcementlevel()),
        urn: d.getUrn() || defaultUrn,
        message: d.getMessage(),
    }));
}

/** `default` values of a policy's config schema properties. */
function schemaDefaults(policy: PolicyInfo): Record<string, unknown> {
    const defaults: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(policy.configSchema ?? {})) {
        const value = (schema as { default?: unknown } | null)?.default;
        if (value !== undefined) {
            defaults[key] = value;
        }
    }
    return defaults;
}
