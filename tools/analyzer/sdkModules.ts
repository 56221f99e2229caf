import * as path from "node:path";
import type * as grpcTypes from "@grpc/grpc-js";
import type * as structTypes from "google-protobuf/google/protobuf/struct_pb";
import type * as emptyTypes from "google-protobuf/google/protobuf/empty_pb";
import * as analyzerGrpc from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import * as analyzerProto from "@pulumi/pulumi/proto/analyzer_pb";

/**
 * gRPC and protobuf runtime loaded from where @pulumi/pulumi resolves them, so the messages and
 * the channel are the exact instances its generated stubs use (neither is a direct dependency here).
 */
const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
const fromPulumi = <T>(id: string): T => require(require.resolve(id, { paths: [pulumiDir] })) as T;

export const grpc = fromPulumi<typeof grpcTypes>("@grpc/grpc-js");
export const { Struct } = fromPulumi<typeof structTypes>("google-protobuf/google/protobuf/struct_pb");
export const { Empty } = fromPulumi<typeof emptyTypes>("google-protobuf/google/protobuf/empty_pb");
export { analyzerGrpc, analyzerProto };
