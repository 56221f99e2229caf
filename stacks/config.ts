import * as pulumi from "@pulumi/pulumi";
import { ArgContext, argShapeProblems, blueprintArgProblems, invalidArgumentsMessage } from "alicloud-blueprints";
import { BlueprintEntry, BlueprintKey, blueprintCatalog, blueprintKeys, projectNamespace } from "./catalog";
import { providerConfigProblems, readRegion } from "./providerConfig";
import { fixedSecretKey, namespaceKeyProblems, SecretSlot, secretSlots, secretValue, setSecretHint } from "./secrets";

/** What one stack builds, read from its Pulumi.<stack>.yaml and checked in one pass. */
export interface StackConfig {
    region: string;
    /** The arguments of every configured blueprint, secrets from secret config merged in. */
    blueprints: Partial<Record<BlueprintKey, Record<string, unknown>>>;
}

/**
 * Thrown for bad stack config: every problem of the stack config and of every blueprint at once,
 * before any resource exists. A RunError, so the engine prints the message without a stack trace.
 */
export class StackConfigError extends pulumi.RunError {
    constructor(readonly problems: readonly string[]) {
        super(invalidArgumentsMessage("the stack configuration", problems).replace(/^the stack configuration has invalid arguments:/, "invalid stack configuration:"));
        this.name = "StackConfigError";
    }
}

interface Reading {
    problems: string[];
    /** The secret config keys the configured blueprints read (an account's keys, ...). */
    secretKeys: Set<string>;
}

/** The value of `alicloud-blueprints:<key>` as an object, or undefined (problems recorded). */
function readObject(config: pulumi.Config, key: string, reading: Reading): Record<string, unknown> | undefined {
    const full = `${projectNamespace}:${key}`;
    const text = config.get(key);
    if (text === undefined) {
        return undefined;
    }
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch {
        value = text;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
        reading.problems.push(`${full}: is ${text.trim() === "" || value === null ? "empty" : "not a mapping of settings"}; write the blueprint's settings under it (see README), e.g. nodeCount: 2`);
        return undefined;
    }
    return value as Record<string, unknown>;
}

/** Where a blueprint's secret arguments go in its settings, and the secret config keys they come from. */
function slotsOf(key: BlueprintKey, settings: Record<string, unknown>): SecretSlot[] {
    return (blueprintCatalog[key] as BlueprintEntry).secretArgs.flatMap((path) => secretSlots(settings, path));
}

/**
 * Reports and removes secret arguments written into a blueprint's object (their values never reach a
 * message); returns the object without them and records the secret keys the blueprint reads.
 */
function withoutSecretArgs(key: BlueprintKey, raw: Record<string, unknown>, reading: Reading): Record<string, unknown> {
    const clean = structuredClone(raw);
    for (const slot of slotsOf(key, clean)) {
        if (!slot.configKey.includes("<")) reading.secretKeys.add(slot.configKey);
        if (slot.field in slot.holder) {
            reading.problems.push(
                `${projectNamespace}:${key}.${slot.argPath}: is a secret and belongs in its own secret config key, not in the blueprint's settings; remove it and run ${setSecretHint(`${projectNamespace}:${slot.configKey}`)}`,
            );
            delete slot.holder[slot.field];
        }
    }
    return clean;
}

/** Merges the secret keys into a blueprint's arguments (after its shape was checked). */
function withSecrets(key: BlueprintKey, args: Record<string, unknown>, config: pulumi.Config): Record<string, unknown> {
    const merged = structuredClone(args);
    for (const slot of slotsOf(key, merged)) {
        const value = secretValue(config, slot.configKey);
        if (value !== undefined) slot.holder[slot.field] = value;
    }
    return merged;
}

/** A blueprint's own problems as stack-config lines: under its key, secret arguments under their secret keys. */
function underKey(key: BlueprintKey, args: Record<string, unknown>, problems: readonly string[]): string[] {
    const slots = slotsOf(key, args);
    return problems.map((problem) => {
        const slot = slots.find((s) => problem.startsWith(`${s.argPath}:`));
        return slot ? `${projectNamespace}:${slot.configKey}${problem.slice(slot.argPath.length)}` : `${projectNamespace}:${key}.${problem}`;
    });
}

/** The secret keys every stack may set, whatever its blueprints' settings hold (`sshPrivateKey`, ...). */
const fixedSecretKeys = [...new Set(blueprintKeys.flatMap((key) => (blueprintCatalog[key] as BlueprintEntry).secretArgs.flatMap((path) => fixedSecretKey(path) ?? [])))];

/** Top-level `alicloud-blueprints:*` keys nobody reads (a misspelt blueprint is not silently skipped) and plain-text secrets. */
function topLevelProblems(reading: Reading): string[] {
    const secretKeys = [...new Set([...fixedSecretKeys, ...reading.secretKeys])];
    return namespaceKeyProblems(projectNamespace, [...blueprintKeys, ...secretKeys], secretKeys);
}

/**
 * Reads and checks the whole stack config in one pass: the region, every top-level key, and every
 * configured blueprint with the same checks its component runs. Every problem is reported together,
 * before any resource is registered.
 */
export function readStackConfig(): StackConfig {
    const reading: Reading = { problems: [], secretKeys: new Set() };
    const region = readRegion(reading.problems);
    const context: ArgContext = { region };
    const config = new pulumi.Config(projectNamespace);
    const blueprints: StackConfig["blueprints"] = {};
    for (const key of blueprintKeys) {
        const raw = readObject(config, key, reading);
        if (raw === undefined) {
            continue;
        }
        const entry: BlueprintEntry = blueprintCatalog[key];
        const clean = withoutSecretArgs(key, raw, reading);
        const shape = argShapeProblems(entry.spec.component, clean, `${projectNamespace}:${key}`, entry.secretArgs);
        if (shape.length > 0) {
            reading.problems.push(...shape);
            continue;
        }
        const args = withSecrets(key, clean, config);
        reading.problems.push(...underKey(key, args, blueprintArgProblems(entry.spec, args, context)));
        blueprints[key] = args;
    }
    reading.problems.push(...providerConfigProblems(), ...topLevelProblems(reading));
    if (reading.problems.length === 0 && Object.keys(blueprints).length === 0) {
        const keys = blueprintKeys.map((k) => `${projectNamespace}:${k}`);
        reading.problems.push(`this stack configures no blueprint; set at least one of ${keys.join(", ")} (see README)`);
    }
    if (reading.problems.length > 0) {
        throw new StackConfigError(reading.problems);
    }
    return { region: region!, blueprints };
}
