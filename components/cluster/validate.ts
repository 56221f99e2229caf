import { adminCidrProblems, nodeGroupArgProblems } from "../compute/nodeGroupValidation";
import { enumProblem, integerProblem } from "../shared/validation";
import { PublicAccess, ResolvedClusterArgs, SingleAccountClusterArgs } from "./args";

export { adminCidrProblems };

export const maxNodeCount = 100;

/** Every problem with a cluster's arguments, each naming the argument, the value and the fix. */
export function clusterArgProblems(raw: SingleAccountClusterArgs, args: ResolvedClusterArgs): string[] {
    const own = [integerProblem("nodeCount", args.nodeCount, 1, maxNodeCount), enumProblem("publicAccess", args.publicAccess, PublicAccess)];
    const shared = nodeGroupArgProblems(raw, { ...args, eip: args.publicAccess === PublicAccess.Eip });
    return [...own.filter((p): p is string => p !== undefined), ...shared];
}
