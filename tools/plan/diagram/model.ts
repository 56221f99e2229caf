/** What the diagram shows, before any layout: boxes inside accounts and VPCs, links, marks. */

/** A warning drawn on a box: a mandatory or advisory policy verdict, or an address problem the diagram found. */
export interface Mark {
    level: "mandatory" | "advisory" | "overlap";
    text: string;
}

/** One line of a vSwitch's table: something placed in that vSwitch. */
export interface Row {
    /** The resource's URN (links and marks find it by this). */
    key: string;
    /** What it is: "ECS", "NAT", "RDS", ... */
    kind: string;
    title: string;
    /** Details after the title: type, class, zone, ... */
    detail: string;
    /** Resources that only hang off this one (an RDS database, account, backup policy), by short type. */
    extras: string[];
    /** EIPs bound to this resource alone, drawn inside its row instead of as boxes with a line. */
    addresses: Box[];
    marks: Mark[];
}

/** A free-standing box: an EIP, a load balancer, a HaVip, a transit router. */
export interface Box {
    key: string;
    kind: string;
    title: string;
    lines: string[];
    /** EIPs bound to this box alone, drawn inside it. */
    addresses: Box[];
    marks: Mark[];
}

export interface VswitchBox {
    key: string;
    title: string;
    cidr?: string;
    zone?: string;
    /** Not created by the plan: an existing vSwitch its resources name by id. */
    existing: boolean;
    rows: Row[];
    marks: Mark[];
}

export interface VpcBox {
    key: string;
    title: string;
    /** The component that created it, e.g. "SingleAccountCluster dev-cluster". */
    owner?: string;
    blocks: string[];
    existing: boolean;
    vswitches: VswitchBox[];
    /** Boxes that live in the VPC but are no row of a vSwitch table (HaVips). */
    boxes: Box[];
    /** Transit routers the VPC is attached to ("tr", "tr (granted)"). */
    attachments: string[];
    /** Route entries: destination block -> next hop. */
    routes: Array<{ destination: string; nextHop: string }>;
    marks: Mark[];
}

/** Boxes that belong together (the EIPs of one shared bandwidth package). */
export interface GroupBox {
    key: string;
    title: string;
    lines: string[];
    boxes: Box[];
}

/** One account (an alicloud provider, or the default one). */
export interface AccountBox {
    key: string;
    title: string;
    lines: string[];
    vpcs: VpcBox[];
    boxes: Box[];
    groups: GroupBox[];
}

/** A line between two boxes, rows or VPCs, by their keys. */
export interface Link {
    from: string;
    to: string;
    label: string;
    kind: "address" | "vip" | "backend" | "attachment";
}

export interface NetworkModel {
    stack: string;
    /** The command that draws the diagram again. */
    command: string;
    accounts: AccountBox[];
    /** Boxes that join accounts (transit routers, CEN instances), drawn outside every account. */
    hubs: Box[];
    links: Link[];
    /** Verdicts on resources the diagram does not draw (a security-group rule), and on the stack. */
    otherMarks: Array<{ where: string; mark: Mark }>;
    /** Resource types in the plan that are not drawn, with their counts (shown in the footer). */
    notDrawn: Array<[string, number]>;
}
