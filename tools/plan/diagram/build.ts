import { displayType } from "../names";
import { addLinks } from "./links";
import { addMarks } from "./marks";
import { AccountBox, Box, NetworkModel, Row, VpcBox, VswitchBox } from "./model";
import { DiagramInput, DiagramResource, ResourceIndex, shortName, text } from "./resources";
import { DrawnTypes as T, roleOf } from "./types";

/** Plan order is registration order, which can vary; the diagram sorts by name so it never does. */
const byName = (a: DiagramResource, b: DiagramResource) => a.name.localeCompare(b.name, "en", { numeric: true }) || a.urn.localeCompare(b.urn);

/** The boxes of a plan, placed in accounts, VPCs and vSwitches; shared by the link and mark passes. */
export class Placement {
    readonly accounts = new Map<string, AccountBox>();
    readonly vpcs = new Map<string, VpcBox>();
    readonly vswitches = new Map<string, VswitchBox>();
    readonly rows = new Map<string, Row>();
    readonly boxes = new Map<string, Box>();
    readonly hubs: Box[] = [];

    constructor(readonly index: ResourceIndex) {}

    name(resource: DiagramResource): string {
        return shortName(resource, this.index);
    }

    /** The account a resource is created in: its provider, else the default one. */
    account(resource: DiagramResource): AccountBox {
        const provider = this.index.get(resource.provider);
        const key = provider?.urn ?? "default";
        let account = this.accounts.get(key);
        if (account === undefined) {
            const lines = provider ? [text(provider, "accountId"), text(provider, "region")].filter((v): v is string => v !== undefined) : ["default provider"];
            account = { key, title: provider ? `account ${this.name(provider)}` : "account", lines: [lines.join(" · ")], vpcs: [], boxes: [], groups: [] };
            this.accounts.set(key, account);
        }
        return account;
    }

    /** A VPC box, also for a VPC the plan does not create (named by id): an "existing VPC". */
    vpc(key: string, account: AccountBox, make: () => Omit<VpcBox, "vswitches" | "boxes" | "attachments" | "routes" | "marks">): VpcBox {
        let vpc = this.vpcs.get(key);
        if (vpc === undefined) {
            vpc = { ...make(), vswitches: [], boxes: [], attachments: [], routes: [], marks: [] };
            this.vpcs.set(key, vpc);
            account.vpcs.push(vpc);
        }
        return vpc;
    }

    /** The vSwitch box a resource's `vswitchId` names (the first, for an HA database naming two), or undefined. */
    vswitchOf(resource: DiagramResource): VswitchBox | undefined {
        const planned = this.index.ref(resource, "vswitchId", T.vswitch);
        if (planned !== undefined) {
            return this.vswitches.get(planned.urn);
        }
        const [existingId] = this.index.unresolvedIds(resource, "vswitchId");
        if (existingId === undefined) {
            return undefined;
        }
        const account = this.account(resource);
        const vpc = this.vpc(`existing-vpc:${account.key}`, account, () => ({ key: `existing-vpc:${account.key}`, title: "existing VPC", blocks: [], existing: true }));
        let vswitch = this.vswitches.get(existingId);
        if (vswitch === undefined) {
            vswitch = { key: existingId, title: `existing vSwitch ${existingId}`, existing: true, rows: [], marks: [] };
            this.vswitches.set(existingId, vswitch);
            vpc.vswitches.push(vswitch);
        }
        return vswitch;
    }

    addRow(vswitch: VswitchBox, resource: DiagramResource, kind: string, detail: string): Row {
        const row: Row = { key: resource.urn, kind, title: this.name(resource), detail, extras: [], addresses: [], marks: [] };
        vswitch.rows.push(row);
        this.rows.set(row.key, row);
        return row;
    }

    addBox(boxes: Box[], resource: DiagramResource, kind: string, lines: string[]): Box {
        const box: Box = { key: resource.urn, kind, title: this.name(resource), lines: lines.filter((l) => l !== ""), addresses: [], marks: [] };
        boxes.push(box);
        this.boxes.set(box.key, box);
        return box;
    }

    /** A resource drawn as a row of its vSwitch when it has one, else as a box of its account. */
    placeInVswitch(resource: DiagramResource, kind: string, detail: string): void {
        const vswitch = this.vswitchOf(resource);
        if (vswitch !== undefined) {
            this.addRow(vswitch, resource, kind, detail);
        } else {
            this.addBox(this.account(resource).boxes, resource, kind, [detail]);
        }
    }
}

const joined = (...parts: Array<string | undefined>) => parts.filter((p) => p !== undefined && p !== "").join(" · ");

function placeNetworks(p: Placement): void {
    const { index } = p;
    for (const vpc of index.ofTypes(T.vpc).sort(byName)) {
        const secondary = index.ofTypes(T.secondaryBlock).filter((b) => index.ref(b, "vpcId", T.vpc) === vpc).map((b) => text(b, "secondaryCidrBlock"));
        const listed = Array.isArray(vpc.inputs.secondaryCidrBlocks) ? vpc.inputs.secondaryCidrBlocks.map(String) : [];
        const blocks = [text(vpc, "cidrBlock"), ...listed, ...secondary].filter((b): b is string => b !== undefined);
        const component = index.get(vpc.parent);
        const owner = component && component.id === undefined && !component.type.startsWith("pulumi:") ? `${component.type.split(":").pop()} ${component.name}` : undefined;
        p.vpc(vpc.urn, p.account(vpc), () => ({ key: vpc.urn, title: p.name(vpc), owner, blocks, existing: false }));
    }
    for (const vswitch of index.ofTypes(T.vswitch).sort(byName)) {
        const planned = index.ref(vswitch, "vpcId", T.vpc);
        const account = p.account(vswitch);
        const vpc = planned ? p.vpcs.get(planned.urn)! : p.vpc(`existing-vpc:${account.key}`, account, () => ({ key: `existing-vpc:${account.key}`, title: "existing VPC", blocks: [], existing: true }));
        const box: VswitchBox = { key: vswitch.urn, title: p.name(vswitch), cidr: text(vswitch, "cidrBlock"), zone: text(vswitch, "zoneId"), existing: false, rows: [], marks: [] };
        vpc.vswitches.push(box);
        p.vswitches.set(box.key, box);
    }
}

function placeMembers(p: Placement): void {
    const { index } = p;
    const sorted = (types: readonly string[]) => index.ofTypes(types).sort(byName);
    for (const nat of sorted(T.natGateway)) {
        const entries = index.ofTypes(T.snatEntry).filter((e) => index.ref(e, "snatTableId", T.natGateway) === nat);
        const sources = [...new Set(entries.map((e) => index.ref(e, "sourceVswitchId", T.vswitch)).map((v, i) => (v ? p.name(v) : text(entries[i], "sourceCidr") ?? "?")))];
        const addresses = [...new Set(entries.map((e) => index.ref(e, "snatIp", T.eip)).map((eip, i) => (eip ? p.name(eip) : text(entries[i], "snatIp") ?? "?")))];
        const snat = entries.length > 0 ? `SNAT for ${sources.join(", ")} via ${addresses.join(", ")}` : "";
        p.placeInVswitch(nat, "NAT", joined(text(nat, "natType") && `${text(nat, "natType")} NAT gateway`, snat));
    }
    for (const instance of sorted(T.instance)) {
        p.placeInVswitch(instance, "ECS", joined(text(instance, "instanceType")));
    }
    for (const rds of sorted(T.rds)) {
        const standby = index.refs(rds, "vswitchId", T.vswitch).slice(1).map((v) => `standby in ${p.name(v)}`);
        p.placeInVswitch(rds, "RDS", joined(`${text(rds, "engine") ?? ""} ${text(rds, "engineVersion") ?? ""}`.trim(), text(rds, "instanceType"), ...standby));
    }
    for (const redis of sorted(T.redis)) {
        const secondary = text(redis, "secondaryZoneId");
        p.placeInVswitch(redis, "Redis", joined(`Redis ${text(redis, "engineVersion") ?? ""}`.trim(), text(redis, "instanceClass"), secondary && `replica in ${secondary}`));
    }
    for (const lb of sorted(T.loadBalancer)) {
        const listeners = index
            .ofTypes(T.listener)
            .filter((l) => index.ref(l, "loadBalancerId", T.loadBalancer) === lb)
            .sort(byName)
            .map((l) => joined(`${(text(l, "protocol") ?? "").toUpperCase()} :${text(l, "frontendPort") ?? "?"} → :${text(l, "backendPort") ?? "?"}`, text(l, "healthCheckUri") && `health ${text(l, "healthCheckUri")}`));
        const detail = joined(text(lb, "addressType") ?? "internet", text(lb, "loadBalancerSpec"));
        const vswitch = p.vswitchOf(lb);
        if (vswitch !== undefined && text(lb, "addressType") === "intranet") {
            p.addRow(vswitch, lb, "SLB", joined(detail, ...listeners));
        } else {
            p.addBox(p.account(lb).boxes, lb, "SLB", [detail, ...listeners]);
        }
    }
    for (const havip of sorted(T.havip)) {
        const vswitch = index.ref(havip, "vswitchId", T.vswitch);
        const vpc = vswitch ? [...p.vpcs.values()].find((v) => v.vswitches.some((s) => s.key === vswitch.urn)) : undefined;
        const lines = [joined(`in ${vswitch ? p.name(vswitch) : "its vSwitch"}`, text(havip, "ipAddress") ?? "address assigned by the cloud")];
        p.addBox(vpc ? vpc.boxes : p.account(havip).boxes, havip, "HaVip", lines);
    }
}

function placeAccountBoxes(p: Placement): void {
    const { index } = p;
    for (const router of index.ofTypes(T.transitRouter).sort(byName)) {
        const cen = index.ref(router, "cenId", T.cen);
        const tables = index
            .ofTypes(T.routeTable)
            .filter((t) => index.ref(t, "transitRouterId", T.transitRouter) === router)
            .sort(byName)
            .map((t) => {
                const count = (types: readonly string[]) => index.ofTypes(types).filter((a) => index.ref(a, "transitRouterRouteTableId", T.routeTable) === t).length;
                return `route table ${p.name(t)}: ${count(T.routeTableAssociation)} associated, ${count(T.routeTablePropagation)} propagating`;
            });
        p.addBox(p.hubs, router, "transit router", [joined(cen && `CEN ${p.name(cen)}`, `in ${p.account(router).title}`), ...tables]);
    }
    for (const cen of index.ofTypes(T.cen).sort(byName)) {
        if (!index.ofTypes(T.transitRouter).some((r) => index.ref(r, "cenId", T.cen) === cen)) {
            p.addBox(p.hubs, cen, "CEN", [`in ${p.account(cen).title}`]);
        }
    }
    for (const pkg of index.ofTypes(T.bandwidthPackage).sort(byName)) {
        const account = p.account(pkg);
        account.groups.push({ key: pkg.urn, title: `shared bandwidth ${p.name(pkg)}`, lines: [joined(text(pkg, "bandwidth") && `${text(pkg, "bandwidth")} Mbit/s`, text(pkg, "internetChargeType"))], boxes: [] });
    }
    for (const eip of index.ofTypes(T.eip).sort(byName)) {
        const attachment = index.ofTypes(T.bandwidthPackageAttachment).find((a) => index.ref(a, "instanceId", T.eip) === eip);
        const pkg = attachment && index.ref(attachment, "bandwidthPackageId", T.bandwidthPackage);
        const account = p.account(eip);
        const group = pkg && account.groups.find((g) => g.key === pkg.urn);
        const rate = pkg ? "on the shared bandwidth" : text(eip, "bandwidth") && `${text(eip, "bandwidth")} Mbit/s`;
        p.addBox(group ? group.boxes : account.boxes, eip, "EIP", [joined(rate, text(eip, "internetChargeType"))]);
    }
}

/** Undrawn resources that only refer to a drawn row or box become its extras; the rest are counted. */
function attachOthers(p: Placement, resources: readonly DiagramResource[]): Array<[string, number]> {
    const counts = new Map<string, number>();
    for (const r of resources) {
        if (roleOf(r.type) !== undefined || r.type.startsWith("pulumi:") || !r.type.includes(":") || r.id === undefined) {
            continue;
        }
        // Only a reference by id counts: a rule that merely uses a node's address does not hang off it.
        const owner = Object.keys(r.inputs)
            .flatMap((input) => p.index.idRefs(r, input))
            .map((ref) => p.rows.get(ref.urn))
            .find((row): row is Row => row !== undefined);
        const kind = displayType(r.type).split(":").pop()!;
        if (owner !== undefined) {
            if (!owner.extras.includes(kind)) {
                owner.extras.push(kind);
            }
        } else {
            counts.set(displayType(r.type), (counts.get(displayType(r.type)) ?? 0) + 1);
        }
    }
    return [...counts.entries()].sort((a, b) => a[0].localeCompare(b[0]));
}

/** The network a plan would create: accounts, VPCs, vSwitches and what is in them, links, marks. */
export function buildModel(input: DiagramInput): NetworkModel {
    const index = new ResourceIndex(input.resources);
    const p = new Placement(index);
    placeNetworks(p);
    placeMembers(p);
    placeAccountBoxes(p);
    const notDrawn = attachOthers(p, input.resources);
    const links = addLinks(p);
    const otherMarks = addMarks(p, input.violations ?? []);
    const accounts = [...p.accounts.values()];
    const command = input.command ?? `npm run plan -- --stack ${input.stack} --diagram FILE`;
    return { stack: input.stack, command, accounts, hubs: p.hubs, links, otherMarks, notDrawn };
}
