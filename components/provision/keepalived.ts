/**
 * keepalived.conf for node i of N in unicast mode (VPCs have no multicast). See provision/README.md,
 * "Why keepalived is set up this way": every node BACKUP with a distinct priority; nginx health from
 * `track_process` (process death seen through netlink, no polling) plus a polled HTTP check for a hung
 * nginx, both with weight 0 (failure = FAULT). Every value written into the file is checked first (no newline, brace or quote
 * can reach it), and problems are reported in the components' format (argument: value; fix).
 */
import * as net from "net";
import { describeValue, enumProblem, FailoverProfile, integerProblem, throwIfProblems, userNameProblem } from "../vocabulary";

export { FailoverProfile };

/** VRRP and health-check timing of a profile. */
export interface ProfileTiming {
    vrrpVersion: 2 | 3;
    advertIntervalSeconds: number;
    /** Missed adverts before a backup declares the master down (keepalived `down_timer_adverts`; the RFCs say 3). */
    downTimerAdverts: number;
    /** keepalived accepts only whole seconds for vrrp_script interval and timeout. */
    checkIntervalSeconds: number;
    checkTimeoutSeconds: number;
    checkFall: number;
    checkRise: number;
}

/**
 * The polled HTTP check only has to catch a hung nginx (track_process sees a dead one), so it can
 * be lenient: fall 3 at 1 s rides out a slow answer under CPU pressure.
 */
const HUNG_NGINX_CHECK = { checkIntervalSeconds: 1, checkTimeoutSeconds: 1, checkFall: 3, checkRise: 2 } as const;

/**
 * A backup takes over after `downTimerAdverts` adverts in a row went missing (plus a skew of
 * (256 - priority) / 256 adverts): more, shorter adverts keep the silence window short while random
 * loss has to drop 5 or 6 adverts in a row instead of 3 to fake a failure.
 */
export const PROFILE_TIMING: Readonly<Record<FailoverProfile, ProfileTiming>> = {
    [FailoverProfile.Standard]: { vrrpVersion: 3, advertIntervalSeconds: 0.5, downTimerAdverts: 5, ...HUNG_NGINX_CHECK },
    [FailoverProfile.Fast]: { vrrpVersion: 3, advertIntervalSeconds: 0.2, downTimerAdverts: 6, ...HUNG_NGINX_CHECK },
    [FailoverProfile.Classic]: { vrrpVersion: 2, advertIntervalSeconds: 1, downTimerAdverts: 3, ...HUNG_NGINX_CHECK },
};

/** Cluster-wide keepalived settings; {@link renderKeepalivedConf} renders one node of it. */
export interface KeepalivedClusterOptions {
    /** Private IPv4 address of every node (2..10); index 0 is the preferred master. Required. */
    nodePrivateIps: string[];
    /** The virtual IPv4 address (the HaVip address). Required; must not be a node address. */
    vip: string;
    /** Prefix length written after the VIP in `virtual_ipaddress`. Default: `32`. */
    vipPrefixLength?: number;
    /** Network interface that carries the private IPs and the VIP. Default: `"eth0"`. */
    interfaceName?: string;
    /** VRRP `virtual_router_id`, unique per VPC. Default: `51`. */
    virtualRouterId?: number;
    /** Timing profile. Default: `FailoverProfile.Standard`. */
    profile?: FailoverProfile;
    /**
     * Priority per node (same order as `nodePrivateIps`, all distinct, 1..254). Default: `250 - 10 * i`: high
     * priorities keep a backup's skew time, (256 - priority) / 256 x advert, and so its takeover, short.
     */
    priorities?: number[];
    /** When true a recovered higher-priority node does not take the VIP back (`nopreempt`). Default: `false`. */
    nopreempt?: boolean;
    /** Seconds a higher-priority node waits before taking the VIP back (`preempt_delay`, 0..1000; 0 = not rendered). Default: `0`. */
    preemptDelaySeconds?: number;
    /** VRRPv2 PASS secret (1..8 printable characters, never "1111"); only with `FailoverProfile.Classic`. Default: none (no authentication block; `vrrp_check_unicast_src` filters senders). */
    authPass?: string;
    /**
     * Unprivileged user that runs the check script (the install script creates it; Debian does not).
     * Default: `"keepalived_script"`, keepalived's own default name.
     */
    scriptUser?: string;
    /** Process name (`/proc/PID/comm`, at most 15 characters) that `track_process` counts; any one running keeps the node healthy. Default: `"nginx"`. */
    nginxProcessName?: string;
    /** Absolute path of the health-check script. Default: `"/etc/keepalived/check_nginx.sh"`. */
    checkScriptPath?: string;
    /** Port of the nginx health check on 127.0.0.1. Default: `80`. */
    healthCheckPort?: number;
    /** URL path of the nginx health check. Default: `"/healthz"`. */
    healthPath?: string;
    /** Seconds between gratuitous ARP refreshes while MASTER (keeps the HaVip right after a split brain). Default: `10`. */
    garpRefreshSeconds?: number;
}

/** Options with every default resolved. */
export type ResolvedKeepalivedOptions = Required<Omit<KeepalivedClusterOptions, "authPass">> & { authPass?: string };

export const DEFAULT_CHECK_SCRIPT_PATH = "/etc/keepalived/check_nginx.sh";
export const DEFAULT_SCRIPT_USER = "keepalived_script";
export const MIN_NODES = 2;
export const MAX_NODES = 10;

/** Resolves defaults (no validation). */
export function resolveKeepalivedOptions(opts: KeepalivedClusterOptions): ResolvedKeepalivedOptions {
    return {
        nodePrivateIps: opts.nodePrivateIps,
        vip: opts.vip,
        vipPrefixLength: opts.vipPrefixLength ?? 32,
        interfaceName: opts.interfaceName ?? "eth0",
        virtualRouterId: opts.virtualRouterId ?? 51,
        profile: opts.profile ?? FailoverProfile.Standard,
        priorities: opts.priorities ?? opts.nodePrivateIps.map((_, i) => 250 - 10 * i),
        nopreempt: opts.nopreempt ?? false,
        preemptDelaySeconds: opts.preemptDelaySeconds ?? 0,
        authPass: opts.authPass,
        scriptUser: opts.scriptUser ?? DEFAULT_SCRIPT_USER,
        nginxProcessName: opts.nginxProcessName ?? "nginx",
        checkScriptPath: opts.checkScriptPath ?? DEFAULT_CHECK_SCRIPT_PATH,
        healthCheckPort: opts.healthCheckPort ?? 80,
        healthPath: opts.healthPath ?? "/healthz",
        garpRefreshSeconds: opts.garpRefreshSeconds ?? 10,
    };
}

/** The VRRP settings a HaVipPair passes through to keepalived, checked once for both. */
export interface VrrpSettings {
    interfaceName: string;
    virtualRouterId: number;
    profile: FailoverProfile;
    nopreempt: boolean;
    preemptDelaySeconds: number;
}

/** A Linux interface name: at most 15 characters, no space, slash or quote. */
export function interfaceNameProblem(arg: string, name: string): string | undefined {
    return /^[A-Za-z0-9._-]{1,15}$/.test(name)
        ? undefined
        : `${arg}: ${describeValue(name)} is not a Linux interface name; use up to 15 letters, digits, ".", "_" or "-", such as eth0`;
}

/** An absolute URL path nothing else can be read into (no space, quote, brace, `;` or `$`). */
export function urlPathProblem(arg: string, path: string): string | undefined {
    return /^\/[A-Za-z0-9._\/-]*$/.test(path) ? undefined : `${arg}: ${describeValue(path)} is not an absolute URL path; use one such as /healthz`;
}

/** An absolute file path nothing else can be read into. */
export function filePathProblem(arg: string, path: string): string | undefined {
    return /^\/[A-Za-z0-9._\/-]+$/.test(path) && !path.split("/").includes("..")
        ? undefined
        : `${arg}: ${describeValue(path)} is not a safe absolute path; use letters, digits, ".", "_", "-" and "/" only, e.g. /etc/keepalived/check_nginx.sh`;
}

/**
 * Problems with the VRRP settings, each naming the argument, the value and the fix. `authArg`
 * names the argument that turns PASS authentication on, when it is on (VRRPv2 only).
 */
export function vrrpSettingProblems(s: VrrpSettings, authArg?: string): Array<string | undefined> {
    return [
        interfaceNameProblem("interfaceName", s.interfaceName),
        integerProblem("virtualRouterId", s.virtualRouterId, 1, 255),
        enumProblem("profile", s.profile, FailoverProfile),
        integerProblem("preemptDelaySeconds", s.preemptDelaySeconds, 0, 1000) ??
            (s.nopreempt && s.preemptDelaySeconds > 0
                ? `preemptDelaySeconds: ${s.preemptDelaySeconds} has no effect with nopreempt: true; remove one of them`
                : undefined),
        authArg !== undefined && PROFILE_TIMING[s.profile]?.vrrpVersion === 3
            ? `${authArg}: needs VRRPv2, but profile ${s.profile} runs VRRPv3, which has no authentication; use profile Classic or turn ${authArg} off`
            : undefined,
    ];
}

/** Returns every problem with the options, each naming the option, the bad value and the fix. */
export function validateKeepalivedOptions(opts: KeepalivedClusterOptions): string[] {
    const o = resolveKeepalivedOptions(opts);
    const problems: Array<string | undefined> = [];
    const n = o.nodePrivateIps.length;
    if (n < MIN_NODES || n > MAX_NODES) {
        problems.push(`nodePrivateIps: ${n} nodes given; use ${MIN_NODES} to ${MAX_NODES} nodes (a HaVip serves up to 10 ECS)`);
    }
    o.nodePrivateIps.forEach((ip, i) => {
        if (!net.isIPv4(ip)) {
            problems.push(`nodePrivateIps[${i}]: ${describeValue(ip)} is not an IPv4 address; use the node's private IPv4 address`);
        }
    });
    const duplicateIps = o.nodePrivateIps.filter((ip, i) => o.nodePrivateIps.indexOf(ip) !== i);
    if (duplicateIps.length > 0) {
        problems.push(`nodePrivateIps: ${[...new Set(duplicateIps)].join(", ")} repeated; give every node its own private IP`);
    }
    if (!net.isIPv4(o.vip)) {
        problems.push(`vip: ${describeValue(o.vip)} is not an IPv4 address; use the HaVip's IPv4 address`);
    } else if (o.nodePrivateIps.includes(o.vip)) {
        problems.push(`vip: ${o.vip} equals a node's private IP; use a free address in the vSwitch for the VIP`);
    }
    problems.push(integerProblem("vipPrefixLength", o.vipPrefixLength, 1, 32));
    problems.push(...vrrpSettingProblems(o, o.authPass === undefined ? undefined : "authPass"));
    if (o.priorities.length !== n) {
        problems.push(`priorities: ${o.priorities.length} entries for ${n} nodes; give one priority per node`);
    }
    o.priorities.forEach((p, i) => problems.push(integerProblem(`priorities[${i}]`, p, 1, 254)));
    const duplicatePriorities = o.priorities.filter((p, i) => o.priorities.indexOf(p) !== i);
    if (duplicatePriorities.length > 0) {
        problems.push(`priorities: ${[...new Set(duplicatePriorities)].join(", ")} repeated; give every node a distinct priority (with equal priorities the higher IP wins)`);
    }
    if (o.authPass !== undefined) {
        problems.push(...validateAuthPass(o.authPass));
    }
    problems.push(userNameProblem("scriptUser", o.scriptUser));
    problems.push(processNameProblem("nginxProcessName", o.nginxProcessName));
    problems.push(filePathProblem("checkScriptPath", o.checkScriptPath));
    problems.push(integerProblem("healthCheckPort", o.healthCheckPort, 1, 65535));
    problems.push(urlPathProblem("healthPath", o.healthPath));
    problems.push(integerProblem("garpRefreshSeconds", o.garpRefreshSeconds, 0, 86400));
    return problems.filter((p): p is string => p !== undefined);
}

/** A process name as `/proc/PID/comm` holds it (at most 15 characters), nothing else. */
export function processNameProblem(arg: string, name: string): string | undefined {
    return /^[A-Za-z0-9._-]{1,15}$/.test(name)
        ? undefined
        : `${arg}: ${describeValue(name)} is not a process name as /proc/PID/comm shows it; use 1 to 15 letters, digits, ".", "_" or "-", such as nginx`;
}

/** Problems with a PASS secret; the value itself is never echoed. */
function validateAuthPass(authPass: string): string[] {
    const problems: string[] = [];
    if (authPass === "1111") {
        problems.push(`authPass: the well-known "1111"; generate a random secret (e.g. @pulumi/random RandomPassword, length 8)`);
    }
    if (authPass.length < 1 || authPass.length > 8) {
        problems.push(`authPass: ${authPass.length} characters; keepalived uses at most 8, so use 1 to 8 characters`);
    }
    if (!/^[\x21-\x7e]*$/.test(authPass) || /["'#!\\{}]/.test(authPass)) {
        problems.push(`authPass: contains a space, quote, "#", "!", "\\", a brace or a non-ASCII character; use letters, digits and other punctuation`);
    }
    return problems;
}

/** Throws one InvalidArgumentsError listing every problem, or returns the resolved options. */
export function checkKeepalivedOptions(opts: KeepalivedClusterOptions): ResolvedKeepalivedOptions {
    throwIfProblems("keepalived options", validateKeepalivedOptions(opts));
    return resolveKeepalivedOptions(opts);
}

/** Renders keepalived.conf for node `nodeIndex` (0-based; 0 has the highest default priority). */
export function renderKeepalivedConf(opts: KeepalivedClusterOptions, nodeIndex: number): string {
    const o = checkKeepalivedOptions(opts);
    throwIfProblems("keepalived options", [integerProblem("nodeIndex", nodeIndex, 0, o.nodePrivateIps.length - 1)]);
    const timing = PROFILE_TIMING[o.profile];
    const ownIp = o.nodePrivateIps[nodeIndex];
    const peers = o.nodePrivateIps.filter((_, i) => i !== nodeIndex);
    const preemptLines = o.nopreempt
        ? ["    nopreempt"]
        : o.preemptDelaySeconds > 0 ? [`    preempt_delay ${o.preemptDelaySeconds}`] : [];
    const authLines = o.authPass === undefined ? [] : [
        "    authentication {",
        "        auth_type PASS",
        `        auth_pass ${o.authPass}`,
        "    }",
    ];
    return [
        "# Managed by alicloud-blueprints provision: changes are overwritten on the next run.",
        `# Node ${nodeIndex + 1} of ${o.nodePrivateIps.length}, profile ${o.profile}.`,
        "global_defs {",
        "    enable_script_security",
        `    script_user ${o.scriptUser}`,
        "    vrrp_check_unicast_src",
        "    vrrp_garp_master_delay 1",
        `    vrrp_garp_master_refresh ${o.garpRefreshSeconds}`,
        "    vrrp_higher_prio_send_advert true",
        "}",
        "",
        "# A hung nginx: polled HTTP check on loopback.",
        "vrrp_script chk_nginx {",
        `    script "${o.checkScriptPath}"`,
        `    interval ${timing.checkIntervalSeconds}`,
        `    timeout ${timing.checkTimeoutSeconds}`,
        `    fall ${timing.checkFall}`,
        `    rise ${timing.checkRise}`,
        "    weight 0",
        "}",
        "",
        "# A dead nginx: process events (netlink), no polling. quorum 1: the master or any worker",
        "# alive still serves; weight 0: none alive puts the node in FAULT at once (no delay).",
        "vrrp_track_process nginx_running {",
        `    process ${o.nginxProcessName}`,
        "    quorum 1",
        "    weight 0",
        "}",
        "",
        "vrrp_instance VI_HAVIP {",
        "    state BACKUP",
        `    interface ${o.interfaceName}`,
        `    virtual_router_id ${o.virtualRouterId}`,
        `    priority ${o.priorities[nodeIndex]}`,
        `    version ${timing.vrrpVersion}`,
        `    advert_int ${timing.advertIntervalSeconds}`,
        `    down_timer_adverts ${timing.downTimerAdverts}`,
        ...preemptLines,
        `    unicast_src_ip ${ownIp}`,
        "    unicast_peer {",
        ...peers.map((peer) => `        ${peer}`),
        "    }",
        "    unicast_fault_no_peer",
        "    garp_master_delay 1",
        `    garp_master_refresh ${o.garpRefreshSeconds}`,
        "    garp_lower_prio_repeat 1",
        ...authLines,
        "    virtual_ipaddress {",
        `        ${o.vip}/${o.vipPrefixLength} dev ${o.interfaceName}`,
        "    }",
        "    track_script {",
        "        chk_nginx",
        "    }",
        "    track_process {",
        "        nginx_running",
        "    }",
        "}",
        "",
    ].join("\n");
}
