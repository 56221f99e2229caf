import { ResourceTypes as T } from "../../../policy/support/resourceTypes";
import { fixture, FixtureResource, unknown } from "../support/harness";
import { AdversarialCase, pair } from "./caseTypes";

const bullet = "CIDR sources it did not read" as const;
const cenOverlap = "cen-attached-cidrs-no-overlap";
const cen = fixture(T.cenInstance, "cen", { id: "cen-1" });
const vpc = (name: string, props: Record<string, unknown>) => fixture(T.vpc, name, { id: `vpc-${name}`, ...props });
const attach = (name: string, props: Record<string, unknown>) => fixture(T.cenTransitRouterVpcAttachment, name, { vpcId: `vpc-${name}`, ...props });
const onCen = (...names: string[]) => names.map((n) => attach(n, { cenId: "cen-1" }));
const vswitch = (name: string, props: Record<string, unknown>): FixtureResource =>
    fixture(T.vswitch, name, { vpcId: "vpc-a", zoneId: "cn-hangzhou-i", ...props });
const extraBlock = (name: string, vpcName: string, block: string) => fixture(T.vpcIpv4CidrBlock, name, { vpcId: `vpc-${vpcName}`, secondaryCidrBlock: block });
const ipv6Block = (name: string, vpcName: string, block: string) => fixture(T.vpcIpv6CidrBlock, name, { vpcId: `vpc-${vpcName}`, ipv6CidrBlock: block });

/** Blocks the pack used not to read, identities it split, unknowns that hid known blocks, IPv6. */
export const cidrCases: AdversarialCase[] = [
    ...pair(bullet, "overlap through a vpc.Ipv4CidrBlock on one CEN", cenOverlap,
        [cen, vpc("a", { cidrBlock: "10.0.0.0/16" }), extraBlock("a-extra", "a", "10.1.0.0/16"), vpc("b", { cidrBlock: "10.1.0.0/16" }), ...onCen("a", "b")],
        [cen, vpc("a", { cidrBlock: "10.0.0.0/16" }), extraBlock("a-extra", "a", "10.1.0.0/16"), vpc("b", { cidrBlock: "10.2.0.0/16" }), ...onCen("a", "b")]),
    ...pair(bullet, "vSwitch inside a vpc.Ipv4CidrBlock is inside its VPC", "vswitch-cidr-inside-vpc",
        [vpc("a", { cidrBlock: "10.0.0.0/16" }), extraBlock("a-extra", "a", "10.1.0.0/16"), vswitch("vsw", { cidrBlock: "10.2.0.0/24" })],
        [vpc("a", { cidrBlock: "10.0.0.0/16" }), extraBlock("a-extra", "a", "10.1.0.0/16"), vswitch("vsw", { cidrBlock: "10.1.0.0/24" })]),
    ...pair(bullet, "one transit router named with and without its CEN", cenOverlap,
        [vpc("a", { cidrBlock: "10.0.0.0/16" }), vpc("b", { cidrBlock: "10.0.128.0/17" }), attach("a", { cenId: "cen-1", transitRouterId: "tr-1" }), attach("b", { transitRouterId: "tr-1" })],
        [vpc("a", { cidrBlock: "10.0.0.0/16" }), vpc("b", { cidrBlock: "10.1.0.0/16" }), attach("a", { cenId: "cen-1", transitRouterId: "tr-1" }), attach("b", { transitRouterId: "tr-1" })]),
    ...pair(bullet, "one transit router named by its resource id (cen:tr) and by its router id", cenOverlap,
        [fixture(T.cenTransitRouter, "tr", { id: "cen-9:tr-9", cenId: "cen-9" }), vpc("a", { cidrBlock: "10.0.0.0/16" }), vpc("b", { cidrBlock: "10.0.0.0/16" }), attach("a", { cenId: "cen-9" }), attach("b", { transitRouterId: "tr-9" })],
        [fixture(T.cenTransitRouter, "tr", { id: "cen-9:tr-9", cenId: "cen-9" }), vpc("a", { cidrBlock: "10.0.0.0/16" }), vpc("b", { cidrBlock: "10.0.0.0/16" }), attach("a", { cenId: "cen-9" }), attach("b", { transitRouterId: "tr-8" })]),
    ...pair(bullet, "an unknown secondaryCidrBlocks does not hide the known primary", cenOverlap,
        [cen, vpc("a", { cidrBlock: "10.0.0.0/16", secondaryCidrBlocks: unknown }), vpc("b", { cidrBlock: "10.0.0.0/16" }), ...onCen("a", "b")],
        [cen, vpc("a", { cidrBlock: "10.0.0.0/16", secondaryCidrBlocks: unknown }), vpc("b", { cidrBlock: "10.9.0.0/16" }), ...onCen("a", "b")]),
    ...pair(bullet, "one unknown element of secondaryCidrBlocks hides none of the others", cenOverlap,
        [cen, vpc("a", { cidrBlock: "10.0.0.0/16", secondaryCidrBlocks: [unknown, "10.5.0.0/16"] }), vpc("b", { cidrBlock: "10.5.0.0/24" }), ...onCen("a", "b")],
        [cen, vpc("a", { cidrBlock: "10.0.0.0/16", secondaryCidrBlocks: [unknown, "10.5.0.0/16"] }), vpc("b", { cidrBlock: "10.6.0.0/24" }), ...onCen("a", "b")]),
    ...pair(bullet, "a VPC block with host bits is reported", "vpc-cidr-blocks-valid",
        [vpc("a", { cidrBlock: "10.0.0.1/16" })], [vpc("a", { cidrBlock: "10.0.0.0/16" })]),
    ...pair(bullet, "a VPC block with host bits still overlaps on the CEN", cenOverlap,
        [cen, vpc("a", { cidrBlock: "10.0.0.1/16" }), vpc("b", { cidrBlock: "10.0.5.0/24" }), ...onCen("a", "b")],
        [cen, vpc("a", { cidrBlock: "10.0.0.1/16" }), vpc("b", { cidrBlock: "10.1.5.0/24" }), ...onCen("a", "b")]),
    ...pair(bullet, "a malformed secondary block is reported", "vpc-cidr-blocks-valid",
        [vpc("a", { cidrBlock: "10.0.0.0/16", secondaryCidrBlocks: ["10.1.0.0/33"] })], [vpc("a", { cidrBlock: "10.0.0.0/16", secondaryCidrBlocks: ["10.1.0.0/16"] })]),
    ...pair(bullet, "a secondary block overlapping its own VPC's primary", "vpc-cidr-blocks-valid",
        [vpc("a", { cidrBlock: "10.0.0.0/16" }), extraBlock("a-extra", "a", "10.0.128.0/17")], [vpc("a", { cidrBlock: "10.0.0.0/16" }), extraBlock("a-extra", "a", "10.1.0.0/16")]),
    ...pair(bullet, "two IPv6 vSwitches with one ipv6CidrBlockMask in a VPC whose IPv6 block is not known", "vswitch-cidrs-no-overlap",
        [vpc("a", { cidrBlock: "10.0.0.0/16", enableIpv6: true }), vswitch("x", { cidrBlock: "10.0.0.0/24", enableIpv6: true, ipv6CidrBlockMask: 3 }), vswitch("y", { cidrBlock: "10.0.1.0/24", enableIpv6: true, ipv6CidrBlockMask: 3 })],
        [vpc("a", { cidrBlock: "10.0.0.0/16", enableIpv6: true }), vswitch("x", { cidrBlock: "10.0.0.0/24", enableIpv6: true, ipv6CidrBlockMask: 3 }), vswitch("y", { cidrBlock: "10.0.1.0/24", enableIpv6: true, ipv6CidrBlockMask: 4 })]),
    ...pair(bullet, "an IPv6 index outside the VPC's /56", "vswitch-cidr-inside-vpc",
        [vpc("a", { cidrBlock: "10.0.0.0/16" }), ipv6Block("a6", "a", "2001:db8:0:100::/56"), vswitch("x", { cidrBlock: "10.0.0.0/24", enableIpv6: true, ipv6CidrBlockMask: 256 })],
        [vpc("a", { cidrBlock: "10.0.0.0/16" }), ipv6Block("a6", "a", "2001:db8:0:100::/56"), vswitch("x", { cidrBlock: "10.0.0.0/24", enableIpv6: true, ipv6CidrBlockMask: 255 })]),
    ...pair(bullet, "IPv6 blocks overlapping across one CEN", cenOverlap,
        [cen, vpc("a", { cidrBlock: "10.0.0.0/16" }), ipv6Block("a6", "a", "2001:db8:0:100::/56"), vpc("b", { cidrBlock: "10.1.0.0/16", ipv6CidrBlock: "2001:db8:0:100::/56" }), ...onCen("a", "b")],
        [cen, vpc("a", { cidrBlock: "10.0.0.0/16" }), ipv6Block("a6", "a", "2001:db8:0:100::/56"), vpc("b", { cidrBlock: "10.1.0.0/16", ipv6CidrBlock: "2001:db8:0:200::/56" }), ...onCen("a", "b")]),
    ...pair(bullet, "a VPC peering between overlapping VPCs", "vpc-peer-cidrs-no-overlap",
        [vpc("a", { cidrBlock: "172.17.0.0/16" }), vpc("b", { cidrBlock: "172.17.96.0/20" }), fixture(T.vpcPeerConnection, "peer", { vpcId: "vpc-a", acceptingVpcId: "vpc-b", acceptingRegionId: "cn-hangzhou" })],
        [vpc("a", { cidrBlock: "172.17.0.0/16" }), vpc("b", { cidrBlock: "172.18.96.0/20" }), fixture(T.vpcPeerConnection, "peer", { vpcId: "vpc-a", acceptingVpcId: "vpc-b", acceptingRegionId: "cn-hangzhou" })]),
];
