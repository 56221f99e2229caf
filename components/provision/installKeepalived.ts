/**
 * The keepalived part of the install script: the unprivileged check user, a config check that works
 * on keepalived 2.2.7, what needs a restart rather than a reload, and the restart with a VIP handover.
 */
import * as net from "net";
import { describeValue, userNameProblem } from "../vocabulary";
import { ProvisionEnvironment } from "./environment";
import { shellQuote } from "./shellQuote";
import { filePathProblem, interfaceNameProblem } from "./keepalived";

/** What the script needs to know about the node's VRRP setup. */
export interface VrrpNodeFacts {
    /** The VIP; a node holding it hands it over before keepalived restarts. Required. */
    vip: string;
    /** Interface carrying the VIP. Required. */
    interfaceName: string;
    /** Unprivileged user that runs the check script; created when missing. Required. */
    scriptUser: string;
    /** The check script, which `scriptUser` must be able to run. Required. */
    checkScriptPath: string;
}

/** Problems with the VRRP facts that end up in the script, in the components' format. */
export function vrrpFactsProblems(vrrp: VrrpNodeFacts): Array<string | undefined> {
    return [
        net.isIPv4(vrrp.vip) ? undefined : `vrrp.vip: ${describeValue(vrrp.vip)} is not an IPv4 address; use the HaVip's address`,
        interfaceNameProblem("vrrp.interfaceName", vrrp.interfaceName),
        userNameProblem("vrrp.scriptUser", vrrp.scriptUser),
        filePathProblem("vrrp.checkScriptPath", vrrp.checkScriptPath),
    ];
}

/** Bash functions for keepalived: the check user, the config check, and the restart with handover. */
export function keepalivedFunctions(vrrp: VrrpNodeFacts, env: ProvisionEnvironment): string[] {
    const user = vrrp.scriptUser;
    const conf = shellQuote(env.keepalivedConfPath);
    return [
        "# The check script runs as an unprivileged user (Debian does not create one).",
        "ensure_script_user() {",
        `    id -u ${user} >/dev/null 2>&1 && return 0`,
        "    local _",
        "    for _ in 1 2 3 4 5; do",
        `        if useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin ${user} 2>/dev/null; then`,
        `            CHANGED+=("user ${user}")`,
        "            return 0",
        "        fi",
        `        id -u ${user} >/dev/null 2>&1 && return 0`,
        "        sleep 0.2",
        "    done",
        `    fail "cannot create the user ${user} that runs keepalived's check script"`,
        "}",
        "",
        "# keepalived 2.2.7's -t is killed (exit 143) when a script runs as a non-root user (fixed in",
        "# 2.2.8, keepalived issue 2587): check a copy that runs scripts as root, and check separately",
        "# that the user can run the script. Lines naming auth_pass are dropped so no secret is printed.",
        "check_keepalived_config() {",
        '    local copy="$STAGE/keepalived-check.conf"',
        `    sed -E 's/^([[:space:]]*script_user)[[:space:]].*$/\\1 root/' ${conf} > "$copy"`,
        '    if ! keepalived -t -f "$copy" 2> "$STAGE/keepalived-check.log"; then',
        "        grep -vi 'auth_pass' \"$STAGE/keepalived-check.log\" | sed 's/^/  keepalived -t: /' >&2 || true",
        "        return 1",
        "    fi",
        `    if ! runuser -u ${user} -- test -x ${shellQuote(vrrp.checkScriptPath)}; then`,
        `        echo "  ${user} cannot run ${vrrp.checkScriptPath}" >&2`,
        "        return 1",
        "    fi",
        "}",
        "",
        "# What only a restart applies: global_defs (some are read only at start), and whether any",
        "# vrrp_track_process exists (the process-events connector opens at start; a reload that adds",
        "# the first one leaves it unwatched). Anything else is a reload, which keeps the VRRP state.",
        "restart_key_of() {",
        "    sed -n '/^global_defs {/,/^}/p' \"$1\" 2>/dev/null || true",
        "    grep -c '^vrrp_track_process ' \"$1\" 2>/dev/null || true",
        "}",
        "",
        "holds_vip() {",
        `    ip -4 -o addr show dev ${vrrp.interfaceName} 2>/dev/null | grep -qF ' ${vrrp.vip}/'`,
        "}",
        "",
        "# A master hands the VIP over before restarting: the clean stop sends priority 0, so the next",
        "# backup takes over without waiting for the master-down timer.",
        "keepalived_restart_safely() {",
        "    if holds_vip; then",
        `        log "handing ${vrrp.vip} over before restarting keepalived"`,
        '        keepalived_stop || fail "cannot stop keepalived"',
        '        keepalived_start || fail "cannot start keepalived"',
        "    else",
        '        keepalived_restart || fail "cannot restart keepalived"',
        "    fi",
        "}",
    ];
}
