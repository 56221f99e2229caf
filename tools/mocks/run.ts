import * as pulumi from "@pulumi/pulumi";
import { AlibabaMocks } from "./alibabaMocks";
import { mapSecrets, secretPaths } from "./secrets";

/** One resource registration as the engine would have seen it. */
export interface RecordedResource {
    urn: string;
    type: string;
    name: string;
    /** The parent's URN; absent for the stack itself. */
    parent?: string;
    /** The provider reference (`<provider urn>::<id>`) when one was given explicitly or inherited. */
    provider?: string;
    custom: boolean;
    /** The id the mocks gave it (custom resources only). */
    id?: string;
    /** URNs this resource depends on (data flow and `dependsOn`). */
    dependencies: string[];
    /** Per input property, the URNs its value came from (how stack policies match unknown ids). */
    propertyDependencies: Record<string, string[]>;
    /** Input properties whose changes the engine ignores (`ignoreChanges`). */
    ignoreChanges: string[];
    /** Inputs as sent, secrets still wrapped; use {@link plainInputs} / {@link maskedInputs}. */
    rawInputs: Record<string, unknown>;
}

/** The inputs with secrets unwrapped: what the provider would receive. */
export function plainInputs(resource: RecordedResource): Record<string, any> {
    return mapSecrets(resource.rawInputs) as Record<string, any>;
}

/** The inputs with every secret shown as `[secret]`: what may be printed. */
export function maskedInputs(resource: RecordedResource): Record<string, unknown> {
    return mapSecrets(resource.rawInputs, "[secret]") as Record<string, unknown>;
}

/** Paths of the secret inputs of a resource. */
export function secretInputPaths(resource: RecordedResource): string[] {
    return secretPaths(resource.rawInputs);
}

export interface MockedRunOptions {
    project?: string;
    stack?: string;
    region?: string;
    /** Run as a preview (`pulumi preview`), the default, or as an update. */
    preview?: boolean;
    /** Flat Pulumi config (`ns:key` -> string value); replaces the current config. */
    config?: Record<string, string>;
    secretConfigKeys?: string[];
}

/**
 * A program run under {@link AlibabaMocks} that records every resource registration with its
 * parent, provider and dependencies (the mock monitor alone keeps only URNs and state).
 */
export class MockedRun {
    readonly resources: RecordedResource[] = [];
    readonly mocks: AlibabaMocks;

    constructor(options: MockedRunOptions = {}) {
        this.mocks = new AlibabaMocks(options.region ?? options.config?.["alicloud:region"] ?? "cn-hangzhou");
        pulumi.runtime.setAllConfig(options.config ?? {}, options.secretConfigKeys);
        pulumi.runtime.setMocks(this.mocks, options.project ?? "project", options.stack ?? "stack", options.preview ?? true);
        this.recordRegistrations();
    }

    /** Waits until every registration the program started has been answered. */
    async settled(): Promise<void> {
        await pulumi.runtime.disconnect();
    }

    /** Recorded resources of one type token. */
    ofType(type: string): RecordedResource[] {
        return this.resources.filter((r) => r.type === type);
    }

    private recordRegistrations(): void {
        const monitor = pulumi.runtime.getMonitor() as any;
        const register = monitor.registerResource.bind(monitor);
        monitor.registerResource = (req: any, callback: (err: unknown, resp: any) => void) =>
            register(req, (err: unknown, resp: any) => {
                if (!err) {
                    const propertyDependencies: Record<string, string[]> = {};
                    req.getPropertydependenciesMap().forEach((deps: any, property: string) => {
                        propertyDependencies[property] = deps.getUrnsList();
                    });
                    this.resources.push({
                        urn: resp.getUrn(),
                        type: req.getType(),
                        name: req.getName(),
                        parent: req.getParent() || undefined,
                        provider: req.getProvider() || undefined,
                        custom: req.getCustom(),
                        id: req.getCustom() ? resp.getId() || undefined : undefined,
                        dependencies: req.getDependenciesList(),
                        propertyDependencies,
                        ignoreChanges: req.getIgnorechangesList(),
                        rawInputs: pulumi.runtime.deserializeProperties(req.getObject()),
                    });
                }
                callback(err, resp);
            });
    }
}
