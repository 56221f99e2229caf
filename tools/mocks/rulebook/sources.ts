import { InputRule, RulePhase, RuleSource } from "./types";

/**
 * The provider source the rules were read from. @pulumi/alicloud 3.108.0 (published 2026-09-21)
 * carries documentation of provider commits made after v1.289.0 (e.g. the `SECURITY` rule type
 * of alicloud_hbr_policy, commit e59499f4 of 2026-08-20), so it bridges v1.290.0 or later; no
 * snapshot of that tag was available, so every line number refers to the newest commit that was.
 */
export const providerSource = {
    repository: "https://github.com/aliyun/terraform-provider-alicloud",
    commit: "81c43b6727a09e9da37b3d88818c3ba5fa17fa14",
    date: "2026-08-21",
    bridgedBy: "@pulumi/alicloud 3.108.0",
} as const;

/** A line of the provider's source, e.g. `resource_alicloud_vpc.go:212`. */
export function providerLine(file: string, line: number): RuleSource {
    return { where: `alicloud/${file}:${line}` };
}

/** A documentation page and the "last updated" date it showed. */
export function doc(url: string, date: string): RuleSource {
    return { where: url, date };
}

/** How a source is printed in messages and docs. */
export function describeSource(source: RuleSource): string {
    return source.date ? `${source.where} (${source.date})` : `${source.where} @ ${providerSource.commit.slice(0, 12)}`;
}

function show(value: unknown): string {
    return JSON.stringify(value) ?? String(value);
}

/** The field is one of `values` (the provider's StringInSlice / IntInSlice); unset passes. */
export function oneOf(field: string, values: readonly unknown[], source: RuleSource, phase: RulePhase = "preview"): InputRule {
    return {
        id: `${field}-one-of`,
        phase,
        source,
        breaks: { [field]: "not-a-valid-value" },
        check: (inputs) =>
            inputs[field] === undefined || values.includes(inputs[field])
                ? undefined
                : `${field}: ${show(inputs[field])} is not one of ${values.join(", ")}; use one of them`,
    };
}

/** The field is a whole number from `min` to `max` (the provider's IntBetween); unset passes. */
export function intBetween(field: string, min: number, max: number, source: RuleSource, phase: RulePhase = "preview"): InputRule {
    return {
        id: `${field}-range`,
        phase,
        source,
        breaks: { [field]: max + 1 },
        check: (inputs) => {
            const value = inputs[field] === undefined ? undefined : Number(inputs[field]);
            return value === undefined || (Number.isInteger(value) && value >= min && value <= max)
                ? undefined
                : `${field}: ${show(inputs[field])} is out of range; use a whole number from ${min} to ${max}`;
        },
    };
}

/** The field must be set (the provider's Required). */
export function required(field: string, source: RuleSource): InputRule {
    return {
        id: `${field}-required`,
        phase: "preview",
        source,
        breaks: {},
        check: (inputs) => (inputs[field] === undefined || inputs[field] === "" ? `${field}: is required and not set; set it` : undefined),
    };
}

/** At most one of the fields may be set (the provider's ConflictsWith). */
export function conflicting(fields: readonly string[], source: RuleSource): InputRule {
    return {
        id: `${fields.join("-")}-conflict`,
        phase: "preview",
        source,
        breaks: Object.fromEntries(fields.map((f) => [f, "set"])),
        check: (inputs) => {
            const set = fields.filter((f) => inputs[f] !== undefined);
            return set.length > 1 ? `${set.join(" and ")}: conflict, only one may be set; remove ${set.slice(1).join(", ")}` : undefined;
        },
    };
}

/** Exactly one of the fields must be set (the provider's ExactlyOneOf). */
export function exactlyOne(fields: readonly string[], source: RuleSource): InputRule {
    return {
        id: `${fields.join("-")}-exactly-one`,
        phase: "preview",
        source,
        breaks: {},
        check: (inputs) => {
            const set = fields.filter((f) => inputs[f] !== undefined);
            return set.length === 1 ? undefined : `${fields.join(", ")}: exactly one must be set, ${set.length} are; set one of them`;
        },
    };
}

/** A rule written out in full (the cloud's own rules), with inputs that break it. */
export function cloudRule(id: string, source: RuleSource, check: InputRule["check"], breaks: Record<string, any>, phase: RulePhase = "up"): InputRule {
    return { id, phase, source, check, breaks };
}
