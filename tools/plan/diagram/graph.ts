import type { Edge, Graph, Node, Subgraph } from "@viz-js/viz";
import { attributes, lines, styled } from "./html";
import { AccountBox, Box, GroupBox, Link, Mark, NetworkModel, Row, VpcBox, VswitchBox } from "./model";

/**
 * Layout font. Graphviz sizes boxes with its own metrics for a few known fonts; Verdana's are the
 * widest of the common sans fonts, so text set in whatever the viewer has fits.
 */
export const layoutFont = "Verdana";
/** The font list the SVG asks for (Verdana, else DejaVu Sans of the same width, else any sans). */
export const svgFontFamily = "Verdana,DejaVu Sans,sans-serif";
const muted = "#555555";
const markColors: Record<Mark["level"], string> = { mandatory: "#c62828", overlap: "#c62828", advisory: "#9a5b00" };
const boxFills: Record<string, string> = { EIP: "#fff3d1", HaVip: "#e3f5e8", SLB: "#ece4f8", "transit router": "#fde6d8", CEN: "#fde6d8" };
const linkStyles: Record<Link["kind"], Record<string, string>> = {
    address: { color: "#b8860b" },
    vip: { color: "#2e7d32", style: "dashed" },
    backend: { color: "#6a1b9a" },
    attachment: { color: "#d84315", penwidth: "1.6" },
};

const linkLegend: Record<Link["kind"], string> = {
    address: "address bound to",
    vip: "HaVip may move to (VRRP failover)",
    backend: "load balancer backend",
    attachment: "transit router attachment",
};

/**
 * The marks written on a box: overlaps and mandatory verdicts. Advisory verdicts only colour the
 * border (the footer lists them by policy): on a typical stack nearly every node has one.
 */
function markLines(marks: readonly Mark[]): string[] {
    return marks
        .filter((m) => m.level !== "advisory")
        .sort((a, b) => a.level.localeCompare(b.level) || a.text.localeCompare(b.text))
        .map((m) => styled(m.level === "overlap" ? m.text : `${m.level}: ${m.text}`, { color: markColors[m.level], bold: true, size: 9 }));
}

/** The EIPs drawn inside a row or box, each with its marks. */
function addressLines(addresses: readonly Box[]): string[] {
    return addresses.flatMap((address) => [
        `${styled(address.kind, { bold: true, color: linkStyles.address.color, size: 9 })} ${styled([address.title, ...address.lines].join(" · "), { color: muted, size: 9 })}`,
        ...markLines(address.marks),
    ]);
}

/** Attributes every cluster sets itself (a cluster does not inherit the root graph's label settings). */
const clusterBase = { fontname: layoutFont, fontsize: 12, labeljust: "l", labelloc: "t", style: "rounded,filled" };

/** A red border when anything on the box is wrong, amber when only advisories are. */
function borderOf(marks: readonly Mark[], normal: string): string {
    if (marks.some((m) => m.level !== "advisory")) {
        return markColors.mandatory;
    }
    return marks.length > 0 ? markColors.advisory : normal;
}

/** Where an edge ends: a node, and the port of a row in a vSwitch table. */
interface Endpoint {
    node: string;
    port?: string;
    /** For a VPC: the cluster the edge is clipped at. */
    cluster?: string;
}

class GraphWriter {
    private count = 0;
    readonly endpoints = new Map<string, Endpoint>();

    id(prefix: string): string {
        this.count += 1;
        return `${prefix}${this.count}`;
    }

    rowHtml(row: Row, port: string): string {
        const parts = [`${styled(row.kind, { bold: true })} ${styled(row.title)}`];
        if (row.detail) {
            parts.push(styled(row.detail, { color: muted, size: 9 }));
        }
        if (row.extras.length > 0) {
            parts.push(styled(`+ ${row.extras.join(", ")}`, { color: muted, size: 9 }));
        }
        parts.push(...addressLines(row.addresses), ...markLines(row.marks));
        const marks = [...row.marks, ...row.addresses.flatMap((a) => a.marks)];
        return `<tr><td${attributes({ port, align: "left", balign: "left", color: borderOf(marks, "#9e9e9e") })}>${lines(parts)}</td></tr>`;
    }

    vswitchNode(vswitch: VswitchBox): Node {
        const name = this.id("vsw");
        this.endpoints.set(vswitch.key, { node: name, port: "h" });
        const header = [styled(`vSwitch ${vswitch.title}`, { bold: true }), styled([vswitch.cidr, vswitch.zone].filter(Boolean).join(" · "), { size: 9 }), ...markLines(vswitch.marks)];
        const rows = vswitch.rows.map((row, i) => {
            this.endpoints.set(row.key, { node: name, port: `r${i}` });
            return this.rowHtml(row, `r${i}`);
        });
        const border = borderOf(vswitch.marks, "#4a7fd4");
        const table = `<table${attributes({ border: 1, cellborder: 1, cellspacing: 0, cellpadding: 4, bgcolor: "white", color: border })}><tr><td${attributes({ port: "h", bgcolor: vswitch.existing ? "#eeeeee" : "#d3e3f8", align: "left", balign: "left" })}>${lines(header)}</td></tr>${rows.join("")}</table>`;
        return { name, attributes: { label: { html: table } } };
    }

    boxNode(box: Box): Node {
        const name = this.id("box");
        this.endpoints.set(box.key, { node: name });
        const body = [`${styled(box.kind, { bold: true })} ${styled(box.title)}`, ...box.lines.map((l) => styled(l, { color: muted, size: 9 })), ...addressLines(box.addresses), ...markLines(box.marks)];
        const marks = [...box.marks, ...box.addresses.flatMap((a) => a.marks)];
        const table = `<table${attributes({ border: 1, cellborder: 0, cellspacing: 0, cellpadding: 4, bgcolor: boxFills[box.kind] ?? "white", color: borderOf(marks, "#9e9e9e"), style: "rounded" })}><tr><td align="left" balign="left">${lines(body)}</td></tr></table>`;
        return { name, attributes: { label: { html: table } } };
    }

    vpcCluster(vpc: VpcBox): Subgraph {
        const name = this.id("cluster_vpc");
        // Lines to the VPC end at its left border: at an invisible point left of everything inside.
        const anchor: Node = { name: this.id("anchor"), attributes: { shape: "point", style: "invis", width: 0.01 } };
        const inside = [...vpc.vswitches.map((v) => this.vswitchNode(v)), ...vpc.boxes.map((b) => this.boxNode(b))];
        const nodes = [anchor, ...inside];
        const edges: Edge[] = inside.map((node) => ({ tail: anchor.name, head: node.name, attributes: { style: "invis" } }));
        this.endpoints.set(vpc.key, { node: anchor.name, cluster: name });
        const title = styled([`VPC ${vpc.title}`, vpc.blocks.join(", ")].filter(Boolean).join(" · "), { bold: true });
        const owner = vpc.owner ? [styled(vpc.owner, { color: muted, size: 9 })] : [];
        const attached = vpc.attachments.map((a) => styled(`attached to transit router ${a}`, { color: linkStyles.attachment.color, size: 9 }));
        const hops = [...new Set(vpc.routes.map((r) => r.nextHop))];
        const routes = hops.map((hop) => styled(`routes to ${hop}: ${vpc.routes.filter((r) => r.nextHop === hop).map((r) => r.destination).join(", ")}`, { color: muted, size: 9 }));
        const label = lines([title, ...owner, ...attached, ...routes, ...markLines(vpc.marks)]);
        const fillcolor = vpc.existing ? "#f2f2f2" : "#eaf2fb";
        // Lines come in from the left: the label sits on the right, out of their way.
        return { name, graphAttributes: { ...clusterBase, labeljust: "r", label: { html: label }, fillcolor, color: borderOf(vpc.marks, "#4a7fd4"), penwidth: markLines(vpc.marks).length > 0 ? 2 : 1 }, nodes, edges };
    }

    groupCluster(group: GroupBox): Subgraph {
        const label = lines([styled(group.title, { bold: true }), ...group.lines.map((l) => styled(l, { color: muted, size: 9 }))]);
        return { name: this.id("cluster_group"), graphAttributes: { ...clusterBase, label: { html: label }, fillcolor: "#fffaf0", color: "#d4a017" }, nodes: group.boxes.map((b) => this.boxNode(b)) };
    }

    accountCluster(account: AccountBox): Subgraph {
        const label = lines([styled(account.title, { bold: true }), ...account.lines.map((l) => styled(l, { color: muted, size: 9 }))]);
        return {
            name: this.id("cluster_account"),
            graphAttributes: { ...clusterBase, label: { html: label }, fillcolor: "#f7f7f7", color: "#9e9e9e" },
            nodes: account.boxes.map((b) => this.boxNode(b)),
            subgraphs: [...account.groups.map((g) => this.groupCluster(g)), ...account.vpcs.map((v) => this.vpcCluster(v))],
        };
    }

    edge(link: Link): Edge | undefined {
        const from = this.endpoints.get(link.from);
        const to = this.endpoints.get(link.to);
        if (from === undefined || to === undefined) {
            return undefined;
        }
        const attrs: Record<string, string | { html: string }> = { ...linkStyles[link.kind] };
        if (link.label) {
            // An external label: Graphviz moves it off other labels (parallel edges share a midpoint).
            attrs.xlabel = { html: styled(link.label, { color: linkStyles[link.kind].color, size: 9 }) };
        }
        if (from.port) attrs.tailport = from.port;
        if (to.port) attrs.headport = to.port;
        if (to.cluster) attrs.lhead = to.cluster;
        if (from.cluster) attrs.ltail = from.cluster;
        return { tail: from.node, head: to.node, attributes: attrs };
    }
}

/** Every advisory verdict, by policy: the names of what it concerns. */
function advisoriesByPolicy(model: NetworkModel): Array<[string, string[]]> {
    const byPolicy = new Map<string, string[]>();
    const note = (marks: readonly Mark[], where: string) => {
        for (const m of marks.filter((m) => m.level === "advisory")) {
            byPolicy.set(m.text, [...(byPolicy.get(m.text) ?? []), where]);
        }
    };
    for (const account of model.accounts) {
        const noteBox = (box: Box) => {
            note(box.marks, box.title);
            for (const address of box.addresses) note(address.marks, address.title);
        };
        [...account.boxes, ...account.groups.flatMap((g) => g.boxes)].forEach(noteBox);
        for (const vpc of account.vpcs) {
            note(vpc.marks, vpc.title);
            vpc.boxes.forEach(noteBox);
            for (const vswitch of vpc.vswitches) {
                note(vswitch.marks, vswitch.title);
                for (const row of vswitch.rows) {
                    note(row.marks, row.title);
                    for (const address of row.addresses) note(address.marks, address.title);
                }
            }
        }
    }
    model.hubs.forEach((hub) => note(hub.marks, hub.title));
    for (const { where, mark } of model.otherMarks) note([mark], where);
    return [...byPolicy.entries()].sort((a, b) => a[0].localeCompare(b[0]));
}

function footer(model: NetworkModel): string {
    const parts = [styled(`stack ${model.stack}, as planned offline: ${model.command}`, { bold: true })];
    // Only the kinds of line the picture has: a legend of absent lines reads as something missing.
    const drawn = (Object.keys(linkLegend) as Array<Link["kind"]>).filter((kind) => model.links.some((link) => link.kind === kind));
    if (drawn.length > 0) {
        const legend = drawn.map((kind) => styled(linkLegend[kind], { color: linkStyles[kind].color, size: 9 }));
        parts.push(styled("lines: ", { color: muted, size: 9 }) + legend.join(styled(" · ", { color: muted, size: 9 })));
    }
    for (const { where, mark } of model.otherMarks.filter((o) => o.mark.level !== "advisory")) {
        parts.push(styled(`${mark.level}: ${mark.text} on ${where}`, { color: markColors[mark.level], bold: true, size: 9 }));
    }
    for (const [policy, where] of advisoriesByPolicy(model)) {
        parts.push(styled(`advisory (amber border): ${policy} on ${where.join(", ")}`, { color: markColors.advisory, size: 9 }));
    }
    if (model.notDrawn.length > 0) {
        parts.push(styled(`also planned, not drawn: ${model.notDrawn.map(([type, n]) => `${n} ${type}`).join(", ")}`, { color: muted, size: 9 }));
    }
    return lines(parts);
}

/** The model as a Graphviz graph object (no DOT text: nothing in a name can break the syntax). */
export function toGraph(model: NetworkModel): Graph {
    const writer = new GraphWriter();
    const hubs = model.hubs.map((box) => writer.boxNode(box));
    const subgraphs = model.accounts.map((account) => writer.accountCluster(account));
    const edges = model.links.map((link) => writer.edge(link)).filter((e): e is Edge => e !== undefined);
    return {
        name: "network",
        directed: true,
        graphAttributes: { compound: true, newrank: true, forcelabels: true, rankdir: "LR", fontname: layoutFont, fontsize: 11, nodesep: 0.25, ranksep: 0.45, label: { html: footer(model) }, labelloc: "b", labeljust: "l" },
        nodeAttributes: { shape: "plain", fontname: layoutFont, fontsize: 10 },
        edgeAttributes: { fontname: layoutFont, fontsize: 9, arrowsize: 0.6 },
        nodes: hubs,
        subgraphs,
        edges,
    };
}
