/** Small process helpers for the HA lab: every call is bounded in time. */
import { spawn } from "child_process";

export interface RunResult {
    code: number;
    stdout: string;
    stderr: string;
}

/** Runs a command (no shell), optionally with stdin; never throws, resolves with the exit code. */
export function run(cmd: string, args: string[], opts: { input?: string; timeoutMs?: number } = {}): Promise<RunResult> {
    return new Promise((resolve) => {
        const child = spawn(cmd, args, { stdio: ["pipe", "pipe", "pipe"] });
        let stdout = "";
        let stderr = "";
        const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 30_000);
        child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
        child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        child.on("error", (err) => {
            clearTimeout(timer);
            resolve({ code: 127, stdout, stderr: stderr + String(err) });
        });
        child.on("close", (code, signal) => {
            clearTimeout(timer);
            resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr });
        });
        child.stdin.on("error", () => undefined);
        child.stdin.end(opts.input ?? "");
    });
}

/** Runs a command and throws with its output when it fails. */
export async function must(cmd: string, args: string[], opts: { input?: string; timeoutMs?: number } = {}): Promise<string> {
    const result = await run(cmd, args, opts);
    if (result.code !== 0) {
        throw new Error(`${cmd} ${args.join(" ")} exited ${result.code}: ${result.stderr.trim() || result.stdout.trim()}`);
    }
    return result.stdout;
}

export function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `probe` every `intervalMs` until it returns a value other than undefined, for at most
 * `timeoutMs`; throws naming `what` and the last value seen otherwise.
 */
export async function waitFor<T>(
    what: string,
    probe: () => Promise<T | undefined>,
    opts: { timeoutMs: number; intervalMs?: number; describe?: () => Promise<string> },
): Promise<T> {
    const deadline = Date.now() + opts.timeoutMs;
    const maxPolls = Math.ceil(opts.timeoutMs / (opts.intervalMs ?? 100)) + 1;
    for (let poll = 0; poll < maxPolls; poll++) {
        const value = await probe();
        if (value !== undefined) {
            return value;
        }
        if (Date.now() >= deadline) {
            break;
        }
        await sleep(opts.intervalMs ?? 100);
    }
    const state = opts.describe ? ` (state: ${await opts.describe()})` : "";
    throw new Error(`timed out after ${opts.timeoutMs} ms waiting for ${what}${state}`);
}
