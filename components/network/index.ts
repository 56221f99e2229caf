/** CIDR planning and validation for Alibaba Cloud networks (pure, no resources). */
export * from "./cidr";
export * from "./alibaba";
export * from "./planner";
export * from "./ipNetwork";
export * from "./overlapSweep";
export * from "./exposure";
