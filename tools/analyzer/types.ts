/** Enforcement levels as the policy SDK and the CLI spell them. */
export type EnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled";

/**
 * One resource registration to analyze. `RecordedResource` from tools/mocks fits as is; `id` and
 * `propertyDependencies` are optional extras that let stack policies match references by id or,
 * as in a preview where ids are unknown, by the engine's per-property dependencies.
 */
export interface AnalyzerResourceRecord {
    urn: string;
    type: string;
    name: string;
    /** The parent's URN. */
    parent?: string;
    /** The provider reference, `<provider urn>::<provider id>`. */
    provider?: string;
    /** URNs this resource depends on. */
    dependencies?: string[];
    /** Inputs as registered: secrets as Pulumi's secret signature objects, unknowns as `pulumi.unknown`. */
    rawInputs: Record<string, unknown>;
    /** The resource id, when known; sent to AnalyzeStack as the `id` output. */
    id?: string;
    /** Input property name -> URNs that value came from. */
    propertyDependencies?: Record<string, string[]>;
    /** The `protect` resource option. */
    protect?: boolean;
}

/** One verdict of the pack, shaped for printing and for `plan --json`. */
export interface PolicyDiagnostic {
    policy: string;
    level: EnforcementLevel;
    /** The resource the verdict is about; "" for a verdict about the whole stack. */
    urn: string;
    message: string;
}

/**
 * Policy pack configuration in the format of `pulumi preview --policy-pack-config <file>`:
 * policy name -> level, or -> `{ enforcementLevel?, ...settings }`.
 */
export type PolicyPackConfig = Record<string, EnforcementLevel | ({ enforcementLevel?: EnforcementLevel } & Record<string, unknown>)>;

/** The stack the resources belong to, as the CLI describes it to the pack (ConfigureStack). */
export interface StackDescription {
    project?: string;
    stack?: string;
    organization?: string;
    /** Stack tags, visible to policies as `args.stackTags`. */
    tags?: Record<string, string>;
    /** True for a preview. Default: true. */
    dryRun?: boolean;
}

/** What one policy of the pack declares (from GetAnalyzerInfo). */
export interface PolicyInfo {
    name: string;
    description: string;
    level: EnforcementLevel;
    remediationSteps: string;
    /** The policy's config schema properties (JSON Schema), when it has settings. */
    configSchema?: Record<string, unknown>;
}

/** What the pack declares about itself (from GetAnalyzerInfo). */
export interface PackInfo {
    name: string;
    version: string;
    supportsConfig: boolean;
    policies: PolicyInfo[];
}
