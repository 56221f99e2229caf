export { NodeImage } from "./compute/image";
export { NodeInfo } from "./compute/nodes";
export * from "./cluster";
export * from "./cen-mesh";
