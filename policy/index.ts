import { PolicyPack } from "@pulumi/policy";
import { packArgs, packName } from "./pack";

// Constructing the pack starts the analyzer's gRPC server and prints its port on stdout.
new PolicyPack(packName, packArgs);
