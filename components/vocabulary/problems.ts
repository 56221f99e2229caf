import * as pulumi from "@pulumi/pulumi";
import { closest, distance } from "fastest-levenshtein";

/** How much of a value a message quotes before it shortens it. */
export const maxQuotedLength = 60;

/** True for a Pulumi Output or a Promise: a value not known while the arguments are checked. */
export function isEventual(value: unknown): boolean {
    return pulumi.Output.isInstance(value) || value instanceof Promise;
}

/**
 * A value as a message quotes it: strings in JSON quotes with control characters escaped (a
 * newline shows as `\n`, an escape byte as `\u001b`) and shortened past {@link maxQuotedLength}
 * characters; `NaN` and infinities by name; an Output as "an Output".
 */
export function describeValue(value: unknown): string {
    if (typeof value === "string") {
        const shown = value.length > maxQuotedLength ? `${JSON.stringify(value.slice(0, maxQuotedLength))}... (${value.length} characters)` : JSON.stringify(value);
        return shown.replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    }
    if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
        return String(value);
    }
    if (value === undefined) {
        return "not set";
    }
    if (pulumi.Output.isInstance(value)) {
        return "an Output";
    }
    if (value instanceof Promise) {
        return "a Promise";
    }
    let text: string;
    try {
        text = JSON.stringify(value) ?? String(value);
    } catch {
        text = String(value);
    }
    return text.length > maxQuotedLength ? `${text.slice(0, maxQuotedLength)}... (${text.length} characters)` : text;
}

/** "a number", "an array", "an object": the word with its article. */
export function withArticle(word: string): string {
    return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

/** The closest of `known` when `value` is likely a typo of it (names only, not numbers), else undefined. */
export function closestMatch(value: string, known: readonly string[]): string | undefined {
    if (known.length === 0 || !/[a-z]/i.test(value)) {
        return undefined;
    }
    const best = closest(value, known);
    return distance(value, best) <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}

/** ` (did you mean "x"?)` for the closest of `known` when it is a likely typo of `value`, else "". */
export function closestHint(value: string, known: readonly string[]): string {
    const best = closestMatch(value, known);
    return best === undefined ? "" : ` (did you mean ${JSON.stringify(best)}?)`;
}

/**
 * Collects every problem found in a component's arguments so that the user sees all of them at
 * once, at preview time, before any child resource exists.
 */
export class ArgProblems {
    private readonly messages: string[] = [];

    /** Records a problem (or nothing for undefined); the message names the argument, the value and the fix. */
    add(message: string | undefined): void {
        if (message !== undefined) {
            this.messages.push(message);
        }
    }

    /** Records every message of a list (as returned by the network core's checks). */
    addAll(messages: readonly (string | undefined)[]): void {
        messages.forEach((m) => this.add(m));
    }

    get list(): string[] {
        return [...this.messages];
    }

    /**
     * Throws one ResourceError listing every problem, if there is any. The stack trace is hidden:
     * the message names the argument, the value and the fix, which is all the user needs.
     */
    throwIfAny(resource: pulumi.Resource, componentType: string, name: string): void {
        if (this.messages.length > 0) {
            throw new pulumi.ResourceError(invalidArgumentsMessage(`${componentType} "${name}"`, this.messages), resource, true);
        }
    }
}

/** `<what> has invalid arguments:` and one indented `- problem` line each. */
export function invalidArgumentsMessage(what: string, problems: readonly string[]): string {
    return `${what} has invalid arguments:\n${problems.map((p) => `  - ${p}`).join("\n")}`;
}

/**
 * Bad arguments of a pure helper (a renderer called directly): a RunError, so the engine prints
 * the message, in the components' format, without a stack trace.
 */
export class InvalidArgumentsError extends pulumi.RunError {
    constructor(what: string, readonly problems: readonly string[]) {
        super(invalidArgumentsMessage(what, problems));
        this.name = "InvalidArgumentsError";
    }
}

/**
 * A RunError whose stack is its message. Thrown inside an apply (a failed look-up), an error
 * travels into every resource and look-up that uses the value, and the SDK logs its `stack` there:
 * this one shows the message only.
 */
export function plainRunError(message: string): pulumi.RunError {
    const error = new pulumi.RunError(message);
    error.stack = message;
    return error;
}

/** Throws an {@link InvalidArgumentsError} when `problems` holds any. */
export function throwIfProblems(what: string, problems: readonly (string | undefined)[]): void {
    const found = problems.filter((p): p is string => p !== undefined);
    if (found.length > 0) {
        throw new InvalidArgumentsError(what, found);
    }
}

/** A whole number within [min, max], or a message for `arg` that says what to use. */
export function integerProblem(arg: string, value: number, min: number, max: number): string | undefined {
    if (!Number.isInteger(value) || value < min || value > max) {
        return `${arg}: ${describeValue(value)} is out of range; use a whole number from ${min} to ${max}`;
    }
    return undefined;
}

/** A TCP port, 1 to 65535. */
export function portProblem(arg: string, value: number): string | undefined {
    return integerProblem(arg, value, 1, 65535);
}

/** Checks that a plain string value is one of an enum's values. */
export function enumProblem<T extends string>(arg: string, value: string, allowed: Record<string, T>): string | undefined {
    const values = Object.values(allowed) as string[];
    if (!values.includes(value)) {
        return `${arg}: ${describeValue(value)} is not one of ${values.join(", ")}; use one of them`;
    }
    return undefined;
}

/** A set string must say something: an empty or blank one reaches the cloud as "". */
export function blankProblem(arg: string, value: string | undefined): string | undefined {
    if (value !== undefined && value.trim() === "") {
        return `${arg}: ${describeValue(value)} is empty; write a value or leave ${arg} out for its default`;
    }
    return undefined;
}

/**
 * A plain token (an id, a type, a category): letters, digits and `._-:` only, so it can reach
 * the cloud API and any rendered file as it is.
 */
export function tokenProblem(arg: string, value: string | undefined, example: string): string | undefined {
    const blank = blankProblem(arg, value);
    if (blank !== undefined || value === undefined) {
        return blank;
    }
    if (!/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(value)) {
        return `${arg}: ${describeValue(value)} is not a valid value; use letters, digits, ".", "_", "-" or ":", e.g. ${JSON.stringify(example)}`;
    }
    return undefined;
}

const dnsLabel = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const hostNamePattern = new RegExp(`^${dnsLabel}(?:\\.${dnsLabel})*$`);
const ipv4Pattern = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** True for a dotted-quad IPv4 address without leading zeros. */
export function isIpv4(value: string): boolean {
    return ipv4Pattern.test(value);
}

/** A host to connect to: an IPv4 address or a DNS name (nothing a shell or ssh_config could read as more). */
export function hostProblem(arg: string, value: string): string | undefined {
    if (isIpv4(value) || (value.length <= 253 && hostNamePattern.test(value) && !/^[\d.]+$/.test(value))) {
        return undefined;
    }
    return `${arg}: ${describeValue(value)} is not a host; use an IPv4 address or a DNS name, e.g. "203.0.113.5" or "bastion.example.com"`;
}

/** An SSH public key in authorized_keys form (`<type> <base64> [comment]`), as @pulumi/command's `hostKey` takes it. */
export function hostKeyProblem(arg: string, value: string): string | undefined {
    return /^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/]+={0,2}( [^\n]*)?\n?$/.test(value)
        ? undefined
        : `${arg}: ${describeValue(value)} is not an SSH public key; use the authorized_keys form, e.g. "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA..." (the host's /etc/ssh/ssh_host_ed25519_key.pub)`;
}

/** A Linux user name as useradd accepts it by default. */
export function userNameProblem(arg: string, value: string): string | undefined {
    if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(value)) {
        return `${arg}: ${describeValue(value)} is not a Linux user name; use up to 32 lower-case letters, digits, "_" or "-", starting with a letter or "_", e.g. "root"`;
    }
    return undefined;
}
