import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { aptLockFiles, renderFirstBootWait, renderInstallScript, systemdEnvironment } from "../../components/provision";
import { gateHaLab } from "../ha/prerequisites";
import { temporaryDir } from "../support/planFiles";

/** A script around the rendered wait, with the install script's own `log` and `fail`. */
function harness(lines: string[]): string {
    return [
        "#!/usr/bin/env bash",
        "set -euo pipefail",
        "export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "NODE=test-node",
        'log() { printf \'[provision %s] %s\\n\' "$NODE" "$*"; }',
        'fail() { printf \'[provision %s] ERROR: %s\\n\' "$NODE" "$*" >&2; exit 1; }',
        ...lines,
        'echo "after the wait"',
        "",
    ].join("\n");
}

/**
 * Runs `script` inside a private mount namespace whose /var/lib/dpkg and /usr/local/bin are empty
 * tmpfs mounts, so the default lock paths are real paths that no real apt ever uses. `hold` takes
 * the dpkg frontend lock first: `posix` as apt and dpkg take it (fcntl), `flock` with flock(1).
 */
function runInNamespace(dir: string, script: string, setup: { hold?: "posix" | "flock"; holdSeconds?: number; cloudInit?: "sleeps" }) {
    fs.writeFileSync(path.join(dir, "wait.sh"), script);
    const lock = "/var/lib/dpkg/lock-frontend";
    const holder =
        setup.hold === "posix"
            ? `perl -e 'use Fcntl; open(my $f, ">>", $ARGV[0]) or die; my $l = pack("s s x4 q q l x4", F_WRLCK, 0, 0, 0, 0); fcntl($f, F_SETLKW, $l) or die; sleep $ARGV[1]' ${lock} ${setup.holdSeconds} &`
            : setup.hold === "flock"
              ? `flock --no-fork ${lock} sleep ${setup.holdSeconds} &`
              : "";
    const outer = [
        "set -euo pipefail",
        "mount -t tmpfs tmpfs /var/lib/dpkg",
        "mount -t tmpfs tmpfs /usr/local/bin",
        `touch ${aptLockFiles[0]} /var/lib/dpkg/lock`,
        setup.cloudInit === "sleeps" ? "printf '#!/bin/sh\\nsleep 30\\n' > /usr/local/bin/cloud-init && chmod 755 /usr/local/bin/cloud-init" : ":",
        holder,
        // Let the holder take the lock before the script looks.
        holder
            ? [
                  `read -r d i < <(stat -c '%d %i' ${lock})`,
                  "id=$(printf '%02x:%02x:%d' $(( (d >> 8) & 0xfff )) $(( (d & 0xff) | ((d >> 12) & 0xfff00) )) \"$i\")",
                  'for _ in $(seq 1 100); do grep -q " $id " /proc/locks && break; sleep 0.05; done',
              ].join("\n")
            : ":",
        `status=0; bash ${path.join(dir, "wait.sh")} || status=$?`,
        "kill %1 2>/dev/null || true",
        'exit "$status"',
    ].join("\n");
    return spawnSync("unshare", ["--mount", "--propagation", "private", "bash", "-c", outer], { encoding: "utf8", timeout: 60_000 });
}

function labUnavailable(): string | undefined {
    if (process.platform !== "linux" || process.getuid?.() !== 0) {
        return "the first-boot lock test needs root on Linux (a private mount namespace)";
    }
    const missing = ["unshare", "flock", "perl", "timeout", "ps"].filter((cmd) => spawnSync("bash", ["-c", `command -v ${cmd}`]).status !== 0);
    if (missing.length > 0) return `missing commands: ${missing.join(", ")} (util-linux, perl-base, coreutils, procps)`;
    if (process.arch !== "x64") return `the POSIX lock holder packs struct flock for x86_64 (arch is ${process.arch})`;
    return undefined;
}

describe("first-boot wait", () => {
    it("renders strict bash that the install script runs before any package step", () => {
        const script = renderInstallScript({ nodeName: "web1", files: [], environment: systemdEnvironment() });
        const wait = script.indexOf("\nwait_for_first_boot\n");
        assert.ok(wait > 0, "the install script does not call wait_for_first_boot");
        assert.ok(wait < script.indexOf("\ninstall_missing_packages\n"), "the wait comes after the package step");
        for (const lock of aptLockFiles) {
            assert.ok(script.includes(lock), `${lock} is not waited for`);
        }
        const check = spawnSync("shellcheck", ["-"], { input: harness(renderFirstBootWait()), encoding: "utf8" });
        assert.equal(check.status, 0, check.stdout);
    });

    it("rejects bad options with the value and the fix", () => {
        assert.throws(() => renderFirstBootWait({ lockSeconds: 0, cloudInitSeconds: 1.5, lockFiles: ["relative/lock"] }), {
            name: "InvalidArgumentsError",
            message:
                "the first-boot wait has invalid arguments:\n" +
                "  - cloudInitSeconds: 1.5 is out of range; use a whole number from 1 to 3600\n" +
                "  - lockSeconds: 0 is out of range; use a whole number from 1 to 3600\n" +
                '  - lockFiles[0]: "relative/lock" is not a plain absolute path; use letters, digits, ".", "_", "-" and "/" only',
        });
    });

    describe("with a real held lock, in a private mount namespace", () => {
        const temp = temporaryDir();
        before(function () {
            gateHaLab(this, labUnavailable());
        });
        after(temp.cleanup);

        it("fails naming the lock and its holder when apt's kind of lock (fcntl) outlasts the bound", () => {
            const result = runInNamespace(temp.dir, harness(renderFirstBootWait({ lockSeconds: 2 })), { hold: "posix", holdSeconds: 30 });
            assert.equal(result.status, 1, result.stderr);
            assert.match(result.stdout, /\[provision test-node\] waiting for \/var\/lib\/dpkg\/lock-frontend \(held by pid \d+\) for up to 2 s/);
            assert.match(result.stderr, /ERROR: \/var\/lib\/dpkg\/lock-frontend is still locked after 2 s by pid \d+ \(perl\); let it finish, then run again/);
            assert.doesNotMatch(result.stdout, /after the wait/);
        });

        it("goes on once a flock(1) holder lets go within the bound", () => {
            const result = runInNamespace(temp.dir, harness(renderFirstBootWait({ lockSeconds: 30 })), { hold: "flock", holdSeconds: 1 });
            assert.equal(result.status, 0, result.stderr);
            assert.match(result.stdout, /waiting for \/var\/lib\/dpkg\/lock-frontend \(held by pid \d+\)/);
            assert.match(result.stdout, /after the wait/);
        });

        it("goes straight on when nothing holds a lock", () => {
            const result = runInNamespace(temp.dir, harness(renderFirstBootWait({ lockSeconds: 2 })), {});
            assert.equal(result.status, 0, result.stderr);
            assert.equal(result.stdout, "after the wait\n");
        });

        it("says cloud-init is still running when its bound expires, and goes on", () => {
            const result = runInNamespace(temp.dir, harness(renderFirstBootWait({ cloudInitSeconds: 1 })), { cloudInit: "sleeps" });
            assert.equal(result.status, 0, result.stderr);
            assert.match(result.stdout, /\[provision test-node\] cloud-init still running after 1 s; going on without waiting longer\nafter the wait/);
        });
    });
});
