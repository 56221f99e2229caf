import { ProviderResource } from "./providerSurface";

/** A resource type the patterns flag, with the inputs that matched (empty when its name matched). */
export interface Candidate {
    token: string;
    inputs: string[];
}

/**
 * Inputs that can ask for a public address: bandwidth that buys an auto-assigned IP
 * (`internetMaxBandwidthOut`), switches that allocate or bind one (`allocatePublicIp`,
 * `autoCreateEip`, `isBondEip`, `withPublicIp`, `enablePublic...`, `...PublicAccess...`,
 * `slbInternetEnabled`, `allocatePublicConnection`), the address kind of a load balancer or
 * endpoint (`addressType`, `netType`), and anything else spelled with "public", "internet" or
 * "eip". The name alone decides; each match is then read and given a verdict in the registry.
 */
const publicAddressInput = /^(public|internet|eip)|(Public|Internet|Eip)|^(addressType|ipv6AddressType|netType|newNatGateway)$/;

/**
 * Names that match the words above but never ask for an address: keys, billing, inbound
 * bandwidth caps, names and descriptions, references to things that exist already (ids),
 * whitelists and ACLs (read by the world-open policies), ports and protocols of listeners.
 */
const notAnAddressRequest =
    /publickey|chargetype|bandwidthin$|name$|description$|ids?$|whitelists?$|port$|protocol$|url$|urls$|domain$|rr$|cnamemode|publicaccessblock|blockpublicaccess|zonename|^eipmask$|^eipaffinity$|^eiptype$|eipbindmode|ecseip$|ecspublicip$|albeip$|slbeip$|slbpublicip$|nlbeip$|nateip$|natpublicip$|eni\w*eipv?6?$|gaeipv?6?$|gatewayeipv?6?$|^eip$|maxeiptps|eiptransmit|cancelcommonbandwidthpackageipbandwidth|xforwardedfor|sourceip|internetswitch|internetslbid|internetslbport|internetslbprotocol|internettargetport|publicipaddresspool/i;

/** Resource type names that are themselves a public address or a public endpoint. */
const publicAddressType = /public|internet|^eip$|eipaddress$|^connection$|endpointaddress$|dbproxypublic$/i;

/** Modules whose `Connection` resources are database connection strings (public when created). */
const connectionStringModules = new Set(["rds", "kvstore", "gpdb", "adb", "polardb", "mongodb", "clickhouse", "hbase"]);

/** Resource types whose inputs can request a public address, or which are one. */
export function publicAddressCandidates(resources: readonly ProviderResource[]): Candidate[] {
    return resources.flatMap((resource) => {
        const inputs = resource.inputs
            .filter((input) => publicAddressInput.test(input.leaf) && !notAnAddressRequest.test(input.leaf))
            .map((input) => input.path);
        const byTypeName =
            publicAddressType.test(resource.className) && (resource.className !== "Connection" || connectionStringModules.has(resource.module));
        return inputs.length > 0 || byTypeName ? [{ token: resource.token, inputs }] : [];
    });
}

/**
 * Inputs that carry a CIDR block or pick one: names with "cidr" or "subnet(s)" (IPv4 and IPv6
 * blocks, masks that allocate a block from a pool, vSwitch IPv6 indexes `ipv6CidrBlockMask`).
 */
const cidrInput = /cidr|subnets?$/i;
const cidrNotABlock = /name$|description$|matchmode$|reservationtype$|publishcidrroute$/i;

/** Network modules whose attachments, peerings and router interfaces join address spaces. */
const networkModules = new Set(["cen", "vpc", "expressconnect", "vpn"]);
const joinsNetworks = /attachment$|peerconnection|peerconnectionaccepter$|routerinterface/i;
const networkReference = /^(vpcId|acceptingVpcId|childInstanceId|transitRouterId|peerTransitRouterId|vbrId|vpnConnectionId|oppositeInterfaceId|ecrId)$/;

/**
 * Resource types with CIDR-bearing inputs, and resource types that join address spaces (a VPC
 * attachment, a peering, a router interface) even when they carry no block themselves.
 */
export function cidrCandidates(resources: readonly ProviderResource[]): Candidate[] {
    return resources.flatMap((resource) => {
        const blocks = resource.inputs.filter((input) => cidrInput.test(input.leaf) && !cidrNotABlock.test(input.leaf)).map((input) => input.path);
        const joins =
            networkModules.has(resource.module) &&
            joinsNetworks.test(resource.className) &&
            resource.inputs.some((input) => networkReference.test(input.path));
        return blocks.length > 0 || joins ? [{ token: resource.token, inputs: blocks }] : [];
    });
}
