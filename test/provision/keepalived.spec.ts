import * as pulumi from "@pulumi/pulumi";
import { strict as assert } from "node:assert";
import {
    checkKeepalivedOptions, FailoverProfile, KeepalivedClusterOptions, PROFILE_TIMING, renderKeepalivedConf,
} from "../../components/provision";

const ips = (n: number) => Array.from({ length: n }, (_, i) => `10.0.1.${10 + i}`);
const base = (n = 2): KeepalivedClusterOptions => ({ nodePrivateIps: ips(n), vip: "10.0.1.100" });

function field(conf: string, key: string): string[] {
    return [...conf.matchAll(new RegExp(`^[ \\t]*${key}[ \\t]+(.+)$`, "gm"))].map((m) => m[1].trim());
}

function peersOf(conf: string): string[] {
    const block = /unicast_peer \{\n([\s\S]*?)\n\s*\}/.exec(conf);
    assert.ok(block, "no unicast_peer block");
    return block[1].split("\n").map((l) => l.trim());
}

describe("renderKeepalivedConf", () => {
    for (const profile of Object.values(FailoverProfile)) {
        for (let n = 2; n <= 10; n++) {
            it(`${profile}, ${n} nodes: distinct priorities, all BACKUP, peers = every other node, profile timing`, () => {
                const confs = ips(n).map((_, i) => renderKeepalivedConf({ ...base(n), profile }, i));
                const priorities = confs.map((c) => Number(field(c, "priority")[0]));
                assert.equal(new Set(priorities).size, n, `priorities repeat: ${priorities}`);
                assert.deepEqual([...priorities].sort((a, b) => b - a), priorities, "index 0 is the preferred master");
                confs.forEach((conf, i) => {
                    assert.deepEqual(field(conf, "state"), ["BACKUP"]);
                    assert.doesNotMatch(conf, /MASTER/);
                    assert.doesNotMatch(conf, /vrrp_strict/);
                    assert.doesNotMatch(conf, /auth_pass/);
                    assert.deepEqual(field(conf, "unicast_src_ip"), [ips(n)[i]]);
                    assert.deepEqual(peersOf(conf), ips(n).filter((_, j) => j !== i));
                    assert.deepEqual(field(conf, "version"), [String(PROFILE_TIMING[profile].vrrpVersion)]);
                    assert.deepEqual(field(conf, "advert_int"), [String(PROFILE_TIMING[profile].advertIntervalSeconds)]);
                    assert.deepEqual(field(conf, "down_timer_adverts"), [String(PROFILE_TIMING[profile].downTimerAdverts)]);
                    assert.deepEqual(field(conf, "weight"), ["0", "0"], "the HTTP check and track_process both put the node in FAULT");
                    for (const keyword of ["unicast_fault_no_peer", "vrrp_check_unicast_src", "enable_script_security", "chk_nginx", "nginx_running"]) {
                        assert.match(conf, new RegExp(`^\\s*${keyword}\\s*$`, "m"), `${keyword} missing`);
                    }
                    assert.deepEqual(field(conf, "process"), ["nginx"]);
                    assert.deepEqual(field(conf, "quorum"), ["1"]);
                    assert.deepEqual(field(conf, "script_user"), ["keepalived_script"]);
                    assert.deepEqual(field(conf, "virtual_router_id"), ["51"]);
                    assert.deepEqual(field(conf, "garp_master_delay"), ["1"]);
                    assert.match(conf, /^\s*10\.0\.1\.100\/32 dev eth0$/m);
                });
            });
        }
    }

    it("profiles: Standard VRRPv3 0.5 s x 5, Fast VRRPv3 0.2 s x 6, Classic VRRPv2 1 s x 3 (the silence before a takeover)", () => {
        const window = (p: FailoverProfile) => [PROFILE_TIMING[p].vrrpVersion, Math.round(PROFILE_TIMING[p].advertIntervalSeconds * PROFILE_TIMING[p].downTimerAdverts * 100) / 100];
        assert.deepEqual(window(FailoverProfile.Standard), [3, 2.5]);
        assert.deepEqual(window(FailoverProfile.Fast), [3, 1.2]);
        assert.deepEqual(window(FailoverProfile.Classic), [2, 3]);
    });

    it("tracks the given nginx process name", () => {
        assert.deepEqual(field(renderKeepalivedConf({ ...base(), nginxProcessName: "ngx-a" }, 0), "process"), ["ngx-a"]);
    });

    it("renders PASS authentication only when asked, with the given secret", () => {
        const conf = renderKeepalivedConf({ ...base(), profile: FailoverProfile.Classic, authPass: "Zq8-xY" }, 0);
        assert.match(conf, /authentication \{\n\s+auth_type PASS\n\s+auth_pass Zq8-xY\n\s+\}/);
    });

    it("renders nopreempt, or preempt_delay, or neither", () => {
        assert.match(renderKeepalivedConf({ ...base(), nopreempt: true }, 1), /^\s*nopreempt$/m);
        assert.deepEqual(field(renderKeepalivedConf({ ...base(), preemptDelaySeconds: 30 }, 1), "preempt_delay"), ["30"]);
        const plain = renderKeepalivedConf(base(), 1);
        assert.doesNotMatch(plain, /nopreempt|preempt_delay/);
    });

    it("uses explicit priorities, the interface, vrid and VIP prefix", () => {
        const conf = renderKeepalivedConf({ ...base(3), priorities: [10, 200, 30], interfaceName: "ens5", virtualRouterId: 7, vipPrefixLength: 24 }, 1);
        assert.deepEqual(field(conf, "priority"), ["200"]);
        assert.deepEqual(field(conf, "interface"), ["ens5"]);
        assert.deepEqual(field(conf, "virtual_router_id"), ["7"]);
        assert.match(conf, /^\s*10\.0\.1\.100\/24 dev ens5$/m);
    });
});

describe("keepalived option validation", () => {
    const table: Array<[string, Partial<KeepalivedClusterOptions>, string]> = [
        ["one node", { nodePrivateIps: ips(1) }, "nodePrivateIps: 1 nodes given; use 2 to 10 nodes (a HaVip serves up to 10 ECS)"],
        ["eleven nodes", { nodePrivateIps: ips(11) }, "nodePrivateIps: 11 nodes given; use 2 to 10 nodes (a HaVip serves up to 10 ECS)"],
        ["bad node IP", { nodePrivateIps: ["10.0.1.10", "10.0.1.300"] }, `nodePrivateIps[1]: "10.0.1.300" is not an IPv4 address; use the node's private IPv4 address`],
        ["duplicate node IP", { nodePrivateIps: ["10.0.1.10", "10.0.1.10"] }, "nodePrivateIps: 10.0.1.10 repeated; give every node its own private IP"],
        ["VIP equals a node IP", { vip: "10.0.1.11" }, "vip: 10.0.1.11 equals a node's private IP; use a free address in the vSwitch for the VIP"],
        ["VIP not IPv4", { vip: "vip" }, `vip: "vip" is not an IPv4 address; use the HaVip's IPv4 address`],
        ["vrid 0", { virtualRouterId: 0 }, "virtualRouterId: 0 is out of range; use a whole number from 1 to 255"],
        ["vrid 256", { virtualRouterId: 256 }, "virtualRouterId: 256 is out of range; use a whole number from 1 to 255"],
        ["equal priorities", { priorities: [120, 120] }, "priorities: 120 repeated; give every node a distinct priority (with equal priorities the higher IP wins)"],
        ["priority 255", { priorities: [255, 100] }, "priorities[0]: 255 is out of range; use a whole number from 1 to 254"],
        ["priority count", { priorities: [100] }, "priorities: 1 entries for 2 nodes; give one priority per node"],
        ["auth with Fast", { profile: FailoverProfile.Fast, authPass: "Zq8xY2" }, "authPass: needs VRRPv2, but profile Fast runs VRRPv3, which has no authentication; use profile Classic or turn authPass off"],
        ["auth with Standard", { authPass: "Zq8xY2" }, "authPass: needs VRRPv2, but profile Standard runs VRRPv3, which has no authentication; use profile Classic or turn authPass off"],
        ["auth 1111", { profile: FailoverProfile.Classic, authPass: "1111" }, `authPass: the well-known "1111"; generate a random secret (e.g. @pulumi/random RandomPassword, length 8)`],
        ["auth too long", { profile: FailoverProfile.Classic, authPass: "123456789" }, "authPass: 9 characters; keepalived uses at most 8, so use 1 to 8 characters"],
        ["auth empty", { profile: FailoverProfile.Classic, authPass: "" }, "authPass: 0 characters; keepalived uses at most 8, so use 1 to 8 characters"],
        ["auth with a space", { profile: FailoverProfile.Classic, authPass: "ab cd" }, `authPass: contains a space, quote, "#", "!", "\\", a brace or a non-ASCII character; use letters, digits and other punctuation`],
        ["auth with a brace", { profile: FailoverProfile.Classic, authPass: "ab}cd" }, `authPass: contains a space, quote, "#", "!", "\\", a brace or a non-ASCII character; use letters, digits and other punctuation`],
        ["nopreempt with delay", { nopreempt: true, preemptDelaySeconds: 5 }, "preemptDelaySeconds: 5 has no effect with nopreempt: true; remove one of them"],
        ["negative delay", { preemptDelaySeconds: -1 }, "preemptDelaySeconds: -1 is out of range; use a whole number from 0 to 1000"],
        ["prefix 33", { vipPrefixLength: 33 }, "vipPrefixLength: 33 is out of range; use a whole number from 1 to 32"],
        ["interface with a space", { interfaceName: "eth 0" }, `interfaceName: "eth 0" is not a Linux interface name; use up to 15 letters, digits, ".", "_" or "-", such as eth0`],
        ["interface with a newline", { interfaceName: "eth0\n}" }, `interfaceName: "eth0\\n}" is not a Linux interface name; use up to 15 letters, digits, ".", "_" or "-", such as eth0`],
        ["unknown profile", { profile: "Turbo" as FailoverProfile }, `profile: "Turbo" is not one of Standard, Fast, Classic; use one of them`],
        ["script user with a space", { scriptUser: "key user" }, `scriptUser: "key user" is not a Linux user name; use up to 32 lower-case letters, digits, "_" or "-", starting with a letter or "_", e.g. "root"`],
        ["process name too long", { nginxProcessName: "nginx-with-a-long-name" }, `nginxProcessName: "nginx-with-a-long-name" is not a process name as /proc/PID/comm shows it; use 1 to 15 letters, digits, ".", "_" or "-", such as nginx`],
        ["check script path with a quote", { checkScriptPath: '/etc/x" ; id' }, `checkScriptPath: "/etc/x\\" ; id" is not a safe absolute path; use letters, digits, ".", "_", "-" and "/" only, e.g. /etc/keepalived/check_nginx.sh`],
        ["health path with a command", { healthPath: "/h$(id)" }, `healthPath: "/h$(id)" is not an absolute URL path; use one such as /healthz`],
    ];
    for (const [label, change, message] of table) {
        it(`rejects ${label}`, () => {
            assert.throws(() => checkKeepalivedOptions({ ...base(), ...change }), (err: Error) => {
                assert.equal(err.message, `keepalived options has invalid arguments:\n  - ${message}`);
                assert.ok(pulumi.RunError.isInstance(err), "a RunError: the engine prints it without a stack trace");
                return true;
            });
        });
    }

    it("collects every problem into one error", () => {
        assert.throws(() => checkKeepalivedOptions({ nodePrivateIps: ["10.0.1.10"], vip: "10.0.1.10", virtualRouterId: 0 }), (err: Error) => {
            assert.equal(err.message.split("\n  - ").length - 1, 3);
            return true;
        });
    });

    it("never echoes the secret in an error", () => {
        assert.throws(() => renderKeepalivedConf({ ...base(), profile: FailoverProfile.Fast, authPass: "S3cr3tXy" }, 0), (err: Error) => {
            assert.doesNotMatch(err.message, /S3cr3tXy/);
            return true;
        });
    });

    it("rejects a node index outside the cluster", () => {
        assert.throws(() => renderKeepalivedConf(base(), 2), /nodeIndex: 2 is out of range; use a whole number from 0 to 1/);
    });
});
