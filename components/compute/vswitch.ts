import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { plainRunError } from "../vocabulary";

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
            throw plainRunError(`${arg}: "${vswitchId}" was not found in this region; check the id and alicloud:region`);
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

/** A VPC created by the program; `resourceName` is also its VPC name. */
export function createVpc(
    resourceName: string,
    request: { cidr: string; tags: { [key: string]: string } },
    parent: pulumi.Resource,
    provider?: pulumi.ProviderResource,
): alicloud.vpc.Network {
    return new alicloud.vpc.Network(
        resourceName,
        { vpcName: resourceName, cidrBlock: request.cidr, tags: request.tags },
        { parent, provider },
    );
}

/** A vSwitch in `vpcId`; `resourceName` is also its vSwitch name. */
export function createVswitch(
    resourceName: string,
    request: { vpcId: pulumi.Input<string>; cidr: string; zoneId: pulumi.Input<string>; tags: { [key: string]: string } },
    parent: pulumi.Resource,
    provider?: pulumi.ProviderResource,
): alicloud.vpc.Switch {
    return new alicloud.vpc.Switch(
        resourceName,
        { vswitchName: resourceName, vpcId: request.vpcId, cidrBlock: request.cidr, zoneId: request.zoneId, tags: request.tags },
        { parent, provider },
    );
}

/** Creates a VPC and one vSwitch in it (named `<name>-vpc` and `<name>-vsw`). */
export function createVpcWithVswitch(
    name: string,
    request: NewNetworkRequest,
    parent: pulumi.Resource,
    provider?: pulumi.ProviderResource,
): NodeNetwork {
    const vpc = createVpc(`${name}-vpc`, { cidr: request.vpcCidr, tags: request.tags }, parent, provider);
    const vswitch = createVswitch(
        `${name}-vsw`,
        { vpcId: vpc.id, cidr: request.vswitchCidr, zoneId: request.zoneId, tags: request.tags },
        parent,
        provider,
    );
    return { vpcId: vpc.id, vswitchId: vswitch.id, vswitchCidr: vswitch.cidrBlock, zoneId: vswitch.zoneId };
}
