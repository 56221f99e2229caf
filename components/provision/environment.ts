/**
 * Where the install script writes files and how it controls services. The same renderer produces
 * the script for an ECS (systemd, Debian paths) and for a host without systemd, such as a test node
 * in a network namespace (daemons with their own pid files): only this object differs.
 */

import { throwIfProblems } from "../vocabulary";
import { filePathProblem } from "./keepalived";

/** Shell snippets (bash, run as root) that control one service. */
export interface ServiceControl {
    /** Enables the service at boot. Default (systemd): `systemctl enable --quiet <svc>`. */
    enable: string;
    /** Exits 0 when the service is running. Default (systemd): `systemctl is-active --quiet <svc>`. */
    isActive: string;
    /** Starts the stopped service. Default (systemd): `systemctl start <svc>`. */
    start: string;
    /** Applies changed files to the running service (restart or reload). Default (systemd): `systemctl restart <svc>` (`reload-or-restart` for nginx). */
    restart: string;
}

/** Paths and service control used by the install script. */
export interface ProvisionEnvironment {
    /** nginx server block written by the script. Default: `/etc/nginx/conf.d/havip-site.conf` (included by Debian's and RHEL's nginx.conf). */
    nginxSitePath: string;
    /** Sites removed so ours is the only default server. Default: `["/etc/nginx/sites-enabled/default"]`. */
    nginxSitesToRemove: string[];
    /** Directory holding the node page. Default: `/var/www/havip`. */
    webRoot: string;
    /** keepalived configuration file. Default: `/etc/keepalived/keepalived.conf`. */
    keepalivedConfPath: string;
    /** Health-check script run by keepalived (root-owned path). Default: `/etc/keepalived/check_nginx.sh`. */
    checkScriptPath: string;
    /** How to control nginx. Default: systemd. */
    nginx: ServiceControl;
    /** How to control keepalived. Default: systemd. */
    keepalived: ServiceControl;
}

function systemdService(unit: string, restart: string): ServiceControl {
    return {
        enable: `systemctl enable --quiet ${unit}`,
        isActive: `systemctl is-active --quiet ${unit}`,
        start: `systemctl start ${unit}`,
        restart: `systemctl ${restart} ${unit}`,
    };
}

/** The environment of an ECS instance: distro paths and systemd. */
export function systemdEnvironment(): ProvisionEnvironment {
    return {
        nginxSitePath: "/etc/nginx/conf.d/havip-site.conf",
        nginxSitesToRemove: ["/etc/nginx/sites-enabled/default"],
        webRoot: "/var/www/havip",
        keepalivedConfPath: "/etc/keepalived/keepalived.conf",
        checkScriptPath: "/etc/keepalived/check_nginx.sh",
        nginx: systemdService("nginx", "reload-or-restart"),
        keepalived: systemdService("keepalived", "restart"),
    };
}

/** Options for {@link pidFileEnvironment}. */
export interface PidFileEnvironmentOptions {
    /** Root-owned directory for this node's pid files (one per node when several share a host). Required. */
    runDir: string;
    /** Directory holding the node page. Default: `<runDir>/www`. */
    webRoot?: string;
    /** nginx's pid file: must match the `pid` directive of the nginx.conf the node uses. Default: `<runDir>/nginx.pid`. */
    nginxPidFile?: string;
}

/** Exits 0 when `pidExpr` is a running process (a zombie left for a non-reaping init does not count). */
function running(pidExpr: string): string {
    return `{ state=$(ps -o stat= -p "${pidExpr}" 2>/dev/null) && [ -n "$state" ] && [ "\${state:0:1}" != Z ]; }`;
}

/** Exits 0 when the pid file names a running process. */
function pidAlive(pidFile: string): string {
    return `test -s ${pidFile} && ${running(`$(cat ${pidFile} 2>/dev/null)`)}`;
}

/**
 * An environment without systemd: daemons are started directly with their own pid files, so several
 * nodes can share one host (one network namespace each, `/etc` per node via `/etc/netns/<ns>/`).
 * keepalived gets separate `-p/-r/-c` pid files: without them a second instance exits 0 saying
 * "already running", which is why the script checks that each daemon really started.
 */
export function pidFileEnvironment(opts: PidFileEnvironmentOptions): ProvisionEnvironment {
    const run = opts.runDir;
    const nginxPid = opts.nginxPidFile ?? `${run}/nginx.pid`;
    // The paths are written into shell commands unquoted, so only safe paths are accepted.
    throwIfProblems("pid-file environment options", [
        filePathProblem("runDir", run),
        filePathProblem("nginxPidFile", nginxPid),
        filePathProblem("webRoot", opts.webRoot ?? `${run}/www`),
    ]);
    const keepalivedPid = `${run}/keepalived.pid`;
    const keepalivedStart = `keepalived -p ${keepalivedPid} -r ${run}/vrrp.pid -c ${run}/checkers.pid -f /etc/keepalived/keepalived.conf`;
    // Wait for the old process itself (not its pid file, removed early) before starting the new one.
    const stopKeepalived = [
        `kill -TERM "$pid" 2>/dev/null || true`,
        `for _ in $(seq 1 200); do if ! ${running("$pid")}; then break; fi; sleep 0.05; done`,
    ].join("; ");
    return {
        ...systemdEnvironment(),
        webRoot: opts.webRoot ?? `${run}/www`,
        nginx: {
            enable: "true",
            isActive: pidAlive(nginxPid),
            start: "nginx",
            restart: "nginx -s reload",
        },
        keepalived: {
            enable: "true",
            isActive: pidAlive(keepalivedPid),
            start: keepalivedStart,
            restart: `pid=$(cat ${keepalivedPid} 2>/dev/null || true); if [ -n "$pid" ]; then ${stopKeepalived}; fi; ${keepalivedStart}`,
        },
    };
}
