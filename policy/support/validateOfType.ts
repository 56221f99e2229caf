import { ReportViolation, ResourceValidation, ResourceValidationArgs } from "@pulumi/policy";

/** A resource validation that receives the resource's inputs typed as `TProps`. */
export type TypedValidation<TProps> = (props: TProps, args: ResourceValidationArgs, reportViolation: ReportViolation) => void;

/**
 * Like @pulumi/policy's `validateResourceOfType`, but keyed by type tokens instead of SDK classes,
 * so the pack does not load @pulumi/alicloud. With a single token the function carries
 * `__pulumiType`, which lets the policy server answer "not applicable" without calling it.
 */
export function validateResourceOfTypes<TProps>(types: readonly string[], validate: TypedValidation<TProps>): ResourceValidation {
    const validation = (args: ResourceValidationArgs, reportViolation: ReportViolation): void => {
        if (!types.includes(args.type)) {
            args.notApplicable(`Policy only applies to resources of type ${types.map((t) => `'${t}'`).join(", ")}`);
        }
        validate(args.props as TProps, args, reportViolation);
    };
    if (types.length === 1) {
        (validation as { __pulumiType?: string }).__pulumiType = types[0];
    }
    return validation;
}
