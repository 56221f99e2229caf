import * as pulumi from "@pulumi/pulumi";
import { ArgContext, argShapeProblems, blueprintArgProblems, invalidArgumentsMessage, regionProblem, unknownKeyProblem } from "alicloud-blueprints";
import { BlueprintEntry, BlueprintKey, blueprintCatalog, blueprintKeys, projectNamespace } from "./catalog";
import { accountKeySuffixes, plainSecretProblem, secretKeyOf, secretValue, setSecretHint, sshPrivateKeyKey } from "./secrets";

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

/** Reports and removes secret arguments written into a blueprint's object; returns the object without them. */
function withoutSecretArgs(key: BlueprintKey, raw: Record<string, unknown>, reading: Reading): Record<string, unknown> {
    const full = `${projectNamespace}:${key}`;
    const clean: Record<string, unknown> = { ...raw };
    for (const path of (blueprintCatalog[key] as BlueprintEntry).secretArgs) {
        const [head, field] = path.split("[].");
        if (field === undefined) {
            if (head in clean) {
                reading.problems.push(secretArgProblem(`${full}.${head}`, secretKeyOf(head)));
                delete clean[head];
            }
            continue;
        }
        const list = clean[head];
        if (Array.isArray(list)) {
            clean[head] = list.map((item, i) => {
                if (typeof item !== "object" || item === null || !(field in item)) return item;
                const { [field]: _secret, ...rest } = item as Record<string, unknown>;
                reading.problems.push(secretArgProblem(`${full}.${head}[${i}].${field}`, secretKeyOf(path, String(rest.name ?? `<account>`))));
                return rest;
            });
        }
    }
    return clean;
}

function secretArgProblem(at: string, secretKey: string): string {
    return `${at}: is a secret and belongs in its own secret config key, not in the blueprint's settings; remove it and run ${setSecretHint(secretKey)}`;
}

/** Merges the secret keys into a blueprint's arguments (after its shape was checked). */
function withSecrets(key: BlueprintKey, args: Record<string, unknown>, config: pulumi.Config, reading: Reading): Record<string, unknown> {
    const take = (secretKey: string) => {
        reading.secretKeys.add(secretKey);
        return secretValue(config, secretKey);
    };
    if (key === "cenMesh") {
        const accounts = (args.accounts as Array<Record<string, unknown>>).map((account) => {
            const [accessKey, secretKey] = accountKeySuffixes.map((suffix) => take(`${account.name}${suffix}`));
            return accessKey || secretKey ? { ...account, accessKey, secretKey } : account;
        });
        return { ...args, accounts };
    }
    if ((blueprintCatalog[key].secretArgs as readonly string[]).includes(sshPrivateKeyKey)) {
        const sshPrivateKey = take(sshPrivateKeyKey);
        return sshPrivateKey ? { ...args, sshPrivateKey } : args;
    }
    return args;
}

/** A blueprint's own problems as stack-config lines: under its key, secret arguments under their secret keys. */
function underKey(key: BlueprintKey, problems: readonly string[]): string[] {
    return problems.map((problem) => {
        const secret = /^(sshPrivateKey|accounts\[\d+\]\.(accessKey|secretKey)):/.exec(problem);
        return secret ? `${projectNamespace}:${secretKeyOf(secret[1])}${problem.slice(secret[1].length)}` : `${projectNamespace}:${key}.${problem}`;
    });
}

/** Top-level `alicloud-blueprints:*` keys nobody reads (a misspelt blueprint is not silently skipped) and plain-text secrets. */
function topLevelProblems(reading: Reading, accountNames: readonly string[]): string[] {
    const known = [...blueprintKeys, sshPrivateKeyKey, ...accountNames.flatMap((name) => accountKeySuffixes.map((suffix) => `${name}${suffix}`))];
    const problems: string[] = [];
    for (const fullKey of Object.keys(pulumi.runtime.allConfig()).sort()) {
        if (!fullKey.startsWith(`${projectNamespace}:`)) {
            continue;
        }
        const key = fullKey.slice(projectNamespace.length + 1);
        if (!known.includes(key)) {
            problems.push(unknownKeyProblem(projectNamespace, key, known));
        } else if (reading.secretKeys.has(key) || key === sshPrivateKeyKey) {
            const plain = plainSecretProblem(key);
            if (plain !== undefined) problems.push(plain);
        }
    }
    return problems;
}

function readRegion(problems: string[]): string | undefined {
    const region = new pulumi.Config("alicloud").get("region");
    if (region === undefined) {
        problems.push("alicloud:region: is required and not set; run `pulumi config set alicloud:region cn-hangzhou` (or your region)");
        return undefined;
    }
    const problem = regionProblem("alicloud:region", region);
    if (problem !== undefined) {
        problems.push(problem);
        return undefined;
    }
    return region;
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
    const accountNames: string[] = [];
    for (const key of blueprintKeys) {
        const raw = readObject(config, key, reading);
        if (raw === undefined) {
            continue;
        }
        const entry: BlueprintEntry = blueprintCatalog[key];
        const clean = withoutSecretArgs(key, raw, reading);
        if (key === "cenMesh" && Array.isArray(clean.accounts)) {
            accountNames.push(...clean.accounts.map((a) => (a as { name?: unknown })?.name).filter((n): n is string => typeof n === "string"));
        }
        const shape = argShapeProblems(entry.spec.component, clean, `${projectNamespace}:${key}`, entry.secretArgs);
        if (shape.length > 0) {
            reading.problems.push(...shape);
            continue;
        }
        const args = withSecrets(key, clean, config, reading);
        reading.problems.push(...underKey(key, blueprintArgProblems(entry.spec, args, context)));
        blueprints[key] = args;
    }
    reading.problems.push(...topLevelProblems(reading, accountNames));
    if (reading.problems.length === 0 && Object.keys(blueprints).length === 0) {
        const keys = blueprintKeys.map((k) => `${projectNamespace}:${k}`);
        reading.problems.push(`this stack configures no blueprint; set at least one of ${keys.join(", ")} (see README)`);
    }
    if (reading.problems.length > 0) {
        throw new StackConfigError(reading.problems);
    }
    return { region: region!, blueprints };
}
