export { AlibabaMocks, RecordedCall } from "./alibabaMocks";
export { mockId } from "./ids";
export { documentationRanges } from "./catalogue";
export * from "./run";
export { isSecretWrapper, mapSecrets } from "./secrets";
