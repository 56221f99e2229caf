import { PolicyResource } from "@pulumi/policy";
import { Known, readKnown } from "./unknowns";

/** The IPv4 blocks of a VPC: `cidrBlock` first, then `secondaryCidrBlocks`. */
export function vpcBlocks(vpc: PolicyResource): Known<string[]> {
    return readKnown(() => {
        const primary = vpc.props.cidrBlock as string | undefined;
        const secondary = [...((vpc.props.secondaryCidrBlocks as string[] | undefined) ?? [])].map(String);
        return [...(primary ? [primary] : []), ...secondary];
    });
}

/** A vSwitch's `cidrBlock`, possibly unknown during preview. */
export function vswitchBlock(vswitch: PolicyResource): Known<string | undefined> {
    return readKnown(() => vswitch.props.cidrBlock as string | undefined);
}
