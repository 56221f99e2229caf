/**
 * nginx-only provisioning for web nodes behind a load balancer: the same page, site and install
 * script as the HA nodes (without keepalived), run either with Alibaba Cloud Assistant (no SSH
 * path needed: private ECS behind a NAT gateway) or over SSH through a jump host.
 */
import * as alicloud from "@pulumi/alicloud";
import * as command from "@pulumi/command";
import * as pulumi from "@pulumi/pulumi";
import { enumProblem, integerProblem, ProvisionVia, throwIfProblems } from "../vocabulary";
import { ProvisionEnvironment, systemdEnvironment } from "./environment";
import { firstBootWaitBudgetSeconds } from "./firstBoot";
import { contentHash } from "./hash";
import { InstallFile, ManagedService, renderInstallScript } from "./installScript";
import { DEFAULT_HEALTH_PATH, renderIndexPage, renderNginxSite, validateNodeName } from "./nginx";
import { urlPathProblem } from "./keepalived";
import { pinnedKeyProblems, sshConnection, sshLoginProblems, sshRunScript, SshLoginArgs } from "./remote";

export { ProvisionVia };

/** Options of the rendered web site. */
export interface WebSiteOptions {
    /** TCP port nginx listens on (the load balancer's backend port). Default: `80`. */
    port?: number;
    /** Path answered with 200 "ok" for the load balancer's health check. Default: `/healthz`. */
    healthPath?: string;
    /** Paths and service control on the node. Default: {@link webEnvironment}(). */
    environment?: ProvisionEnvironment;
}

/** An ECS web node: systemd, the site in `conf.d/app-site.conf`, the page under `/var/www/app`. */
export function webEnvironment(): ProvisionEnvironment {
    return { ...systemdEnvironment(), nginxSitePath: "/etc/nginx/conf.d/app-site.conf", webRoot: "/var/www/app" };
}

/** What {@link renderWebNodeBundle} returns for one node. */
export interface WebNodeBundle {
    nodeName: string;
    files: InstallFile[];
    /** The nginx-only install script (bash, run as root). */
    script: string;
    /** sha256 of files + script. */
    contentHash: string;
}

/** Renders the page, site, install script and hash of one web node. Throws one Error listing every problem. */
export function renderWebNodeBundle(nodeName: string, opts: WebSiteOptions = {}): WebNodeBundle {
    const env = opts.environment ?? webEnvironment();
    throwIfProblems("web node options", validateNodeName(nodeName));
    const files: InstallFile[] = [
        { path: `${env.webRoot}/index.html`, content: renderIndexPage(nodeName), mode: "644" },
        {
            path: env.nginxSitePath,
            content: renderNginxSite({ webRoot: env.webRoot, port: opts.port, healthPath: opts.healthPath ?? DEFAULT_HEALTH_PATH }),
            mode: "644",
            service: ManagedService.Nginx,
        },
    ];
    const script = renderInstallScript({ nodeName, files, environment: env });
    return { nodeName, files, script, contentHash: contentHash(files, [script]) };
}

/**
 * The Cloud Assistant command text (base64, as `ecs.Command` wants it): the script travels base64
 * encoded inside a one-line `sh` wrapper, so neither its quotes nor its heredocs meet a second shell.
 */
export function cloudAssistantContent(script: string): string {
    const payload = Buffer.from(script, "utf8").toString("base64");
    const wrapper = `#!/bin/sh\nset -e\necho '${payload}' | base64 -d | bash -s\n`;
    return Buffer.from(wrapper, "utf8").toString("base64");
}

/**
 * Seconds Cloud Assistant lets the script run by default: the first-boot wait (cloud-init, then the
 * apt locks) at its longest, plus ten minutes for the package installs.
 */
export const defaultCommandTimeoutSeconds = firstBootWaitBudgetSeconds() + 900;

/**
 * The create timeout of an invocation. The provider waits for the run to reach Success and gives
 * up after 1 minute by default (resource_alicloud_ecs_invocation.go:21): it must cover the
 * command's own timeout, the minute Cloud Assistant may take to deliver it to a node that has just
 * booted, and the provider's polling.
 */
export function invocationCreateTimeout(commandSeconds: number): string {
    return `${Math.ceil(commandSeconds / 60) + 5}m`;
}

/** One web node to provision. */
export interface WebNodeTarget {
    /** Node name shown on its page and used in the resource names. Required. */
    name: string;
    /** The ECS instance id (Cloud Assistant). Required. */
    instanceId: pulumi.Input<string>;
    /** The private IP the SSH command connects to through the jump host. Required. */
    privateIp: pulumi.Input<string>;
    /** The node's SSH host public key, pinned by the SSH command; required with `ProvisionVia.JumpHost`. Default: none. */
    hostKey?: pulumi.Input<string>;
}

/** Arguments of {@link provisionWebNodes}. */
export interface ProvisionWebNodesArgs {
    /** The nodes. Required. */
    nodes: WebNodeTarget[];
    /** How the script reaches the nodes. Required. */
    via: ProvisionVia;
    /** The site: port and health path. Default: port 80, `/healthz`. */
    site?: WebSiteOptions;
    /** SSH login with `login.jumpHost` set; required with `ProvisionVia.JumpHost`. Default: none. */
    login?: SshLoginArgs;
    /** Seconds Cloud Assistant lets the script run (first-boot wait and package installs included), 60 to 86400. Default: `1800`. */
    timeoutSeconds?: number;
}

/** What {@link provisionWebNodes} created, per node. */
export interface ProvisionedWebNode {
    name: string;
    /** Cloud Assistant: the command holding the script. */
    command?: alicloud.ecs.Command;
    /** Cloud Assistant: the run of the command on the node. */
    invocation?: alicloud.ecs.EcsInvocation;
    /** Jump host: the SSH command. */
    remote?: command.remote.Command;
}

/** Problems with the arguments known at plan time, each naming the argument and the fix. */
export function validateProvisionWebNodesArgs(args: ProvisionWebNodesArgs): string[] {
    const problems: Array<string | undefined> = args.nodes.flatMap((node, i) => validateNodeName(node.name, `nodes[${i}].name`));
    problems.push(enumProblem("via", args.via, ProvisionVia));
    if (args.via === ProvisionVia.JumpHost) {
        if (args.login?.jumpHost === undefined) {
            problems.push("via: JumpHost needs login.jumpHost; set the jump host, or use CloudAssistant");
        } else {
            problems.push(...sshLoginProblems(args.login));
        }
        args.nodes.forEach((node, i) => problems.push(...pinnedKeyProblems(`nodes[${i}].hostKey`, node.hostKey)));
    }
    problems.push(integerProblem("timeoutSeconds", args.timeoutSeconds ?? defaultCommandTimeoutSeconds, 60, 86400));
    if (args.site !== undefined) {
        problems.push(integerProblem("site.port", args.site.port ?? 80, 1, 65535), urlPathProblem("site.healthPath", args.site.healthPath ?? DEFAULT_HEALTH_PATH));
    }
    return problems.filter((p): p is string => p !== undefined);
}

/**
 * Installs nginx with the rendered site on every node, in parallel: with Cloud Assistant one
 * `ecs.Command` (`<name>-provision-<node>`, the script in its content, so a changed script is a
 * new command) and one `ecs.EcsInvocation` (`<name>-provision-<node>-run`) per node; through a
 * jump host one `command.remote.Command` (`<name>-provision-<node>`) per node with a content-hash
 * trigger; nothing with `ProvisionVia.None`. Throws one Error listing every problem first.
 */
export function provisionWebNodes(
    name: string,
    args: ProvisionWebNodesArgs,
    parent: pulumi.Resource,
    opts: Omit<pulumi.CustomResourceOptions, "parent"> = {},
): ProvisionedWebNode[] {
    throwIfProblems("provisioning", validateProvisionWebNodesArgs(args));
    return args.nodes.map((node): ProvisionedWebNode => {
        const bundle = renderWebNodeBundle(node.name, args.site);
        const resourceName = `${name}-provision-${node.name}`;
        switch (args.via) {
            case ProvisionVia.CloudAssistant: {
                const cmd = new alicloud.ecs.Command(
                    resourceName,
                    {
                        name: resourceName,
                        description: `Installs nginx on ${node.name} (alicloud-blueprints, ${bundle.contentHash.slice(0, 12)})`,
                        type: "RunShellScript",
                        commandContent: cloudAssistantContent(bundle.script),
                        timeout: args.timeoutSeconds ?? defaultCommandTimeoutSeconds,
                        workingDir: "/root",
                    },
                    // A changed script must run again: a new command, and with it a new invocation.
                    { ...opts, parent, replaceOnChanges: [...(opts.replaceOnChanges ?? []), "commandContent"] },
                );
                const invocation = new alicloud.ecs.EcsInvocation(
                    `${resourceName}-run`,
                    { commandId: cmd.id, instanceIds: [node.instanceId], repeatMode: "Once", username: "root" },
                    {
                        ...opts,
                        parent,
                        replaceOnChanges: [...(opts.replaceOnChanges ?? []), "commandId", "instanceIds"],
                        customTimeouts: { ...opts.customTimeouts, create: invocationCreateTimeout(args.timeoutSeconds ?? defaultCommandTimeoutSeconds) },
                    },
                );
                return { name: node.name, command: cmd, invocation };
            }
            case ProvisionVia.JumpHost: {
                const login = args.login!;
                const remote = new command.remote.Command(
                    resourceName,
                    {
                        connection: sshConnection(login, node.privateIp, node.hostKey!),
                        create: sshRunScript(login),
                        stdin: bundle.script,
                        triggers: [bundle.contentHash],
                        logging: command.types.enums.remote.Logging.StdoutAndStderr,
                    },
                    { ...opts, parent },
                );
                return { name: node.name, remote };
            }
            default:
                return { name: node.name };
        }
    });
}
