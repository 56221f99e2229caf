import { Placement } from "./build";
import { Link } from "./model";
import { text } from "./resources";
import { DrawnTypes as T } from "./types";

/** The key of whatever box, row or VPC draws this resource, if any. */
function drawnKey(p: Placement, urn: string): string | undefined {
    return p.rows.has(urn) || p.boxes.has(urn) || p.vpcs.has(urn) ? urn : undefined;
}

/**
 * The lines between boxes: addresses bound to what they serve, HaVips to the nodes that may hold
 * them, load balancers to their weighted backends, transit routers to the VPCs attached to them;
 * plus each VPC's routes.
 */
export function addLinks(p: Placement): Link[] {
    const { index } = p;
    const links: Link[] = [];
    const add = (from: string | undefined, to: string | undefined, kind: Link["kind"], label = "") => {
        if (from !== undefined && to !== undefined) {
            links.push({ from, to, kind, label });
        }
    };
    for (const association of index.ofTypes(T.eipAssociation)) {
        const eip = index.ref(association, "allocationId", T.eip);
        const target = index.ref(association, "instanceId");
        add(eip && drawnKey(p, eip.urn), target && drawnKey(p, target.urn), "address");
    }
    for (const attachment of index.ofTypes(T.havipAttachment)) {
        const havip = index.ref(attachment, "haVipId", T.havip);
        const node = index.ref(attachment, "instanceId");
        add(havip && drawnKey(p, havip.urn), node && drawnKey(p, node.urn), "vip");
    }
    for (const backends of index.ofTypes(T.backendServer)) {
        const lb = index.ref(backends, "loadBalancerId", T.loadBalancer);
        const servers = Array.isArray(backends.inputs.backendServers) ? (backends.inputs.backendServers as Array<Record<string, unknown>>) : [];
        for (const server of servers) {
            const target = index.withId(server.serverId);
            add(lb && drawnKey(p, lb.urn), target && drawnKey(p, target.urn), "backend", server.weight !== undefined ? `weight ${server.weight}` : "");
        }
    }
    const granted = new Set(index.ofTypes(T.grant).flatMap((grant) => index.refs(grant, "instanceId", T.vpc).map((vpc) => vpc.urn)));
    for (const attachment of index.ofTypes(T.vpcAttachment)) {
        const router = index.ref(attachment, "transitRouterId", T.transitRouter);
        const vpc = index.ref(attachment, "vpcId", T.vpc);
        add(router && drawnKey(p, router.urn), vpc && drawnKey(p, vpc.urn), "attachment");
        if (router !== undefined && vpc !== undefined) {
            p.vpcs.get(vpc.urn)?.attachments.push(`${p.name(router)}${granted.has(vpc.urn) ? " (granted to the CEN's owner)" : ""}`);
        }
    }
    for (const route of index.ofTypes(T.routeEntry)) {
        const vpc = index.ref(route, "routeTableId", T.vpc);
        const hop = index.ref(route, "nexthopId");
        const nextHop = hop === undefined ? (text(route, "nexthopType") ?? "?") : T.vpcAttachment.some((t) => t === hop.type) ? "transit router" : p.name(hop);
        const destination = text(route, "destinationCidrblock");
        if (vpc !== undefined && destination !== undefined) {
            p.vpcs.get(vpc.urn)?.routes.push({ destination, nextHop });
        }
    }
    for (const vpc of p.vpcs.values()) {
        vpc.routes.sort((a, b) => a.destination.localeCompare(b.destination, "en", { numeric: true }));
    }
    return inlineAddresses(p, links).sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || a.label.localeCompare(b.label));
}

/**
 * An EIP of its own (no shared bandwidth) bound to one row or box is drawn inside it: a line per
 * node would cross the VPC's labels for no information. Its box keeps its marks.
 */
function inlineAddresses(p: Placement, links: Link[]): Link[] {
    const uses = new Map<string, number>();
    for (const link of links.filter((l) => l.kind === "address")) {
        uses.set(link.from, (uses.get(link.from) ?? 0) + 1);
    }
    return links.filter((link) => {
        const holder = p.rows.get(link.to) ?? p.boxes.get(link.to);
        const account = [...p.accounts.values()].find((a) => a.boxes.some((b) => b.key === link.from));
        if (link.kind !== "address" || holder === undefined || account === undefined || uses.get(link.from) !== 1) {
            return true;
        }
        const at = account.boxes.findIndex((b) => b.key === link.from);
        holder.addresses.push(...account.boxes.splice(at, 1));
        return false;
    });
}
