/**
 * The shape of the rulebook: what the provider and the cloud accept for one resource type or
 * look-up, each rule with the place it comes from, so a reviewer can check it against its source.
 */

/** Where a rule comes from: a line of the provider's source, or a documentation page and its date. */
export interface RuleSource {
    /** A file of aliyun/terraform-provider-alicloud with its line (`alicloud/x.go:120`), or a documentation URL. */
    where: string;
    /** For a documentation page: the "last updated" date it showed when read. Default: none (a provider line). */
    date?: string;
}

/**
 * When the real cloud would fail: `preview` for the provider's schema checks (run by
 * `pulumi preview`), `up` for what only the cloud API rejects or the provider waits for.
 */
export type RulePhase = "preview" | "up";

/** What the mocks know about the cloud when a resource is checked. */
export interface RuleContext {
    /** The account's site: the China site (`Domestic`) or the international one. */
    site: "Domestic" | "International";
    /** The block of a vSwitch the program or the mocks know, by id. */
    vswitchCidr(id: string): string | undefined;
    /** The zone of a vSwitch the program or the mocks know, by id. */
    vswitchZone(id: string): string | undefined;
    /** The zones the region's transit router serves. */
    transitRouterZones(): string[];
    /** The storage range of an RDS class where it is sold in a zone; undefined where it is not. */
    rdsClassStorage(zoneId: string, query: RdsClassQuery): { min: number; max: number; step: number } | undefined;
    /** Whether a Redis (master-replica) class is sold in a zone for an engine version. */
    redisClassSold(zoneId: string, engineVersion: string, instanceClass: string): boolean;
}

/** What an RDS class is asked for. */
export interface RdsClassQuery {
    engine: string;
    engineVersion: string;
    category: string;
    storageType: string;
    instanceClass: string;
}

/** A rule on one resource's inputs; returns the problem (the cloud's reason and the fix) or nothing. */
export interface InputRule {
    id: string;
    phase: RulePhase;
    source: RuleSource;
    check(inputs: Record<string, any>, context: RuleContext): string | undefined;
    /** Inputs that break the rule (in the rulebook spec's context), so every rule is shown to fire. */
    breaks: Record<string, any>;
}

/** Provider default timeouts in minutes (schema.ResourceTimeout), with the line they are declared on. */
export interface DefaultTimeouts {
    create?: number;
    update?: number;
    delete?: number;
    source: RuleSource;
}

/** The states the provider's create waits for (the StateRefreshFunc targets) and the attribute it reads. */
export interface WaitedStates {
    attribute: string;
    targets: string[];
    source: RuleSource;
}

/** Everything the rulebook knows about one resource type. */
export interface ResourceEntry {
    /** The Pulumi type token, e.g. `alicloud:vpc/network:Network`. */
    type: string;
    /** The Terraform resource the bridge maps it to, e.g. `alicloud_vpc`. Default: none (not an alicloud resource). */
    terraform?: string;
    /** The provider file the schema is read from. */
    file?: string;
    /** The RAM actions the provider's create, read, update and delete call (see ramActions.ts). */
    ram: readonly string[];
    timeouts?: DefaultTimeouts;
    waitsFor?: WaitedStates;
    /** The state attribute the provider reports (`status`) and the value the mocks answer. */
    reportedStatus?: { attribute: string; value: string };
    rules: readonly InputRule[];
}

/** Everything the rulebook knows about one data source (look-up). */
export interface LookupEntry {
    /** The Pulumi invoke token, e.g. `alicloud:ecs/getInstanceTypes:getInstanceTypes`. */
    token: string;
    terraform: string;
    file: string;
    /** RAM actions the look-up calls; extra actions some arguments add (e.g. `sortedBy: Price`). */
    ram: readonly string[];
    ramWhen?: ReadonlyArray<{ when: (inputs: Record<string, any>) => boolean; actions: readonly string[]; why: string; source: RuleSource }>;
    rules: readonly InputRule[];
}

/** One thing the cloud (or the provider) would reject in a plan. */
export interface Violation {
    rule: string;
    phase: RulePhase;
    type: string;
    /** The resource name, or the look-up token. */
    name: string;
    message: string;
    source: RuleSource;
}
