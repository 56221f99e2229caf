export { NodeImage } from "./compute/image";
export { NodeInfo } from "./compute/nodes";
export * from "./cluster";
export * from "./cen-mesh";
export * from "./havip-pair";
export { FailoverProfile } from "./provision/keepalived";
export { JumpHostArgs } from "./provision/remote";
export * from "./app-tier";
