import type { ServiceError } from "@grpc/grpc-js";
import * as path from "node:path";
import * as providerGrpc from "@pulumi/pulumi/proto/provider_grpc_pb";
import * as providerProto from "@pulumi/pulumi/proto/provider_pb";
import { launchPlugin, LaunchOptions, PluginProcess, stopPlugin } from "../analyzer/launch";
import { builtProjects, ensureBuilt } from "../workspace";
import { Empty, grpc } from "../analyzer/sdkModules";
import { componentsDir, PackageSchema } from "./schema";

/** How long one RPC may take, in ms (GetSchema runs the component analyzer over the package). */
const rpcDeadlineMs = 30_000;

/**
 * The engine address the host is given. The Node.js host only stores it for Construct and Call
 * (which connect back to the engine's monitor); GetSchema and GetPluginInfo never use it.
 */
export const placeholderEngineAddress = "127.0.0.1:0";

/**
 * A component package served by the Node.js component provider host, started the way the Pulumi
 * engine starts it for `pulumi package add <dir>` (PulumiPlugin.yaml `runtime: nodejs`): the
 * language host's RunPlugin runs `node <@pulumi/pulumi>/cmd/run-plugin <plugin dir> <engine address>`
 * with the plugin directory as working directory. run-plugin registers ts-node (with the package's
 * tsconfig.json), requires the package's `main` (for components/: the compiled bin/index.js, brought
 * up to date first by {@link ensureBuilt}), finds the exported ComponentResource classes and hands
 * them to `componentProviderHost`, whose analyzer reads the package's TypeScript and whose gRPC server
 * prints its port as the first stdout line. The engine then speaks the ResourceProvider protocol to it;
 * this client uses @pulumi/pulumi's own stubs. Start with {@link ComponentHost.start}; always {@link stop}.
 */
export class ComponentHost {
    private constructor(
        private readonly plugin: PluginProcess,
        private readonly client: providerGrpc.ResourceProviderClient,
        /** The plugin directory that was started. */
        readonly dir: string,
    ) {}

    static async start(dir = componentsDir, options: LaunchOptions = {}): Promise<ComponentHost> {
        const pluginDir = path.resolve(dir);
        if (builtProjects.includes(pluginDir)) {
            await ensureBuilt();
        }
        const runner = require.resolve("@pulumi/pulumi/cmd/run-plugin", { paths: [pluginDir] });
        const plugin = await launchPlugin(
            { runner, args: [pluginDir, placeholderEngineAddress], cwd: pluginDir, label: `component provider host for ${pluginDir}` },
            { startTimeoutMs: 60_000, ...options },
        );
        const client = new providerGrpc.ResourceProviderClient(`127.0.0.1:${plugin.port}`, grpc.credentials.createInsecure());
        return new ComponentHost(plugin, client, pluginDir);
    }

    get pid(): number | undefined {
        return this.plugin.child.pid;
    }

    get port(): number {
        return this.plugin.port;
    }

    /** What the host wrote on stderr lately (for failure messages). */
    stderrTail(): string {
        return this.plugin.stderrTail();
    }

    /** GetSchema (version 0), as `pulumi package add` and SDK generation call it: the parsed package schema. */
    async getSchema(): Promise<PackageSchema> {
        return JSON.parse(await this.getSchemaText()) as PackageSchema;
    }

    /** GetSchema's raw JSON text. Rejects with the host's error (e.g. the analyzer's message) as a gRPC error. */
    getSchemaText(): Promise<string> {
        const request = new providerProto.GetSchemaRequest();
        request.setVersion(0);
        return new Promise((resolve, reject) => {
            this.client.getSchema(request, new grpc.Metadata(), { deadline: new Date(Date.now() + rpcDeadlineMs) }, (err: ServiceError | null, response?: providerProto.GetSchemaResponse) => {
                if (err) {
                    reject(err);
                } else {
                    resolve(response!.getSchema());
                }
            });
        });
    }

    /** GetPluginInfo: the version the host reports (package.json `version`). */
    getPluginVersion(): Promise<string> {
        return new Promise((resolve, reject) => {
            this.client.getPluginInfo(new Empty(), new grpc.Metadata(), { deadline: new Date(Date.now() + rpcDeadlineMs) }, (err: ServiceError | null, info?: { getVersion(): string }) => {
                if (err) {
                    reject(err);
                } else {
                    resolve(info!.getVersion());
                }
            });
        });
    }

    /** Closes the client and stops the host process, waiting (bounded) until it has exited. */
    async stop(): Promise<void> {
        this.client.close();
        await stopPlugin(this.plugin);
    }
}
