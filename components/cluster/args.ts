import {
    applyDefaults,
    BlueprintArgsSpec,
    integerProblem,
    nodeArgDefaults,
    nodeArgProblems,
    NodeArgs,
    nodeNetworkDefaults,
    NodeNetworkArgs,
    nodeNetworkProblems,
    NodePublicAccessArgs,
    PublicAccess,
    publicAccessDefaults,
    publicAccessProblems,
    userNameProblem,
} from "../vocabulary";

/** The arguments of a {@link SingleAccountCluster}: the shared node, network and EIP arguments, and its own. */
export interface SingleAccountClusterArgs extends NodeArgs, NodeNetworkArgs, NodePublicAccessArgs {
    /** How many ECS nodes to create, 1 to 100. Default: 4. */
    nodeCount?: number;
    /** The SSH user written into the ssh_config output. Default: "root". */
    sshUser?: string;
}

export const maxNodeCount = 100;

const clusterDefaults = {
    ...nodeArgDefaults,
    ...nodeNetworkDefaults,
    ...publicAccessDefaults,
    nodeCount: 4,
    sshUser: "root",
};

export function resolveClusterArgs(args: SingleAccountClusterArgs) {
    return applyDefaults(args, clusterDefaults);
}

export type ResolvedClusterArgs = ReturnType<typeof resolveClusterArgs>;

/** How a SingleAccountCluster reads and checks its arguments (the constructor and the stack share it). */
export const clusterArgsSpec: BlueprintArgsSpec<SingleAccountClusterArgs, ResolvedClusterArgs> = {
    component: "SingleAccountCluster",
    resolve: resolveClusterArgs,
    problems: (raw, args, context) => [
        integerProblem("nodeCount", args.nodeCount, 1, maxNodeCount),
        ...nodeArgProblems(args),
        ...nodeNetworkProblems(raw, args, context.region),
        ...publicAccessProblems(args, args.publicAccess === PublicAccess.Eip),
        userNameProblem("sshUser", args.sshUser),
    ],
};
