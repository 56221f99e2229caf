/**
 * HA lab: a client and 2..3 nodes, each in its own network namespace, on a bridge that lives in a
 * fourth ("switch") namespace, so no address or link is added to the host. Each node gets its own
 * /etc/nginx and /etc/keepalived through /etc/netns/<ns>/ (bind-mounted by `ip netns exec`) and its
 * own pid files under /run/<prefix>/<node>. The install script that runs on a node is the rendered
 * one, with only the environment object (pidFileEnvironment) differing from ECS.
 * Shared by test/ha/*.spec.ts and bench/failover.ts.
 */
import * as fs from "fs";
import {
    FailoverProfile, HaClusterOptions, NodeBundle, pidFileEnvironment, ProvisionEnvironment, renderNodeBundle, rollingOrder, servedBy,
} from "../../components/provision";
import { must, run, waitFor } from "./exec";

export { haUnavailableReason, isCi, requireHaLab } from "./prerequisites";
export { run, must, sleep, waitFor } from "./exec";

export const SUBNET_PREFIX = "10.213.0";
export const VIP = `${SUBNET_PREFIX}.100`;
const CLIENT_IP = `${SUBNET_PREFIX}.2`;

export interface LabOptions {
    nodeCount: number;
    profile: FailoverProfile;
    /** Names in priority order (index 0 = highest priority). Default: node1..nodeN. */
    nodeNames?: string[];
    nopreempt?: boolean;
    authPass?: string;
    /** How many nodes (the first N) form the cluster; the others exist but are not provisioned. Default: all. */
    members?: number;
    /** Any other cluster option, as a component change would set it (e.g. garpRefreshSeconds). Default: none. */
    extra?: Partial<HaClusterOptions>;
    /** Remove the VIP whenever keepalived exits, as the ECS drop-in's ExecStopPost does. Default: true. */
    vipCleanup?: boolean;
}

export interface LabNode {
    index: number;
    name: string;
    ns: string;
    ip: string;
    runDir: string;
    env: ProvisionEnvironment;
    /** Bridge port of the node in the switch namespace. */
    switchPort: string;
}

let labCounter = 0;

export class HaLab {
    readonly prefix: string;
    readonly switchNs: string;
    readonly clientNs: string;
    /** A name for the root network namespace (keepalived starts from it, see pidFileEnvironment). */
    readonly rootNs: string;
    readonly nodes: LabNode[];
    private readonly runRoot: string;
    private options: LabOptions;

    constructor(options: LabOptions) {
        this.options = options;
        this.prefix = `kab${process.pid}${String.fromCharCode(97 + (labCounter++ % 26))}`;
        this.switchNs = `${this.prefix}s`;
        this.clientNs = `${this.prefix}c`;
        this.rootNs = `${this.prefix}r`;
        this.runRoot = `/run/${this.prefix}`;
        const names = options.nodeNames ?? Array.from({ length: options.nodeCount }, (_, i) => `node${i + 1}`);
        this.nodes = names.map((name, index) => {
            const runDir = `${this.runRoot}/${name}`;
            return {
                index, name, runDir,
                ns: `${this.prefix}n${index}`,
                ip: `${SUBNET_PREFIX}.${11 + index}`,
                // keepalived from the root namespace (-s) for track_process, nginx under a name of its own
                // (all namespaces share one PID space), and the VIP removed whenever keepalived exits.
                env: pidFileEnvironment({
                    runDir,
                    netns: `${this.prefix}n${index}`,
                    rootNetnsFile: `/run/netns/${this.rootNs}`,
                    nginxProcessName: `${this.prefix}n${index}`,
                    afterKeepalivedExit: options.vipCleanup === false ? undefined : `ip -n ${this.prefix}n${index} -4 addr del ${VIP}/24 dev eth0 2>/dev/null`,
                }),
                switchPort: `n${index}`,
            };
        });
    }

    /** The nodes that form the cluster now (see `members`). */
    get members(): LabNode[] {
        return this.nodes.slice(0, this.options.members ?? this.nodes.length);
    }

    /** The cluster options every node is rendered from (with the node's own environment). */
    clusterOptions(node: LabNode): HaClusterOptions {
        return {
            nodePrivateIps: this.members.map((n) => n.ip),
            nodeNames: this.members.map((n) => n.name),
            vip: VIP,
            vipPrefixLength: 24,
            profile: this.options.profile,
            nopreempt: this.options.nopreempt,
            authPass: this.options.authPass,
            ...this.options.extra,
            environment: node.env,
        };
    }

    bundle(node: LabNode): NodeBundle {
        return renderNodeBundle(this.clusterOptions(node), node.index);
    }

    /** Re-renders with other options (e.g. nopreempt) for the next `provisionAll`. */
    reconfigure(changes: Partial<LabOptions>): void {
        this.options = { ...this.options, ...changes };
    }

    async ns(ns: string, args: string[], input?: string): Promise<string> {
        return must("ip", ["netns", "exec", ns, ...args], { input });
    }

    /** Creates namespaces, the bridge, veth links, per-node /etc and run directories. */
    async create(): Promise<void> {
        fs.mkdirSync(this.runRoot, { recursive: true, mode: 0o755 });
        await must("ip", ["netns", "attach", this.rootNs, String(process.pid)]);
        for (const ns of [this.switchNs, this.clientNs, ...this.nodes.map((n) => n.ns)]) {
            await must("ip", ["netns", "add", ns]);
            await must("ip", ["-n", ns, "link", "set", "lo", "up"]);
        }
        await must("ip", ["-n", this.switchNs, "link", "add", "br0", "type", "bridge"]);
        await must("ip", ["-n", this.switchNs, "link", "set", "br0", "up"]);
        const hosts = [
            { ns: this.clientNs, ip: CLIENT_IP, port: "c" },
            ...this.nodes.map((n) => ({ ns: n.ns, ip: n.ip, port: n.switchPort })),
        ];
        for (const host of hosts) {
            await must("ip", ["-n", this.switchNs, "link", "add", host.port, "type", "veth", "peer", "name", "eth0", "netns", host.ns]);
            await must("ip", ["-n", this.switchNs, "link", "set", host.port, "master", "br0", "up"]);
            await must("ip", ["-n", host.ns, "addr", "add", `${host.ip}/24`, "dev", "eth0"]);
            await must("ip", ["-n", host.ns, "link", "set", "eth0", "up"]);
        }
        for (const node of this.nodes) {
            this.createNodeEtc(node);
        }
    }

    /** /etc/netns/<ns>/{nginx,keepalived}: a copy of the host's nginx config with a per-node pid file. */
    private createNodeEtc(node: LabNode): void {
        fs.mkdirSync(node.runDir, { recursive: true, mode: 0o755 });
        const etc = `/etc/netns/${node.ns}`;
        fs.mkdirSync(`${etc}/keepalived`, { recursive: true, mode: 0o755 });
        fs.cpSync("/etc/nginx", `${etc}/nginx`, { recursive: true, verbatimSymlinks: true });
        const confPath = `${etc}/nginx/nginx.conf`;
        const conf = fs.readFileSync(confPath, "utf8").replace(/^pid\s+[^;]+;/m, `pid ${node.runDir}/nginx.pid;`);
        fs.writeFileSync(confPath, conf);
        // Debian's nginx-light ships sites-enabled/default as a symlink: make sure each node has one,
        // so the install script's removal of the default site is exercised.
        const defaultSite = `${etc}/nginx/sites-enabled/default`;
        if (!fs.existsSync(defaultSite) && fs.existsSync(`${etc}/nginx/sites-available/default`)) {
            fs.symlinkSync("/etc/nginx/sites-available/default", defaultSite);
        }
    }

    /** Runs the node's rendered install script (`bash -s`, script on stdin) inside its namespace. */
    async provision(node: LabNode): Promise<string> {
        const result = await run("ip", ["netns", "exec", node.ns, "bash", "-s"], { input: this.bundle(node).script, timeoutMs: 60_000 });
        if (result.code !== 0) {
            throw new Error(`install script on ${node.name} exited ${result.code}:\n${result.stderr}${result.stdout}`);
        }
        return result.stdout;
    }

    /**
     * Provisions the nodes one after another in the component's order (lowest priority first, the
     * preferred master last); returns each script's output in node order.
     */
    async provisionAll(): Promise<string[]> {
        const outputs: string[] = [];
        for (const index of rollingOrder(this.members.length)) {
            outputs[index] = await this.provision(this.nodes[index]);
        }
        return outputs;
    }

    /** The node name in the page the client gets from http://VIP/, or undefined on failure. */
    async clientGet(timeoutSeconds = 0.5): Promise<string | undefined> {
        const result = await run("ip", ["netns", "exec", this.clientNs, "curl", "-s", "--noproxy", "*",
            "--max-time", String(timeoutSeconds), `http://${VIP}/`], { timeoutMs: timeoutSeconds * 1000 + 5000 });
        return result.code === 0 ? servedBy(result.stdout) : undefined;
    }

    async holdsVip(node: LabNode): Promise<boolean> {
        const out = await run("ip", ["-n", node.ns, "-4", "-o", "addr", "show", "dev", "eth0"]);
        return out.stdout.includes(` ${VIP}/`);
    }

    async vipHolders(): Promise<string[]> {
        const holds = await Promise.all(this.nodes.map((n) => this.holdsVip(n)));
        return this.nodes.filter((_, i) => holds[i]).map((n) => n.name);
    }

    async describe(): Promise<string> {
        return `VIP on [${(await this.vipHolders()).join(", ")}], client gets ${await this.clientGet()}`;
    }

    /** Waits until exactly `expected` holds the VIP and the client is served by it. */
    async waitForMaster(expected: string, timeoutMs = 10_000): Promise<void> {
        await waitFor(`${expected} to hold the VIP and serve the client`, async () => {
            const holders = await this.vipHolders();
            if (holders.length !== 1 || holders[0] !== expected) {
                return undefined;
            }
            return (await this.clientGet()) === expected ? true : undefined;
        }, { timeoutMs, intervalMs: 100, describe: () => this.describe() });
    }

    node(name: string): LabNode {
        const found = this.nodes.find((n) => n.name === name);
        if (!found) {
            throw new Error(`no lab node ${name}`);
        }
        return found;
    }

    async pidOf(file: string): Promise<number | undefined> {
        try {
            const pid = Number(fs.readFileSync(file, "utf8").trim());
            // A daemon that exited stays a zombie when this machine's init does not reap: not running.
            const state = fs.readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /s, "")[0];
            return pid > 1 && state !== "Z" ? pid : undefined;
        } catch {
            return undefined;
        }
    }

    async keepalivedPid(node: LabNode): Promise<number | undefined> {
        return this.pidOf(`${node.runDir}/keepalived.pid`);
    }

    async nginxPid(node: LabNode): Promise<number | undefined> {
        return this.pidOf(`${node.runDir}/nginx.pid`);
    }

    /** Clean stop: SIGTERM to this node's keepalived (from its own pid file); waits until it exits. */
    async stopKeepalived(node: LabNode): Promise<void> {
        const pid = await this.keepalivedPid(node);
        if (pid === undefined) {
            return;
        }
        process.kill(pid, "SIGTERM");
        await waitFor(`keepalived on ${node.name} to exit`, async () => ((await this.keepalivedPid(node)) === undefined ? true : undefined), { timeoutMs: 5000, intervalMs: 20 });
    }

    async startKeepalived(node: LabNode): Promise<void> {
        await this.ns(node.ns, ["bash", "-c", node.env.keepalived.start]);
        await waitFor(`keepalived on ${node.name} to start`, async () => this.keepalivedPid(node), { timeoutMs: 5000, intervalMs: 20 });
    }

    /** Kills this node's nginx master and workers: the process group named by its own pid file. */
    async killNginx(node: LabNode): Promise<void> {
        const pid = await this.nginxPid(node);
        if (pid === undefined) {
            throw new Error(`nginx on ${node.name} is not running`);
        }
        process.kill(-pid, "SIGKILL");
        await waitFor(`nginx on ${node.name} to die`, async () => ((await this.nginxPid(node)) === undefined ? true : undefined), { timeoutMs: 5000, intervalMs: 20 });
    }

    /** SIGKILL to every keepalived process of the node (parent, VRRP and checker children): a crash. */
    async killKeepalived(node: LabNode): Promise<void> {
        const pids = [await this.keepalivedPid(node), await this.pidOf(`${node.runDir}/vrrp.pid`), await this.pidOf(`${node.runDir}/checkers.pid`)];
        for (const pid of pids) {
            if (pid !== undefined) {
                process.kill(pid, "SIGKILL");
            }
        }
        await waitFor(`keepalived on ${node.name} to die`, async () => ((await this.keepalivedPid(node)) === undefined ? true : undefined), { timeoutMs: 5000, intervalMs: 20 });
        // A killed child whose parent died first is left to PID 1, which on this machine does not reap:
        // the zombie keeps its pid "alive" for keepalived's own already-running check. systemd reaps;
        // here the stale pid files go.
        for (const file of ["keepalived.pid", "vrrp.pid", "checkers.pid"]) {
            fs.rmSync(`${node.runDir}/${file}`, { force: true });
        }
    }

    /** Drops `probability` of the packets in and out of the node's link (iptables statistic match). */
    async lossOn(node: LabNode, probability: number): Promise<void> {
        for (const [chain, dir] of [["INPUT", "-i"], ["OUTPUT", "-o"]]) {
            await this.ns(node.ns, ["iptables", "-I", chain, dir, "eth0", "-m", "statistic", "--mode", "random", "--probability", String(probability), "-j", "DROP"]);
        }
    }

    async lossOff(node: LabNode): Promise<void> {
        for (const chain of ["INPUT", "OUTPUT"]) {
            await this.ns(node.ns, ["iptables", "-F", chain]);
        }
    }

    async startNginx(node: LabNode): Promise<void> {
        await this.ns(node.ns, ["bash", "-c", node.env.nginx.start]);
        await waitFor(`nginx on ${node.name} to start`, async () => this.nginxPid(node), { timeoutMs: 5000, intervalMs: 20 });
    }

    /** Unplugs the node's cable (the switch side of its veth): the node looks dead to everyone. */
    async linkDown(node: LabNode): Promise<void> {
        await must("ip", ["-n", this.switchNs, "link", "set", node.switchPort, "down"]);
    }

    async linkUp(node: LabNode): Promise<void> {
        await must("ip", ["-n", this.switchNs, "link", "set", node.switchPort, "up"]);
    }

    /** Drops VRRP (IP protocol 112) in and out of the node: it and a peer both claim the VIP. */
    async partition(node: LabNode): Promise<void> {
        for (const chain of ["INPUT", "OUTPUT"]) {
            await this.ns(node.ns, ["iptables", "-I", chain, "-p", "112", "-j", "DROP"]);
        }
    }

    async heal(node: LabNode): Promise<void> {
        for (const chain of ["INPUT", "OUTPUT"]) {
            await this.ns(node.ns, ["iptables", "-D", chain, "-p", "112", "-j", "DROP"]);
        }
    }

    /** Stops every daemon this lab started (by its pid files), deletes namespaces and directories. */
    async destroy(): Promise<void> {
        for (const node of this.nodes) {
            await this.stopKeepalived(node).catch(() => undefined);
            const keepalived = await this.keepalivedPid(node);
            if (keepalived !== undefined) {
                process.kill(keepalived, "SIGKILL");
            }
            for (const child of ["vrrp.pid", "checkers.pid"]) {
                const pid = await this.pidOf(`${node.runDir}/${child}`);
                if (pid !== undefined) {
                    process.kill(pid, "SIGKILL");
                }
            }
            const nginx = await this.nginxPid(node);
            if (nginx !== undefined) {
                process.kill(-nginx, "SIGKILL");
            }
        }
        for (const ns of [this.clientNs, ...this.nodes.map((n) => n.ns), this.switchNs, this.rootNs]) {
            await run("ip", ["netns", "del", ns]);
            fs.rmSync(`/etc/netns/${ns}`, { recursive: true, force: true });
        }
        fs.rmSync(this.runRoot, { recursive: true, force: true });
    }
}
