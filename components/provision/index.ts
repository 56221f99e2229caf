/** Public API of the provisioning module: pure renderers plus the remote commands. */
export * from "./nginx";
export * from "./keepalived";
export * from "./keepalivedFiles";
export * from "./environment";
export * from "./installScript";
export * from "./shellQuote";
export * from "./firstBoot";
export * from "./hash";
export * from "./nodeBundle";
export * from "./remote";
export * from "./web";
