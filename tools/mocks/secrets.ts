import * as pulumi from "@pulumi/pulumi";

const { specialSigKey, specialSecretSig } = pulumi.runtime;

/** True for a deserialized secret wrapper (`{<sig>: <secret sig>, value}`). */
export function isSecretWrapper(value: unknown): value is { value: unknown } {
    return typeof value === "object" && value !== null && (value as Record<string, unknown>)[specialSigKey] === specialSecretSig;
}

/** The value with every secret replaced by `replacement` (or unwrapped, when `replacement` is undefined). */
export function mapSecrets(value: unknown, replacement?: string): unknown {
    if (isSecretWrapper(value)) {
        return replacement ?? mapSecrets(value.value, replacement);
    }
    if (Array.isArray(value)) {
        return value.map((item) => mapSecrets(item, replacement));
    }
    if (typeof value === "object" && value !== null) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapSecrets(v, replacement)]));
    }
    return value;
}

/** Paths (e.g. `password`, `connection.privateKey`) of the secret values inside `value`. */
export function secretPaths(value: unknown, path = ""): string[] {
    if (isSecretWrapper(value)) {
        return [path];
    }
    if (typeof value === "object" && value !== null) {
        return Object.entries(value).flatMap(([k, v]) => secretPaths(v, path ? `${path}.${k}` : k));
    }
    return [];
}
