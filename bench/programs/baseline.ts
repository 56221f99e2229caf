// The one-resource program every plan benchmark is divided by: the fixed cost of the SDK,
// the mocks and the plan itself.
import * as alicloud from "@pulumi/alicloud";

const vpc = new alicloud.vpc.Network("baseline-vpc", { cidrBlock: "10.0.0.0/16" });

export const vpcId = vpc.id;
