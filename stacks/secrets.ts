import * as pulumi from "@pulumi/pulumi";
import { unknownKeyProblem } from "alicloud-blueprints";

// The runtime's own record of which config keys are secret (`pulumi config set --secret`).
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { isConfigSecret } = require("@pulumi/pulumi/runtime/config") as { isConfigSecret(key: string): boolean };

/** One place a secret argument goes in a blueprint's settings, and the secret config key it comes from. */
export interface SecretSlot {
    /** Where the argument goes, e.g. `accounts[1].accessKey`. */
    argPath: string;
    /** The secret config key, e.g. `bAccessKey`. */
    configKey: string;
    /** The object that holds the argument, and the argument's name in it. */
    holder: Record<string, unknown>;
    field: string;
}

const plainWord = /^[A-Za-z0-9_-]+$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** `["jumpHost", "privateKey"]` -> `jumpHostPrivateKey`. */
function camelJoin(words: readonly string[]): string {
    return words.map((word, i) => (i === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1))).join("");
}

/** The secret config key of a path through no list: its words in camelCase (`jumpHost.privateKey` -> `jumpHostPrivateKey`). */
export function fixedSecretKey(path: string): string | undefined {
    return path.includes("[]") ? undefined : camelJoin(path.split("."));
}

/**
 * Every slot of a secret argument path in a blueprint's settings: one for a top-level argument, one
 * per object the path passes through (each item of a list), whether the argument is set there or not.
 * Its config key is the path's words in camelCase, a list item named by its `name`
 * (`accounts[].accessKey` -> `masterAccessKey`, or `<account>AccessKey` for an item without a plain one).
 */
export function secretSlots(settings: Record<string, unknown>, path: string): SecretSlot[] {
    const words = path.split(".");
    const field = words.pop()!;
    let holders = [{ holder: settings, at: "", key: [] as string[] }];
    for (const word of words) {
        const list = word.endsWith("[]");
        const name = list ? word.slice(0, -2) : word;
        holders = holders.flatMap(({ holder, at, key }) => {
            const value = holder[name];
            const here = at === "" ? name : `${at}.${name}`;
            if (!list) {
                return isRecord(value) ? [{ holder: value, at: here, key: [...key, name] }] : [];
            }
            const items = Array.isArray(value) ? value : [];
            return items.flatMap((item, i) => {
                // A name that is no plain word (the name's own check reports it) stays out of keys and messages.
                const itemName = isRecord(item) && typeof item.name === "string" && plainWord.test(item.name) ? item.name : `<${name.replace(/s$/, "")}>`;
                return isRecord(item) ? [{ holder: item, at: `${here}[${i}]`, key: [...key, itemName] }] : [];
            });
        });
    }
    return holders.map(({ holder, at, key }) => ({ holder, field, argPath: at === "" ? field : `${at}.${field}`, configKey: camelJoin([...key, field]) }));
}

/** How to set a secret config key (`namespace:key`), for messages. */
export function setSecretHint(fullKey: string): string {
    const value = /privateKey$/i.test(fullKey)
        ? "< ~/.ssh/id_ed25519"
        : /secretKey$/i.test(fullKey)
          ? "<AccessKey secret>"
          : /accessKey$/i.test(fullKey)
            ? "<AccessKey ID>"
            : "<value>";
    return `\`pulumi config set --secret ${fullKey} ${value}\``;
}

/** A problem when a secret config key (`namespace:key`) was set in plain text. */
export function plainSecretProblem(fullKey: string): string | undefined {
    if (isConfigSecret(fullKey)) {
        return undefined;
    }
    return `${fullKey}: is set in plain text, but it is a secret; run \`pulumi config rm ${fullKey}\`, then ${setSecretHint(fullKey)}`;
}

/** The secret value of a key, when set. */
export function secretValue(config: pulumi.Config, key: string): pulumi.Output<string> | undefined {
    return config.getSecret(key);
}

/**
 * Problems with the keys set in one config namespace: a key not in `known` (nobody reads it; the
 * closest known key as a hint) and a key of `secretKeys` set in plain text.
 */
export function namespaceKeyProblems(namespace: string, known: readonly string[], secretKeys: readonly string[]): string[] {
    const problems: string[] = [];
    for (const fullKey of Object.keys(pulumi.runtime.allConfig()).sort()) {
        if (!fullKey.startsWith(`${namespace}:`)) {
            continue;
        }
        const key = fullKey.slice(namespace.length + 1);
        if (!known.includes(key)) {
            problems.push(unknownKeyProblem(namespace, key, known));
        } else if (secretKeys.includes(key)) {
            const plain = plainSecretProblem(fullKey);
            if (plain !== undefined) problems.push(plain);
        }
    }
    return problems;
}
