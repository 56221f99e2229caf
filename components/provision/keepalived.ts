/**
 * keepalived.conf for node i of N in unicast mode (VPCs have no multicast): every node BACKUP with a
 * distinct priority; nginx health from `track_process` (process death seen through netlink, no
 * polling) plus a polled HTTP check for a hung nginx, both with weight 0 (failure = FAULT).
 */
import * as net from "net";

/**
 * Failover timing profiles. A backup takes over after `downTimerAdverts` adverts in a row went
 * missing (plus a skew of (256 - priority) / 256 adverts): more, shorter adverts keep the same
 * silence window but make a false failover from random loss far less likely (10 % loss has to
 * drop 5 or 6 adverts in a row instead of 3).
 */
export enum FailoverProfile {
    /** VRRPv3, advert every 0.5 s, master down after 5 missed adverts (2.5 s): host down about 2.3 s. */
    Standard = "Standard",
    /** VRRPv3, advert every 0.2 s, master down after 6 missed adverts (1.2 s): host down about 1.3 s. */
    Fast = "Fast",
    /** VRRPv2 (RFC 3768 timing), advert every 1 s, master down after 3 missed adverts: host down about 2.5 s; the only profile with PASS authentication, and the least tolerant of packet loss. */
    Classic = "Classic",
}

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

function isIntIn(value: number, min: number, max: number): boolean {
    return Number.isInteger(value) && value >= min && value <= max;
}

/** Returns every problem with the options, each naming the option, the bad value and the fix. */
export function validateKeepalivedOptions(opts: KeepalivedClusterOptions): string[] {
    const o = resolveKeepalivedOptions(opts);
    const problems: string[] = [];
    const n = o.nodePrivateIps.length;
    if (n < MIN_NODES || n > MAX_NODES) {
        problems.push(`nodePrivateIps has ${n} nodes: use ${MIN_NODES}..${MAX_NODES} nodes (a HaVip serves up to 10 ECS).`);
    }
    o.nodePrivateIps.forEach((ip, i) => {
        if (!net.isIPv4(ip)) {
            problems.push(`nodePrivateIps[${i}] "${ip}" is not an IPv4 address: use the node's private IPv4 address.`);
        }
    });
    const duplicateIps = o.nodePrivateIps.filter((ip, i) => o.nodePrivateIps.indexOf(ip) !== i);
    if (duplicateIps.length > 0) {
        problems.push(`nodePrivateIps repeats ${[...new Set(duplicateIps)].join(", ")}: give every node its own private IP.`);
    }
    if (!net.isIPv4(o.vip)) {
        problems.push(`vip "${o.vip}" is not an IPv4 address: use the HaVip's IPv4 address.`);
    } else if (o.nodePrivateIps.includes(o.vip)) {
        problems.push(`vip ${o.vip} equals a node's private IP: use a free address in the vSwitch for the VIP.`);
    }
    if (!isIntIn(o.vipPrefixLength, 1, 32)) {
        problems.push(`vipPrefixLength ${o.vipPrefixLength} is invalid: use an integer 1..32 (default 32).`);
    }
    if (!/^[A-Za-z0-9._-]{1,15}$/.test(o.interfaceName)) {
        problems.push(`interfaceName "${o.interfaceName}" is invalid: use a Linux interface name such as eth0.`);
    }
    if (!isIntIn(o.virtualRouterId, 1, 255)) {
        problems.push(`virtualRouterId ${o.virtualRouterId} is invalid: use an integer 1..255, unique in the VPC.`);
    }
    if (!Object.values(FailoverProfile).includes(o.profile)) {
        problems.push(`profile "${o.profile}" is invalid: use FailoverProfile.Standard, Fast or Classic.`);
    }
    if (o.priorities.length !== n) {
        problems.push(`priorities has ${o.priorities.length} entries for ${n} nodes: give one priority per node.`);
    }
    o.priorities.forEach((p, i) => {
        if (!isIntIn(p, 1, 254)) {
            problems.push(`priorities[${i}] ${p} is invalid: use an integer 1..254 (255 is reserved for the address owner).`);
        }
    });
    const duplicatePriorities = o.priorities.filter((p, i) => o.priorities.indexOf(p) !== i);
    if (duplicatePriorities.length > 0) {
        problems.push(`priorities repeat ${[...new Set(duplicatePriorities)].join(", ")}: give every node a distinct priority (equal priorities let the higher IP win).`);
    }
    if (!isIntIn(o.preemptDelaySeconds, 0, 1000)) {
        problems.push(`preemptDelaySeconds ${o.preemptDelaySeconds} is invalid: use an integer 0..1000.`);
    } else if (o.nopreempt && o.preemptDelaySeconds > 0) {
        problems.push(`preemptDelaySeconds ${o.preemptDelaySeconds} has no effect with nopreempt: set nopreempt false or preemptDelaySeconds 0.`);
    }
    if (o.authPass !== undefined) {
        problems.push(...validateAuthPass(o.authPass, o.profile));
    }
    if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(o.scriptUser)) {
        problems.push(`scriptUser "${o.scriptUser}" is invalid: use a Linux user name (default keepalived_script).`);
    }
    if (!/^[A-Za-z0-9._-]{1,15}$/.test(o.nginxProcessName)) {
        problems.push(`nginxProcessName "${o.nginxProcessName}" is invalid: use the process name as /proc/PID/comm shows it (1..15 letters, digits, '.', '_', '-'), default nginx.`);
    }
    if (!/^\/[A-Za-z0-9._\/-]+$/.test(o.checkScriptPath)) {
        problems.push(`checkScriptPath "${o.checkScriptPath}" is invalid: use an absolute path without spaces or quotes.`);
    }
    if (!isIntIn(o.healthCheckPort, 1, 65535)) {
        problems.push(`healthCheckPort ${o.healthCheckPort} is invalid: use an integer 1..65535 (default 80).`);
    }
    if (!/^\/[A-Za-z0-9._\/-]*$/.test(o.healthPath)) {
        problems.push(`healthPath "${o.healthPath}" is invalid: use an absolute URL path such as /healthz.`);
    }
    if (!isIntIn(o.garpRefreshSeconds, 0, 86400)) {
        problems.push(`garpRefreshSeconds ${o.garpRefreshSeconds} is invalid: use an integer 0..86400 (0 disables refresh).`);
    }
    return problems;
}

/** Problems with a PASS secret; the value itself is never echoed. */
function validateAuthPass(authPass: string, profile: FailoverProfile): string[] {
    const problems: string[] = [];
    if (PROFILE_TIMING[profile]?.vrrpVersion !== 2) {
        problems.push(`authPass is set with profile ${profile}: VRRPv3 ignores authentication; remove authPass or use FailoverProfile.Classic (VRRPv2).`);
    }
    if (authPass === "1111") {
        problems.push(`authPass is the well-known "1111": generate a random secret (e.g. @pulumi/random RandomPassword, length 8).`);
    }
    if (authPass.length < 1 || authPass.length > 8) {
        problems.push(`authPass has ${authPass.length} characters: keepalived uses at most 8; use 1..8 characters.`);
    }
    if (!/^[\x21-\x7e]*$/.test(authPass) || /["'#!\\]/.test(authPass)) {
        problems.push(`authPass contains a space, quote, '#', '!' or '\\' (or a non-ASCII character): use letters, digits and other punctuation.`);
    }
    return problems;
}

/** Throws one Error listing every problem, or returns the resolved options. */
export function checkKeepalivedOptions(opts: KeepalivedClusterOptions): ResolvedKeepalivedOptions {
    const problems = validateKeepalivedOptions(opts);
    if (problems.length > 0) {
        throw new Error(`invalid keepalived options:\n- ${problems.join("\n- ")}`);
    }
    return resolveKeepalivedOptions(opts);
}

/** Renders keepalived.conf for node `nodeIndex` (0-based; 0 has the highest default priority). */
export function renderKeepalivedConf(opts: KeepalivedClusterOptions, nodeIndex: number): string {
    const o = checkKeepalivedOptions(opts);
    if (!isIntIn(nodeIndex, 0, o.nodePrivateIps.length - 1)) {
        throw new Error(`nodeIndex ${nodeIndex} is invalid: use 0..${o.nodePrivateIps.length - 1}.`);
    }
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
