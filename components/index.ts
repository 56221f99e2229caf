export * from "./vocabulary/enums";
export * from "./vocabulary/types";
export { renderHostsFile, renderSshConfig } from "./compute/render";
export * from "./cluster";
export * from "./cen-mesh";
export * from "./havip-pair";
export * from "./app-tier";

// For programs that check a whole stack's arguments before building anything (stacks/ does):
// the same checks the components run in their constructors, and their outputs as one object.
export { clusterArgsSpec } from "./cluster/args";
export { havipPairArgsSpec } from "./havip-pair/validate";
export { cenMeshArgsSpec } from "./cen-mesh/validate";
export { appTierArgsSpec } from "./app-tier/validate";
export {
    ArgContext,
    argShapeProblems,
    BlueprintArgsSpec,
    blueprintArgProblems,
    componentOutputs,
    describeValue,
    invalidArgumentsMessage,
    isRegionId,
    regionProblem,
    unknownKeyProblem,
} from "./vocabulary";
