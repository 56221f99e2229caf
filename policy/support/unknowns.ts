import { ReportViolation } from "@pulumi/policy";
import { isUnknownValueError } from "./policyInternals";

/** A value read from resource properties: known, or unknown until the update (preview). */
export type Known<T> = { known: true; value: T } | { known: false; detail: string };

/**
 * Runs `read` against policy properties and returns its value, or `known: false` when it touched
 * a value that is unknown during preview (@pulumi/policy's proxy throws `UnknownValueError`).
 * Stack policies use this to skip one resource instead of abandoning the whole stack.
 */
export function readKnown<T>(read: () => T): Known<T> {
    try {
        return { known: true, value: read() };
    } catch (err) {
        if (isUnknownValueError(err)) {
            return { known: false, detail: err.message };
        }
        throw err;
    }
}

/**
 * Reports that a resource was skipped because a value it needs is unknown during preview. The
 * note goes out at the "advisory" level whatever the policy's level, the same way @pulumi/policy
 * reports a resource policy it could not run during preview; it never blocks a deployment.
 * `reportViolation` accepts this object form at runtime (server.js), although its type does not say so.
 */
export function reportSkippedUnknown(reportViolation: ReportViolation, urn: string, what: string, detail: string): void {
    const note = {
        message: `Skipped during preview: ${what} (${detail}); it is checked again when the value is known.`,
        urn,
        enforcementLevel: "advisory",
    };
    (reportViolation as unknown as (note: object) => void)(note);
}
