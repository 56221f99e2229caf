/**
 * One `command.remote.Command` per node: runs the node's rendered install script over SSH
 * (`bash -s`, script on stdin), re-running only when the rendered content changes (`triggers`).
 * The commands form a chain (lowest priority first, the preferred master last), so a change rolls
 * through a live pair one node at a time and a failing node stops the roll before the master.
 * Every connection pins the host key of the machine it talks to, jump host included.
 */
import * as command from "@pulumi/command";
import * as pulumi from "@pulumi/pulumi";
import { ProvisionEnvironment } from "./environment";
import { FailoverProfile, validateKeepalivedOptions } from "./keepalived";
import { NodeBundle, renderClusterBundles } from "./nodeBundle";
import { validateNodeName } from "./nginx";

/** A bastion the commands reach the nodes' private IPs through. */
export interface JumpHostArgs {
    /** Address of the jump host. Required. */
    host: pulumi.Input<string>;
    /** The jump host's SSH host public key (`ssh-ed25519 AAAA...`), pinned in every connection through it; take it from the host itself, not from a first connection. Required. */
    hostKey: pulumi.Input<string>;
    /** SSH user on the jump host. Default: `"root"`. */
    user?: pulumi.Input<string>;
    /** SSH port of the jump host. Default: `22`. */
    port?: pulumi.Input<number>;
    /** Private key for the jump host (kept secret). Default: the nodes' `privateKey`. */
    privateKey?: pulumi.Input<string>;
    /** Password for the jump host (kept secret). Default: the nodes' `password`. */
    password?: pulumi.Input<string>;
}

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
    /** VRRPv2 PASS secret (1..8 chars, Classic profile only); scripts, hashes and outputs become secret. Default: none. */
    authPass?: pulumi.Input<string>;
    /** SSH login. Required (a key or a password). */
    login: SshLoginArgs;
    /** Paths and service control on the nodes. Default: `systemdEnvironment()`. */
    environment?: ProvisionEnvironment;
    /** What the command provider logs. The script never prints secrets. Default: `"stdoutAndStderr"`. */
    logging?: command.types.enums.remote.Logging;
}

/**
 * The order the nodes are provisioned in: lowest priority first, the preferred master (index 0)
 * last, so a change reaches the master only after every backup runs it.
 */
export function rollingOrder(nodeCount: number): number[] {
    return Array.from({ length: nodeCount }, (_, i) => nodeCount - 1 - i);
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
    }).map((p) => p.replace(/^nodePrivateIps has/, "nodes has"));
    args.nodes.forEach((node) => problems.push(...validateNodeName(node.name).map((p) => `nodes: ${p}`)));
    const names = args.nodes.map((n) => n.name);
    const repeated = names.filter((n, i) => names.indexOf(n) !== i);
    if (repeated.length > 0) {
        problems.push(`nodes repeat the name ${[...new Set(repeated)].join(", ")}: give every node its own name.`);
    }
    if (args.login.privateKey === undefined && args.login.password === undefined) {
        problems.push("login has neither privateKey nor password: pass one from secret config or an ecs.EcsKeyPair.");
    }
    args.nodes.filter((n) => n.hostKey === undefined).forEach((n) => {
        problems.push(`nodes: ${n.name} has no hostKey: pin the node's SSH host public key (generate it in the program and install it at first boot).`);
    });
    problems.push(...jumpHostKeyProblems(args.login));
    if (args.login.jumpHost === undefined) {
        args.nodes.filter((n) => n.publicIp === undefined).forEach((n) => {
            problems.push(`nodes: ${n.name} has no publicIp and login.jumpHost is not set: give the node an EIP or set a jump host.`);
        });
    }
    const user = args.login.user ?? "root";
    if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(user)) {
        problems.push(`login.user "${user}" is invalid: use a Linux user name (default root).`);
    }
    return problems;
}

/** A jump host without a pinned host key (the class of problem every SSH login shares). */
export function jumpHostKeyProblems(login: SshLoginArgs | undefined): string[] {
    return login?.jumpHost !== undefined && login.jumpHost.hostKey === undefined
        ? ["login.jumpHost.hostKey is not set: give the jump host's SSH host public key (ssh-ed25519 AAAA...), read on the host itself, so no connection trusts whoever answers."]
        : [];
}

/** The component-style message for a `jumpHost` argument without a host key (undefined when fine). */
export function jumpHostArgProblem(jumpHost: JumpHostArgs | undefined): string | undefined {
    return jumpHost !== undefined && !jumpHost.hostKey
        ? "jumpHost.hostKey: not set; give the jump host's SSH host public key (ssh-ed25519 AAAA...), read on the host itself, so the provisioning commands never trust whoever answers"
        : undefined;
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
        host: jump.host,
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
    const problems = validateProvisionNodesArgs(args);
    if (problems.length > 0) {
        throw new Error(`invalid provisioning arguments:\n- ${problems.join("\n- ")}`);
    }
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
