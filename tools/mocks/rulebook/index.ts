/**
 * The rulebook of the cloud: for every resource type and look-up the blueprints use, what the
 * provider checks at preview and what the cloud rejects or waits for at `pulumi up`, each rule with
 * its source. The mocks enforce it on every registration and look-up (see ../alibabaMocks.ts) and
 * on the whole plan (planRules.ts); `plan --ram-policy` derives the deploy role from it.
 */
import { bandwidthResources } from "./bandwidth";
import { cenResources } from "./cen";
import { ecsResources } from "./ecs";
import { havipResources } from "./havip";
import { kvstoreResources } from "./kvstore";
import { localResources } from "./local";
import { lookups } from "./lookups";
import { rdsResources } from "./rds";
import { slbResources } from "./slb";
import { describeSource } from "./sources";
import { LookupEntry, ResourceEntry, RuleContext, Violation } from "./types";
import { vpcResources } from "./vpc";

export * from "./types";
export { describeSource, providerSource } from "./sources";

const resourceList: ResourceEntry[] = [
    ...vpcResources,
    ...ecsResources,
    ...havipResources,
    ...bandwidthResources,
    ...slbResources,
    ...rdsResources,
    ...kvstoreResources,
    ...cenResources,
    ...localResources,
];

/** Every resource type the rulebook knows, by type token. */
export const resourceEntries: ReadonlyMap<string, ResourceEntry> = new Map(resourceList.map((entry) => [entry.type, entry]));

/** Every look-up the rulebook knows, by invoke token. */
export const lookupEntries: ReadonlyMap<string, LookupEntry> = new Map(lookups.map((entry) => [entry.token, entry]));

/** The violations of one registration's inputs; an unknown type is a violation of its own. */
export function resourceViolations(type: string, name: string, inputs: Record<string, any>, context: RuleContext): Violation[] {
    const entry = resourceEntries.get(type);
    if (entry === undefined) {
        return [
            {
                rule: "type-known",
                phase: "preview",
                type,
                name,
                message: `the rulebook does not know ${type}; add its provider rules to tools/mocks/rulebook before planning it`,
                source: { where: "tools/mocks/rulebook/index.ts" },
            },
        ];
    }
    return entry.rules.flatMap((rule) => {
        const message = rule.check(inputs, context);
        return message === undefined ? [] : [{ rule: rule.id, phase: rule.phase, type, name, message, source: rule.source }];
    });
}

/** The violations of one look-up's arguments (what the provider would refuse at preview). */
export function lookupViolations(token: string, inputs: Record<string, any>, context: RuleContext): Violation[] {
    const entry = lookupEntries.get(token);
    if (entry === undefined) {
        return [
            {
                rule: "lookup-known",
                phase: "preview",
                type: token,
                name: token,
                message: `the rulebook does not know the look-up ${token}; add it to tools/mocks/rulebook/lookups.ts`,
                source: { where: "tools/mocks/rulebook/lookups.ts" },
            },
        ];
    }
    return entry.rules.flatMap((rule) => {
        const message = rule.check(inputs, context);
        return message === undefined ? [] : [{ rule: rule.id, phase: rule.phase, type: token, name: token, message, source: rule.source }];
    });
}

const phaseWords = { preview: "`pulumi preview` would fail", up: "`pulumi up` would fail" } as const;

/** One line per violation: resource, message, when the real cloud would fail, and the source. */
export function formatViolations(violations: readonly Violation[]): string {
    const lines = violations.map((v) => `  - ${v.type} ${v.name}: ${v.message} [${phaseWords[v.phase]}; ${describeSource(v.source)}]`);
    return `the cloud would reject this plan (${violations.length} problem${violations.length === 1 ? "" : "s"}):\n${lines.join("\n")}`;
}

/** Thrown when a plan breaks the rulebook: every violation at once, as the cloud's reasons with the fix. */
export class RulebookError extends Error {
    constructor(readonly violations: readonly Violation[]) {
        super(formatViolations(violations));
        this.name = "RulebookError";
    }
}
