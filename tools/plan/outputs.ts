import * as pulumi from "@pulumi/pulumi";

/** What a secret stack output is shown as. */
export const maskedSecret = "[secret]";

/**
 * Resolves stack outputs to plain JSON, showing every secret as `[secret]`, at the depth where it
 * is secret (a secret password inside an object hides only the password).
 */
export async function resolveMasked(value: unknown): Promise<unknown> {
    if (pulumi.Output.isInstance(value)) {
        if (await pulumi.isSecret(value)) {
            return maskedSecret;
        }
        const inner = await new Promise<unknown>((resolve) => value.apply((v) => resolve(v)));
        return resolveMasked(inner);
    }
    if (value instanceof Promise) {
        return resolveMasked(await value);
    }
    if (Array.isArray(value)) {
        return Promise.all(value.map(resolveMasked));
    }
    if (pulumi.Resource.isInstance(value)) {
        return `[resource ${await new Promise((resolve) => value.urn.apply(resolve))}]`;
    }
    if (typeof value === "object" && value !== null) {
        const entries = await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await resolveMasked(v)] as const));
        return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
    }
    return value;
}
