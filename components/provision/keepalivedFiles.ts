/** The files keepalived needs beside its config: the HTTP check script and the systemd drop-ins. */
import { integerProblem, throwIfProblems } from "../vocabulary";
import { KeepalivedClusterOptions, ResolvedKeepalivedOptions, urlPathProblem } from "./keepalived";

/** Renders the check script that keepalived runs: an HTTP check of nginx on loopback. */
export function renderCheckScript(opts: Pick<KeepalivedClusterOptions, "healthCheckPort" | "healthPath"> = {}): string {
    const port = opts.healthCheckPort ?? 80;
    const path = opts.healthPath ?? "/healthz";
    throwIfProblems("check script options", [integerProblem("healthCheckPort", port, 1, 65535), urlPathProblem("healthPath", path)]);
    return [
        "#!/bin/sh",
        "# keepalived chk_nginx: exit 0 only when nginx answers the health path on loopback.",
        `exec /usr/bin/curl --silent --fail --noproxy '*' --output /dev/null --connect-timeout 0.5 --max-time 0.8 http://127.0.0.1:${port}${path}`,
        "",
    ].join("\n");
}

/**
 * The systemd drop-in for keepalived. Debian's unit has no `Restart=`, and a keepalived killed with
 * SIGKILL leaves the VIP on the interface while a backup claims it (two holders): ExecStopPost removes
 * the VIP whenever keepalived exits, and the unit comes back after a crash (as a backup first).
 */
export function renderKeepalivedDropIn(opts: Pick<ResolvedKeepalivedOptions, "vip" | "vipPrefixLength" | "interfaceName">): string {
    return [
        "# Managed by alicloud-blueprints provision: changes are overwritten on the next run.",
        "[Service]",
        "Restart=on-failure",
        "RestartSec=2",
        `ExecStopPost=-/sbin/ip -4 addr del ${opts.vip}/${opts.vipPrefixLength} dev ${opts.interfaceName}`,
        "",
    ].join("\n");
}

/**
 * The systemd drop-in that runs nginx in the foreground (the unit's own `nginx -t` still runs first):
 * the started process is the master, so keepalived's track_process sees it and the workers it forks.
 * Debian's and RHEL's units start nginx with `daemon on` (Type=forking).
 */
export function renderNginxForegroundDropIn(): string {
    return [
        "# Managed by alicloud-blueprints provision: changes are overwritten on the next run.",
        "[Service]",
        "Type=exec",
        "PIDFile=",
        "ExecStart=",
        "ExecStart=/usr/sbin/nginx -g 'daemon off; master_process on;'",
        "",
    ].join("\n");
}
