import * as pulumi from "@pulumi/pulumi";

/**
 * Collects every problem found in a component's arguments so that the user sees all of them at
 * once, at preview time, before any child resource exists.
 */
export class ArgProblems {
    private readonly messages: string[] = [];

    /** Records a problem; the message names the argument, the value and the fix. */
    add(message: string): void {
        this.messages.push(message);
    }

    /** Records every message of a list (as returned by the network core's checks). */
    addAll(messages: readonly string[]): void {
        this.messages.push(...messages);
    }

    get list(): readonly string[] {
        return this.messages;
    }

    /**
     * Throws one ResourceError listing every problem, if there is any. The stack trace is hidden:
     * the message names the argument, the value and the fix, which is all the user needs.
     */
    throwIfAny(resource: pulumi.Resource, componentType: string, name: string): void {
        if (this.messages.length === 0) {
            return;
        }
        const lines = this.messages.map((m) => `  - ${m}`).join("\n");
        throw new pulumi.ResourceError(`${componentType} "${name}" has invalid arguments:\n${lines}`, resource, true);
    }
}

/** A whole number within [min, max], or a message for `arg` that says what to use. */
export function integerProblem(arg: string, value: number, min: number, max: number): string | undefined {
    if (!Number.isInteger(value) || value < min || value > max) {
        return `${arg}: ${value} is out of range; use a whole number from ${min} to ${max}`;
    }
    return undefined;
}

/** Checks that a plain string value is one of an enum's values. */
export function enumProblem<T extends string>(arg: string, value: string, allowed: Record<string, T>): string | undefined {
    const values = Object.values(allowed) as string[];
    if (!values.includes(value)) {
        return `${arg}: "${value}" is not one of ${values.join(", ")}; use one of them`;
    }
    return undefined;
}
