/**
 * Where the install script writes files and how it controls services. The same renderer produces
 * the script for an ECS (systemd, Debian paths) and for a host without systemd, such as a test node
 * in a network namespace (daemons with their own pid files): only this object differs.
 */

import { describeValue, throwIfProblems } from "../vocabulary";
import { filePathProblem, processNameProblem } from "./keepalived";

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
    /** Re-reads the configuration without a restart (keepalived: SIGHUP keeps the VRRP state). Default (systemd): `systemctl reload <svc>` (`reload-or-restart` for nginx). */
    reload: string;
    /** Stops the service and returns once it has exited. Default (systemd): `systemctl stop <svc>`. */
    stop: string;
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
    /** Process name (`/proc/PID/comm`) of nginx, which keepalived's `track_process` counts. Default: `"nginx"`. */
    nginxProcessName: string;
    /**
     * systemd drop-in for keepalived: restart after a crash, and remove the VIP whenever keepalived
     * exits (a `kill -9` leaves it on the interface, a second holder). Default: `/etc/systemd/system/keepalived.service.d/havip.conf`;
     * empty without systemd (the lab's start command does the same cleanup).
     */
    keepalivedDropInPath: string;
    /**
     * systemd drop-in that runs nginx in the foreground (`Type=exec`, `daemon off`), so the process
     * systemd starts is the nginx master itself. A daemonizing start (fork, parent exits) can exit
     * before keepalived reads the new process's name: track_process then ignores the master and
     * every worker it forks, and the node stays in FAULT. Default:
     * `/etc/systemd/system/nginx.service.d/havip.conf`; empty without systemd (the lab starts nginx
     * in the foreground itself).
     */
    nginxDropInPath: string;
    /** Makes systemd read a changed drop-in. Default: `systemctl daemon-reload`. */
    daemonReload: string;
}

function systemdService(unit: string, restart: string, reload: string): ServiceControl {
    return {
        enable: `systemctl enable --quiet ${unit}`,
        isActive: `systemctl is-active --quiet ${unit}`,
        start: `systemctl start ${unit}`,
        restart: `systemctl ${restart} ${unit}`,
        reload: `systemctl ${reload} ${unit}`,
        stop: `systemctl stop ${unit}`,
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
        nginx: systemdService("nginx", "reload-or-restart", "reload-or-restart"),
        keepalived: systemdService("keepalived", "restart", "reload"),
        nginxProcessName: "nginx",
        keepalivedDropInPath: "/etc/systemd/system/keepalived.service.d/havip.conf",
        nginxDropInPath: "/etc/systemd/system/nginx.service.d/havip.conf",
        daemonReload: "systemctl daemon-reload",
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
    /**
     * Process name for this node's nginx (started through a symlink of that name), so that
     * `track_process` counts only this node's nginx when several nodes share one PID space. Default: `"nginx"`.
     */
    nginxProcessName?: string;
    /**
     * Network namespace of the node. When set, keepalived is started from the root namespace with
     * `-s <netns>`: `track_process` needs the process-events connector, which only the root namespace has.
     * Default: none (keepalived starts in the caller's namespace).
     */
    netns?: string;
    /** A handle on the root network namespace to start keepalived from (with `netns`). Default: `/proc/1/ns/net`. */
    rootNetnsFile?: string;
    /** Shell command run whenever keepalived exits, as the systemd drop-in's ExecStopPost (e.g. remove the VIP). Default: none. */
    afterKeepalivedExit?: string;
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
        processNameProblem("nginxProcessName", opts.nginxProcessName ?? "nginx"),
        opts.netns === undefined || /^[A-Za-z0-9._-]{1,64}$/.test(opts.netns)
            ? undefined
            : `netns: ${describeValue(opts.netns)} is not a network namespace name; use letters, digits, ".", "_" or "-"`,
        filePathProblem("rootNetnsFile", opts.rootNetnsFile ?? "/proc/1/ns/net"),
        opts.afterKeepalivedExit?.includes("'")
            ? `afterKeepalivedExit: ${describeValue(opts.afterKeepalivedExit)} holds a single quote, which would end the quoted supervisor command; write it without one`
            : undefined,
    ]);
    const keepalivedPid = `${run}/keepalived.pid`;
    const nginxProcessName = opts.nginxProcessName ?? "nginx";
    // In the foreground, as the systemd drop-in runs it (see nginxDropInPath), detached from the script.
    const nginxBinary = nginxProcessName === "nginx" ? "nginx" : `${run}/${nginxProcessName}`;
    const nginxLink = nginxProcessName === "nginx" ? "" : `ln -sfn "$(command -v nginx)" ${nginxBinary} && `;
    const nginxStart = `${nginxLink}(setsid ${nginxBinary} -g 'daemon off;' </dev/null >/dev/null 2>&1 &)`;
    const namespaceArg = opts.netns === undefined ? "" : ` -s ${opts.netns}`;
    const keepalivedRun = `keepalived --dont-fork${namespaceArg} -p ${keepalivedPid} -r ${run}/vrrp.pid -c ${run}/checkers.pid -f /etc/keepalived/keepalived.conf`;
    // A supervising shell stands in for systemd: it runs the exit command once keepalived is gone.
    const supervised = `${keepalivedRun}; ${opts.afterKeepalivedExit ?? "true"}`;
    const rootNamespace = opts.netns === undefined ? "" : `nsenter --net=${opts.rootNetnsFile ?? "/proc/1/ns/net"} -- `;
    const keepalivedStart = `(setsid ${rootNamespace}bash -c '${supervised}' </dev/null >/dev/null 2>&1 &)`;
    // Wait for the old process itself (not its pid file, removed early) before going on.
    const stopKeepalived = [
        `pid=$(cat ${keepalivedPid} 2>/dev/null || true)`,
        `if [ -n "$pid" ]; then kill -TERM "$pid" 2>/dev/null || true; for _ in $(seq 1 200); do if ! ${running("$pid")}; then break; fi; sleep 0.05; done; fi`,
    ].join("; ");
    return {
        ...systemdEnvironment(),
        webRoot: opts.webRoot ?? `${run}/www`,
        nginx: {
            enable: "true",
            isActive: pidAlive(nginxPid),
            start: nginxStart,
            restart: "nginx -s reload",
            reload: "nginx -s reload",
            stop: `nginx -s quit`,
        },
        keepalived: {
            enable: "true",
            isActive: pidAlive(keepalivedPid),
            start: keepalivedStart,
            restart: `${stopKeepalived}; ${keepalivedStart}`,
            reload: `kill -HUP "$(cat ${keepalivedPid})"`,
            stop: stopKeepalived,
        },
        nginxProcessName,
        keepalivedDropInPath: "",
        nginxDropInPath: "",
        daemonReload: "true",
    };
}
