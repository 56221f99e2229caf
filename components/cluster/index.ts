export { PublicAccess, SingleAccountClusterArgs } from "./args";
export { SingleAccountCluster } from "./singleAccountCluster";
export { renderHostsFile, renderSshConfig } from "./render";
