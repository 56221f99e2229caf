export { SingleAccountClusterArgs } from "./args";
export { SingleAccountCluster } from "./singleAccountCluster";
