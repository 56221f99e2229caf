import { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";

/** Why a policy exists, in one or two full sentences; shown in the README's policy table. */
interface Documented {
    rationale: string;
}

/** A resource policy with its rationale. */
export type DocumentedResourcePolicy = ResourceValidationPolicy & Documented;

/** A stack policy with its rationale. */
export type DocumentedStackPolicy = StackValidationPolicy & Documented;

/** Any policy of this pack. */
export type DocumentedPolicy = DocumentedResourcePolicy | DocumentedStackPolicy;
