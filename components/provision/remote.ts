/**
 * One `command.remote.Command` per node: runs the node's rendered install script over SSH
 * (`bash -s`, script on stdin), re-running only when the rendered content changes (`triggers`).
 * The commands form a chain (lowest priority first, the preferred master last), so a change rolls
 * through a live pair one node at a time and a failing node stops the roll before the master.
 * Every connection pins the host key of the machine it talks to, jump host included.
 */
import * as command from "@pulumi/command";
import * as pulumi from "@pulumi/pulumi";
import { hostKeyProblem, hostProblem, InvalidArgumentsError, JumpHostArgs, portProblem, throwIfProblems, userNameProblem } from "../vocabulary";
import { ProvisionEnvironment } from "./environment";
import { FailoverProfile, validateKeepalivedOptions } from "./keepalived";
import { NodeBundle, renderClusterBundles } from "./nodeBundle";
import { validateNodeName } from "./nginx";

export { JumpHostArgs };

/** How the commands log in to the nodes. */
export interface SshLoginArgs {
    /** SSH user; when not `root` the script runs through `sudo -n`. Default: `"root"`. */
    user?: string;
    /** SSH port. Default: `22`. */
    port?: number;
    /** Private key (PEM/OpenSSH text, kept secret); takes precedence over `password`. Default: none. */
    privateKey?: pulumi.Input<string>;
    /** Password (kept secret), used when no `privateKey` is given. Default: none. */
    password?: pulumi.Input<string>;
    /** Reach every node's private IP through this host instead of its public IP. Default: none (use `publicIp`). */
    jumpHost?: JumpHostArgs;
}

/** One node to provision. */
export interface ProvisionNodeArgs {
    /** Node name shown on its page and used in the command's name. Required. */
    name: string;
    /** Private IPv4 address: VRRP source and peer address. Required. */
    privateIp: pulumi.Input<string>;
    /** Public address (EIP) the command connects to when no jump host is set. Default: none. */
    publicIp?: pulumi.Input<string>;
    /** The node's SSH host public key (`ssh-ed25519 AAAA...`), pinned in the connection. Required. */
    hostKey: pulumi.Input<string>;
}

/**
 * The order the nodes are provisioned in: lowest priority first, the preferred master (index 0)
 * last, so a change reaches the master only after every backup runs it.
 */
export function rollingOrder(nodeCount: number): number[] {
    return Array.from({ length: nodeCount }, (_, i) => nodeCount - 1 - i);
}

/** Arguments of {@link provisionNodes}. */
export interface ProvisionNodesArgs {
    /** Nodes in priority order (index 0 is the preferred master), 2..10. Required. */
    nodes: ProvisionNodeArgs[];
    /** The VIP (HaVip address). Required. */
    vip: pulumi.Input<string>;
    /** Prefix length of the VIP on the interface. Default: `32`. */
    vipPrefixLength?: number;
    /** Interface carrying the private IP and the VIP. Default: `"eth0"`. */
    interfaceName?: string;
    /** VRRP virtual_router_id, unique per VPC (1..255). Default: `51`. */
    virtualRouterId?: number;
    /** Failover timing profile. Default: `FailoverProfile.Standard`. */
    profile?: FailoverProfile;
    /** Keep the VIP where it is when a higher-priority node recovers. Default: `false` (preempt). */
    nopreempt?: boolean;
    /** Seconds before a recovered higher-priority node takes the VIP back (0..1000). Default: `0`. */
    preemptDelaySeconds?: number;
    /** VRRPv2 PASS secret (1..8 chars, Standard profile only); scripts, hashes and outputs become secret. Default: none. */
    authPass?: pulumi.Input<string>;
    /** SSH login. Required (a key or a password). */
    login: SshLoginArgs;
    /** Paths and service control on the nodes. Default: `systemdEnvironment()`. */
    environment?: ProvisionEnvironment;
    /** What the command provider logs. The script never prints secrets. Default: `"stdoutAndStderr"`. */
    logging?: command.types.enums.remote.Logging;
}

/** Placeholder addresses (TEST-NET-1) to validate the plain arguments before the real IPs are known. */
const PLACEHOLDER_VIP = "192.0.2.254";

/**
 * Problems with the arguments that are known at plan time (counts, names, numbers, the
 * profile/auth combination, login). Each names the argument, the bad value and the fix.
 * Address values are checked again when they resolve.
 */
export function validateProvisionNodesArgs(args: ProvisionNodesArgs): string[] {
    const problems = validateKeepalivedOptions({
        ...keepalivedSettings(args),
        nodePrivateIps: args.nodes.map((_, i) => `192.0.2.${i + 1}`),
        vip: PLACEHOLDER_VIP,
        // Only whether a secret is set is known now; its value is checked when it resolves.
        authPass: args.authPass === undefined ? undefined : "Plan0000",
    }).map((p) => p.replace(/^nodePrivateIps:/, "nodes:"));
    args.nodes.forEach((node, i) => problems.push(...validateNodeName(node.name, `nodes[${i}].name`)));
    const names = args.nodes.map((n) => n.name);
    const repeated = names.filter((n, i) => names.indexOf(n) !== i);
    if (repeated.length > 0) {
        problems.push(`nodes: the name ${[...new Set(repeated)].join(", ")} is repeated; give every node its own name`);
    }
    args.nodes.forEach((n) => problems.push(...pinnedKeyProblems(`nodes: ${n.name}: hostKey`, n.hostKey).filter((p): p is string => p !== undefined)));
    problems.push(...sshLoginProblems(args.login));
    if (args.login.jumpHost === undefined) {
        args.nodes.filter((n) => n.publicIp === undefined).forEach((n) => {
            problems.push(`nodes: ${n.name} has no publicIp and login.jumpHost is not set; give the node an EIP or set a jump host`);
        });
    }
    return problems;
}

/** Problems with an SSH login: a key or a password, a user name, a port, and a jump host that is a host. */
export function sshLoginProblems(login: SshLoginArgs): string[] {
    const problems: Array<string | undefined> = [];
    if (login.privateKey === undefined && login.password === undefined) {
        problems.push("login: has neither privateKey nor password; pass one from secret config or the generated node password");
    }
    problems.push(userNameProblem("login.user", login.user ?? "root"), portProblem("login.port", login.port ?? 22));
    const jump = login.jumpHost;
    if (jump !== undefined) {
        if (typeof jump.host === "string") {
            problems.push(hostProblem("login.jumpHost.host", jump.host));
        }
        problems.push(userNameProblem("login.jumpHost.user", jump.user ?? "root"), portProblem("login.jumpHost.port", jump.port ?? 22));
        problems.push(...pinnedKeyProblems("login.jumpHost.hostKey", jump.hostKey));
    }
    return problems.filter((p): p is string => p !== undefined);
}

/** A host key to pin: required; checked now when plain (an Output is checked by the SSH client). */
export function pinnedKeyProblems(arg: string, key: pulumi.Input<string> | undefined): Array<string | undefined> {
    if (key === undefined) {
        return [`${arg}: not set; pin the machine's SSH host public key (ssh-ed25519 AAAA...), generated in the program or read on the host itself, so no connection trusts whoever answers`];
    }
    return typeof key === "string" ? [hostKeyProblem(arg, key)] : [];
}

/** A jump host's address, checked when it resolves (an Output cannot be checked before). */
function checkedHost(host: pulumi.Input<string>): pulumi.Output<string> {
    return pulumi.output(host).apply((value) => {
        const problem = hostProblem("jumpHost.host", value);
        if (problem !== undefined) {
            throw new InvalidArgumentsError("the jump host", [problem]);
        }
        return value;
    });
}

function secretOrUndefined(value: pulumi.Input<string> | undefined): pulumi.Output<string> | undefined {
    return value === undefined ? undefined : pulumi.secret(value);
}

/**
 * The SSH connection of a remote command to `host` (a node's public IP, or its private IP when
 * `login.jumpHost` is set), pinned to `hostKey`: key and passwords wrapped in `pulumi.secret`, the
 * jump host as `proxy` (pinned to its own key) with the nodes' credentials unless it has its own.
 */
export function sshConnection(login: SshLoginArgs, host: pulumi.Input<string>, hostKey: pulumi.Input<string>): command.types.input.remote.ConnectionArgs {
    const privateKey = secretOrUndefined(login.privateKey);
    const password = secretOrUndefined(login.password);
    const jump = login.jumpHost;
    const proxy = jump === undefined ? undefined : {
        host: checkedHost(jump.host),
        hostKey: jump.hostKey,
        user: jump.user ?? "root",
        port: jump.port ?? 22,
        privateKey: secretOrUndefined(jump.privateKey) ?? privateKey,
        password: secretOrUndefined(jump.password) ?? password,
    };
    return { host, hostKey, user: login.user ?? "root", port: login.port ?? 22, privateKey, password, proxy };
}

/** The remote command that runs the script given on stdin as root: `bash -s`, through `sudo -n` for other users. */
export function sshRunScript(login: SshLoginArgs): string {
    return (login.user ?? "root") === "root" ? "bash -s" : "sudo -n bash -s";
}

/** The keepalived settings of the arguments (what every node's config shares). */
function keepalivedSettings(args: ProvisionNodesArgs) {
    return {
        vipPrefixLength: args.vipPrefixLength,
        interfaceName: args.interfaceName,
        virtualRouterId: args.virtualRouterId,
        profile: args.profile,
        nopreempt: args.nopreempt,
        preemptDelaySeconds: args.preemptDelaySeconds,
    };
}

/**
 * Every node's rendered files, script and hash, once the addresses are known. Secret when
 * `authPass` is set: a secret makes every value rendered from it (scripts, hashes) secret too.
 */
export function renderProvisionBundles(args: ProvisionNodesArgs): pulumi.Output<NodeBundle[]> {
    const authPass = secretOrUndefined(args.authPass);
    return pulumi.all([pulumi.all(args.nodes.map((n) => n.privateIp)), args.vip, authPass]).apply(([privateIps, vip, pass]) =>
        renderClusterBundles({
            ...keepalivedSettings(args),
            nodePrivateIps: privateIps,
            nodeNames: args.nodes.map((n) => n.name),
            vip,
            authPass: pass,
            environment: args.environment,
        }),
    );
}

/**
 * Creates one `command.remote.Command` per node, named `<name>-provision-<node>`, parented to `parent`,
 * chained in {@link rollingOrder}: each waits for the one before it (its update included), so the
 * install scripts run one node at a time. When one fails the engine runs none of the commands after
 * it, and the next `pulumi up` resumes from the failed node. Returns the commands in node order.
 * Throws one Error listing every problem before creating anything.
 */
export function provisionNodes(
    name: string,
    args: ProvisionNodesArgs,
    parent: pulumi.Resource,
    opts: Omit<pulumi.CustomResourceOptions, "parent"> = {},
): command.remote.Command[] {
    throwIfProblems("provisioning", validateProvisionNodesArgs(args));
    const login = args.login;
    const jump = login.jumpHost;
    const bundles = renderProvisionBundles(args);
    const commands: command.remote.Command[] = [];
    let previous: command.remote.Command | undefined;
    for (const i of rollingOrder(args.nodes.length)) {
        const node = args.nodes[i];
        const bundle = bundles.apply((all) => all[i]);
        const dependsOn = [...dependencyList(opts.dependsOn), ...(previous ? [previous] : [])];
        previous = new command.remote.Command(`${name}-provision-${node.name}`, {
            connection: sshConnection(login, jump === undefined ? node.publicIp! : node.privateIp, node.hostKey),
            create: sshRunScript(login),
            stdin: bundle.apply((b) => b.script),
            triggers: [bundle.apply((b) => b.contentHash)],
            logging: args.logging ?? command.types.enums.remote.Logging.StdoutAndStderr,
        }, { ...opts, parent, dependsOn });
        commands[i] = previous;
    }
    return commands;
}

/** `dependsOn` as a list (it may be one resource, a list, or an Input of either). */
function dependencyList(dependsOn: pulumi.CustomResourceOptions["dependsOn"]): pulumi.Input<pulumi.Resource>[] {
    if (dependsOn === undefined) {
        return [];
    }
    return Array.isArray(dependsOn) ? dependsOn : [dependsOn as pulumi.Input<pulumi.Resource>];
}
