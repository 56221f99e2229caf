import { CidrError, parseCidr, planVswitches } from "../network";

/** The two zone slots; the zones themselves are looked up (or pinned) and fill them in order. */
export const zoneSlots = ["zone1", "zone2"] as const;
/** The vSwitch tiers: web nodes (and the NAT gateway) in `web`, RDS and Redis in `data`. */
export const tiers = ["web", "data"] as const;

export type Tier = (typeof tiers)[number];

/** The planned vSwitch blocks: one per tier and zone slot, zone 1 first. */
export type AppTierLayout = Record<Tier, [string, string]>;

/** Addresses Alibaba Cloud reserves in every vSwitch (the first and the last three). */
export const reservedPerVswitch = 4;

/**
 * The vSwitch blocks of the tier: the network core's plan of 2 zones x 2 tiers in `vpcCidr`
 * (/24 blocks when they fit). Throws `CidrError` when they do not fit.
 */
export function planAppTierLayout(vpcCidr: string): AppTierLayout {
    const planned = planVswitches(vpcCidr, [...zoneSlots], [...tiers]);
    const pick = (tier: Tier): [string, string] => {
        const blocks = zoneSlots.map((slot) => planned.find((p) => p.tier === tier && p.zone === slot)!.cidr);
        return [blocks[0], blocks[1]];
    };
    return { web: pick("web"), data: pick("data") };
}

/** The zone slot (0 or 1) of web node `index` (0-based): nodes alternate between the zones. */
export function zoneSlotOf(index: number): number {
    return index % zoneSlots.length;
}

/** The vSwitch-layout problem of a VPC block for `webNodeCount` nodes, if any (the block itself is valid). */
export function layoutProblem(vpcCidr: string, webNodeCount: number): string | undefined {
    let layout: AppTierLayout;
    try {
        layout = planAppTierLayout(vpcCidr);
    } catch (err) {
        if (err instanceof CidrError) {
            return `vpcCidr: "${vpcCidr}" is too small for ${zoneSlots.length} zones x ${tiers.length} tiers (${tiers.join(", ")}) of /29 vSwitches or larger; use a /27 or larger block`;
        }
        throw err;
    }
    // The first web vSwitch also holds the NAT gateway's address.
    const needed = Math.ceil(webNodeCount / zoneSlots.length) + 1;
    const block = parseCidr(layout.web[0]);
    const usable = Number(block.size) - reservedPerVswitch;
    if (Number.isInteger(webNodeCount) && needed > usable) {
        return `vpcCidr: "${vpcCidr}" gives web vSwitches of /${block.prefix} with ${usable} usable addresses, but ${webNodeCount} web nodes and the NAT gateway need ${needed} in the first zone; use a larger vpcCidr or fewer nodes`;
    }
    return undefined;
}
