/**
 * Whether the real-daemon HA tests can run here. Outside CI an unmet prerequisite skips with the
 * reason; with CI=true it fails the suite with that same reason.
 */
import { spawnSync } from "child_process";

export const REQUIRED_COMMANDS = ["ip", "keepalived", "nginx", "shellcheck", "iptables", "curl", "bash", "sshd", "ssh", "ssh-keygen", "nsenter", "runuser", "useradd"];

/** Returns why the HA lab cannot run here, or undefined when it can. */
export function haUnavailableReason(): string | undefined {
    if (process.platform !== "linux") {
        return `the HA lab needs Linux network namespaces (platform is ${process.platform})`;
    }
    if (typeof process.getuid !== "function" || process.getuid() !== 0) {
        return "the HA lab needs root (network namespaces, /etc/netns, iptables)";
    }
    const missing = REQUIRED_COMMANDS.filter(
        (cmd) => spawnSync("bash", ["-c", `PATH=$PATH:/usr/sbin:/sbin command -v ${cmd}`]).status !== 0,
    );
    if (missing.length > 0) {
        return `missing commands: ${missing.join(", ")} (run scripts/install-test-deps.sh)`;
    }
    return undefined;
}

export function isCi(): boolean {
    return process.env.CI === "true";
}

/** Call from a mocha `before`: skips (outside CI) or throws (in CI) when the lab cannot run. */
export function requireHaLab(ctx: Pick<Mocha.Context, "skip">): void {
    gateHaLab(ctx, haUnavailableReason());
}

/** Skips (outside CI) or throws (CI=true) when `reason` is set; does nothing otherwise. */
export function gateHaLab(ctx: Pick<Mocha.Context, "skip">, reason: string | undefined): void {
    if (reason === undefined) {
        return;
    }
    if (isCi()) {
        throw new Error(`HA tests cannot run in CI: ${reason}`);
    }
    console.log(`    HA tests skipped: ${reason}`);
    ctx.skip();
}
