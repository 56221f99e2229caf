import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";

/** The network a group of nodes lives in. */
export interface NodeNetwork {
    vpcId: pulumi.Output<string>;
    vswitchId: pulumi.Output<string>;
    vswitchCidr: pulumi.Output<string>;
    zoneId: pulumi.Output<string>;
}

/** Reads an existing vSwitch (its VPC, block and zone); fails the preview when it does not exist. */
export function lookupExistingVswitch(arg: string, vswitchId: string, opts: pulumi.InvokeOutputOptions): NodeNetwork {
    const found = alicloud.vpc.getSwitchesOutput({ ids: [vswitchId] }, opts).vswitches.apply((list) => {
        if (list.length === 0) {
            throw new Error(`${arg}: "${vswitchId}" was not found in this region; check the id and alicloud:region`);
        }
        return list[0];
    });
    return {
        vpcId: found.vpcId,
        vswitchId: found.id,
        vswitchCidr: found.cidrBlock,
        zoneId: found.zoneId,
    };
}

export interface NewNetworkRequest {
    vpcCidr: string;
    vswitchCidr: string;
    zoneId: pulumi.Input<string>;
    tags: { [key: string]: string };
}

/** Creates a VPC and one vSwitch in it. */
export function createVpcWithVswitch(name: string, request: NewNetworkRequest, parent: pulumi.Resource): NodeNetwork {
    const vpc = new alicloud.vpc.Network(
        `${name}-vpc`,
        { vpcName: `${name}-vpc`, cidrBlock: request.vpcCidr, tags: request.tags },
        { parent },
    );
    const vswitch = new alicloud.vpc.Switch(
        `${name}-vsw`,
        {
            vswitchName: `${name}-vsw`,
            vpcId: vpc.id,
            cidrBlock: request.vswitchCidr,
            zoneId: request.zoneId,
            tags: request.tags,
        },
        { parent },
    );
    return { vpcId: vpc.id, vswitchId: vswitch.id, vswitchCidr: vswitch.cidrBlock, zoneId: vswitch.zoneId };
}
