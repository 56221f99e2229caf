import { contains, findOverlaps, tryParseCidr } from "../../../components/network";
import { PolicyDiagnostic } from "../../analyzer";
import { displayType, nameOf } from "../names";
import { Placement } from "./build";
import { Mark, VpcBox, VswitchBox } from "./model";
import { DrawnTypes as T, OwnerInputs, roleOf } from "./types";

/** Adds a mark once to a list. */
function mark(marks: Mark[], added: Mark): void {
    if (!marks.some((m) => m.level === added.level && m.text === added.text)) {
        marks.push(added);
    }
}

/** The parseable blocks of a list, each with its label; a malformed one is marked on `marks`. */
function parsedBlocks(blocks: ReadonlyArray<{ label: string; cidr: string; marks: Mark[] }>): Array<{ label: string; cidr: string; marks: Mark[] }> {
    return blocks.filter((b) => {
        const parsed = tryParseCidr(b.cidr);
        if ("error" in parsed) {
            mark(b.marks, { level: "overlap", text: `malformed block ${b.cidr}` });
            return false;
        }
        return true;
    });
}

/** Marks both sides of every overlapping pair. */
function markOverlaps(blocks: Array<{ label: string; cidr: string; marks: Mark[] }>, where: string): void {
    const valid = parsedBlocks(blocks);
    for (const { a, b } of findOverlaps(valid.map(({ cidr }, i) => ({ label: String(i), cidr })))) {
        const first = valid[Number(a.label)];
        const second = valid[Number(b.label)];
        mark(first.marks, { level: "overlap", text: `${first.cidr} overlaps ${second.label} (${second.cidr})${where}` });
        mark(second.marks, { level: "overlap", text: `${second.cidr} overlaps ${first.label} (${first.cidr})${where}` });
    }
}

/** A vSwitch block must lie inside one of its VPC's blocks. */
function markOutside(vpc: VpcBox, vswitch: VswitchBox): void {
    const block = vswitch.cidr && tryParseCidr(vswitch.cidr);
    if (!block || "error" in block || vpc.existing || vpc.blocks.length === 0) {
        return;
    }
    const inside = vpc.blocks.some((cidr) => {
        const outer = tryParseCidr(cidr);
        return !("error" in outer) && contains(outer.block, block.block);
    });
    if (!inside) {
        mark(vswitch.marks, { level: "overlap", text: `${vswitch.cidr} is outside the VPC's blocks` });
    }
}

/** What draws a resource: its own box, row, vSwitch or VPC, else (a listener, a route) its owner's. */
function drawnTarget(p: Placement, urn: string, depth = 0): { marks: Mark[] } | undefined {
    const own = p.rows.get(urn) ?? p.boxes.get(urn) ?? p.vswitches.get(urn) ?? p.vpcs.get(urn);
    const resource = p.index.get(urn);
    const role = resource && roleOf(resource.type);
    const ownerInput = role && OwnerInputs[role];
    if (own !== undefined || resource === undefined || ownerInput === undefined || depth > 3) {
        return own;
    }
    const owner = p.index.ref(resource, ownerInput);
    return owner && drawnTarget(p, owner.urn, depth + 1);
}

/**
 * Address problems the diagram sees for itself (vSwitches overlapping in one VPC or outside it,
 * VPCs overlapping on one transit router, malformed blocks), and each policy verdict on the box,
 * row, vSwitch or VPC that draws its resource. Returns the verdicts on resources not drawn.
 */
export function addMarks(p: Placement, violations: readonly PolicyDiagnostic[]): Array<{ where: string; mark: Mark }> {
    for (const vpc of p.vpcs.values()) {
        markOverlaps(vpc.vswitches.filter((v) => v.cidr !== undefined).map((v) => ({ label: v.title, cidr: v.cidr!, marks: v.marks })), "");
        for (const vswitch of vpc.vswitches) {
            markOutside(vpc, vswitch);
        }
    }
    const { index } = p;
    for (const router of index.ofTypes(T.transitRouter)) {
        const attached = index
            .ofTypes(T.vpcAttachment)
            .filter((a) => index.ref(a, "transitRouterId", T.transitRouter) === router)
            .map((a) => index.ref(a, "vpcId", T.vpc))
            .map((vpc) => (vpc ? p.vpcs.get(vpc.urn) : undefined))
            .filter((vpc): vpc is VpcBox => vpc !== undefined);
        markOverlaps(
            attached.flatMap((vpc) => vpc.blocks.map((cidr) => ({ label: vpc.title, cidr, marks: vpc.marks }))),
            " on the transit router",
        );
    }
    const others: Array<{ where: string; mark: Mark }> = [];
    for (const d of violations) {
        const level = d.level === "mandatory" ? "mandatory" : "advisory";
        const target = drawnTarget(p, d.urn);
        if (target !== undefined) {
            mark(target.marks, { level, text: d.policy });
        } else {
            const resource = index.get(d.urn);
            const where = resource ? `${displayType(resource.type)} ${p.name(resource)}` : d.urn ? nameOf(d.urn) : "the stack";
            if (!others.some((o) => o.where === where && o.mark.text === d.policy)) {
                others.push({ where, mark: { level, text: d.policy } });
            }
        }
    }
    return others.sort((a, b) => a.mark.level.localeCompare(b.mark.level) || a.mark.text.localeCompare(b.mark.text) || a.where.localeCompare(b.where));
}
