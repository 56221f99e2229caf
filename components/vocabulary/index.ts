/**
 * The package's shared vocabulary: public enums and types, the node and network arguments every
 * blueprint extends (declared once, with JSDoc and defaults), their resolver and validation, the
 * message helpers, and the shapes (from the component schema) the argument checks derive from.
 * See components/README.md for where an argument, its default, its check and its schema live.
 */
export * from "./enums";
export * from "./types";
export * from "./nodeArgs";
export * from "./defaults";
export * from "./problems";
export * from "./regions";
export * from "./nodeValidation";
export * from "./argShape";
export * from "./blueprintArgs";
export * from "./outputs";
