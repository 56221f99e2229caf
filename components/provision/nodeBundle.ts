/**
 * Everything one node needs, rendered from the cluster options: files, install script and hash.
 */
import { throwIfProblems } from "../vocabulary";
import { ProvisionEnvironment, systemdEnvironment } from "./environment";
import { contentHash } from "./hash";
import { InstallFile, ManagedService, renderInstallScript } from "./installScript";
import { checkKeepalivedOptions, KeepalivedClusterOptions, renderKeepalivedConf } from "./keepalived";
import { renderCheckScript, renderKeepalivedDropIn, renderNginxForegroundDropIn } from "./keepalivedFiles";
import { renderIndexPage, renderNginxSite, validateNodeName } from "./nginx";

/** Cluster-wide options plus node names and the host environment. */
export interface HaClusterOptions extends Omit<KeepalivedClusterOptions, "checkScriptPath" | "healthPath" | "nginxProcessName"> {
    /** Name of every node (same order as `nodePrivateIps`), shown on its page. Default: `node1..nodeN`. */
    nodeNames?: string[];
    /** Paths and service control on the nodes. Default: `systemdEnvironment()` (ECS with systemd). */
    environment?: ProvisionEnvironment;
}

/** What {@link renderNodeBundle} returns for one node. */
export interface NodeBundle {
    nodeName: string;
    /** keepalived.conf of this node (holds the auth secret when `authPass` is set). */
    keepalivedConf: string;
    files: InstallFile[];
    /** The install script: bash, run as root, e.g. `bash -s` with the script on stdin. */
    script: string;
    /** sha256 of files + script, for `triggers`. */
    contentHash: string;
    /** True when the script or config holds a secret (auth), so it must stay `pulumi.secret`. */
    holdsSecret: boolean;
}

/** Default node names `node1..nodeN`. */
export function defaultNodeNames(count: number): string[] {
    return Array.from({ length: count }, (_, i) => `node${i + 1}`);
}

/** Renders files, script and hash for node `nodeIndex` (0-based). Throws one Error listing every problem. */
export function renderNodeBundle(opts: HaClusterOptions, nodeIndex: number): NodeBundle {
    const env = opts.environment ?? systemdEnvironment();
    const nodeNames = opts.nodeNames ?? defaultNodeNames(opts.nodePrivateIps.length);
    const nameProblems = nodeNames.flatMap((name, i) => validateNodeName(name, `nodeNames[${i}]`));
    if (nodeNames.length !== opts.nodePrivateIps.length) {
        nameProblems.push(`nodeNames: ${nodeNames.length} entries for ${opts.nodePrivateIps.length} nodes; give one name per node`);
    }
    throwIfProblems("node names", nameProblems);
    const keepalivedOptions: KeepalivedClusterOptions = { ...opts, checkScriptPath: env.checkScriptPath, nginxProcessName: env.nginxProcessName };
    const resolved = checkKeepalivedOptions(keepalivedOptions);
    const keepalivedConf = renderKeepalivedConf(keepalivedOptions, nodeIndex);
    const holdsSecret = resolved.authPass !== undefined;
    const files: InstallFile[] = [
        { path: `${env.webRoot}/index.html`, content: renderIndexPage(nodeNames[nodeIndex]), mode: "644" },
        {
            path: env.nginxSitePath,
            content: renderNginxSite({ webRoot: env.webRoot, port: resolved.healthCheckPort }),
            mode: "644",
            service: ManagedService.Nginx,
        },
        { path: env.checkScriptPath, content: renderCheckScript(resolved), mode: "755", service: ManagedService.Keepalived },
        {
            path: env.keepalivedConfPath,
            content: keepalivedConf,
            mode: holdsSecret ? "600" : "644",
            service: ManagedService.Keepalived,
        },
    ];
    if (env.keepalivedDropInPath !== "") {
        files.push({ path: env.keepalivedDropInPath, content: renderKeepalivedDropIn(resolved), mode: "644", service: ManagedService.SystemdUnit });
    }
    if (env.nginxDropInPath !== "") {
        files.push({ path: env.nginxDropInPath, content: renderNginxForegroundDropIn(), mode: "644", service: ManagedService.SystemdUnit });
    }
    const script = renderInstallScript({
        nodeName: nodeNames[nodeIndex],
        files,
        environment: env,
        vrrp: { vip: resolved.vip, interfaceName: resolved.interfaceName, scriptUser: resolved.scriptUser, checkScriptPath: env.checkScriptPath },
    });
    return {
        nodeName: nodeNames[nodeIndex],
        keepalivedConf,
        files,
        script,
        contentHash: contentHash(files, [script]),
        holdsSecret,
    };
}

/** Renders the bundle of every node. */
export function renderClusterBundles(opts: HaClusterOptions): NodeBundle[] {
    return opts.nodePrivateIps.map((_, i) => renderNodeBundle(opts, i));
}
