import * as pulumi from "@pulumi/pulumi";
import { AlibabaMocks } from "./alibabaMocks";
import { RulebookError } from "./rulebook";
import { planViolations } from "./rulebook/planRules";
import { mapSecrets, secretPaths } from "./secrets";

/**
 * The resource options of a registration, as the engine receives them (read from the
 * RegisterResourceRequest, so inherited values such as a parent's provider are included).
 */
export interface RecordedOptions {
    /** Set only when the program (or a parent) set it. */
    protect?: boolean;
    /** URNs the resource waits for without a data flow: its dependencies that no input carries. */
    dependsOn: string[];
    /** Set only when the program set at least one of them. */
    customTimeouts?: { create?: string; update?: string; delete?: string };
    ignoreChanges: string[];
    /** Set only when the program set it. */
    deleteBeforeReplace?: boolean;
    replaceOnChanges: string[];
    /** Set only when the program set it. */
    retainOnDelete?: boolean;
    /** The provider's URN when one was given explicitly or inherited. */
    provider?: string;
}

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
    /** Inputs as sent, secrets still wrapped; use {@link plainInputs} / {@link maskedInputs}. */
    rawInputs: Record<string, unknown>;
    /** The resource options the engine would receive. */
    options: RecordedOptions;
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
    /** Fail {@link MockedRun.settled} when the rulebook finds a problem. Default: true. */
    enforceRulebook?: boolean;
}

/**
 * A program run under {@link AlibabaMocks} that records every resource registration with its
 * parent, provider and dependencies (the mock monitor alone keeps only URNs and state).
 */
export class MockedRun {
    readonly resources: RecordedResource[] = [];
    readonly mocks: AlibabaMocks;
    private readonly enforceRulebook: boolean;

    constructor(options: MockedRunOptions = {}) {
        const site = options.config?.["alicloud:accountType"] === "International" ? "International" : "Domestic";
        this.mocks = new AlibabaMocks(options.region ?? options.config?.["alicloud:region"] ?? "cn-hangzhou", { site });
        this.enforceRulebook = options.enforceRulebook ?? true;
        pulumi.runtime.setAllConfig(options.config ?? {}, options.secretConfigKeys);
        pulumi.runtime.setMocks(this.mocks, options.project ?? "project", options.stack ?? "stack", options.preview ?? true);
        this.recordRegistrations();
    }

    /**
     * Waits until every registration the program started has been answered, then applies the
     * rulebook: throws a {@link RulebookError} listing every registration the provider or the cloud
     * would refuse (unless `enforceRulebook: false`; see {@link violations}).
     */
    async settled(): Promise<void> {
        await pulumi.runtime.disconnect();
        const violations = this.violations();
        if (this.enforceRulebook && violations.length > 0) {
            throw new RulebookError(violations);
        }
    }

    /** What the rulebook finds wrong with the registrations so far: each one, then the plan as a whole. */
    violations() {
        return [...this.mocks.violations, ...planViolations(this.resources)];
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
                        rawInputs: pulumi.runtime.deserializeProperties(req.getObject()),
                        options: optionsOf(req, propertyDependencies),
                    });
                }
                callback(err, resp);
            });
    }
}

/** The options a RegisterResourceRequest carries, in the shape `plan --json` prints. */
function optionsOf(req: any, propertyDependencies: Record<string, string[]>): RecordedOptions {
    const carried = new Set(Object.values(propertyDependencies).flat());
    const timeouts = req.getCustomtimeouts();
    const customTimeouts = Object.fromEntries(
        (["create", "update", "delete"] as const)
            .map((op) => [op, timeouts?.[`get${op[0].toUpperCase()}${op.slice(1)}`]() || undefined] as const)
            .filter(([, value]) => value !== undefined),
    );
    const provider: string = req.getProvider();
    return {
        protect: req.hasProtect() ? req.getProtect() : undefined,
        dependsOn: (req.getDependenciesList() as string[]).filter((urn) => !carried.has(urn)),
        customTimeouts: Object.keys(customTimeouts).length > 0 ? customTimeouts : undefined,
        ignoreChanges: req.getIgnorechangesList(),
        deleteBeforeReplace: req.getDeletebeforereplacedefined() ? req.getDeletebeforereplace() : undefined,
        replaceOnChanges: req.getReplaceonchangesList(),
        retainOnDelete: req.hasRetainondelete() ? req.getRetainondelete() : undefined,
        provider: provider ? provider.slice(0, provider.lastIndexOf("::")) : undefined,
    };
}
