import { ChildProcess, spawn } from "node:child_process";
import * as path from "node:path";
import { builtProjects, ensureBuilt } from "../workspace";

/** The repository's policy pack (policy/). */
export const defaultPackDir = path.resolve(__dirname, "../../policy");

/** A started Pulumi plugin process (policy pack, component provider host) and the port its gRPC server listens on. */
export interface PluginProcess {
    child: ChildProcess;
    port: number;
    /** The last output the process wrote on stderr (for error messages). */
    stderrTail(): string;
}

/** A started policy pack process and the port its analyzer listens on. */
export type PackProcess = PluginProcess;

export interface LaunchOptions {
    /** How long to wait for the port, in ms. Default: 45 000 (a TypeScript plugin is type-checked by ts-node at start). */
    startTimeoutMs?: number;
    /** Extra environment for the plugin process. Default: none (the parent's environment). */
    env?: NodeJS.ProcessEnv;
}

/** What to start: `node <runner> ...args` in `cwd`, and how to name it in errors. */
export interface PluginCommand {
    /** The Node.js script the CLI's host runs, e.g. @pulumi/pulumi's cmd/run-plugin. */
    runner: string;
    /** Arguments after the runner. */
    args: string[];
    /** Working directory (the plugin directory). */
    cwd: string;
    /** How errors name the process, e.g. "policy pack in /repo/policy". */
    label: string;
}

/** Plugin processes started by this process that have not exited yet. */
const running = new Set<ChildProcess>();

/**
 * A plugin never outlives the process that started it, also when that one ends with
 * `process.exit` before it could stop the plugin (a plan whose program failed while the pack was
 * still starting): its gRPC server would otherwise keep it running for good.
 */
function killOnExit(child: ChildProcess): void {
    if (!process.listeners("exit").includes(killRunning)) {
        process.on("exit", killRunning);
    }
    running.add(child);
    child.once("exit", () => running.delete(child));
}

function killRunning(): void {
    for (const child of running) {
        child.kill("SIGKILL");
    }
}

/**
 * Starts a Pulumi plugin the way the CLI does: `node <runner> <args>` in the plugin directory;
 * the plugin prints its gRPC port as the first stdout line. Resolves once that line is read
 * (later output is drained). Rejects, after killing the process, when the first line is not a
 * port, when the process exits first, or when no line comes within the start timeout.
 */
export async function launchPlugin(command: PluginCommand, options: LaunchOptions = {}): Promise<PluginProcess> {
    const child = spawn(process.execPath, [command.runner, ...command.args], {
        cwd: command.cwd,
        env: { ...process.env, ...options.env },
        stdio: ["ignore", "pipe", "pipe"],
    });
    killOnExit(child);
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => {
        stderr = (stderr + chunk.toString()).slice(-8000);
    });
    const stderrTail = () => stderr.trim();
    const timeoutMs = options.startTimeoutMs ?? 45_000;

    return new Promise<PluginProcess>((resolve, reject) => {
        let stdout = "";
        const fail = (reason: string) => {
            cleanup();
            child.kill("SIGKILL");
            reject(new Error(`${command.label} (pid ${child.pid}, killed) ${reason}${stderrTail() ? `; stderr:\n${stderrTail()}` : ""}`));
        };
        const timer = setTimeout(() => fail(`printed no port within ${timeoutMs} ms`), timeoutMs);
        const onData = (chunk: Buffer) => {
            stdout += chunk.toString();
            const newline = stdout.indexOf("\n");
            if (newline < 0) {
                return;
            }
            const line = stdout.slice(0, newline).trim();
            const port = Number(line);
            if (!/^\d+$/.test(line) || port <= 0 || port > 65535) {
                fail(`printed "${line}" where the port was expected`);
                return;
            }
            cleanup();
            child.stdout!.resume(); // Keep draining later output so the plugin never blocks on a full pipe.
            resolve({ child, port, stderrTail });
        };
        const onExit = (code: number | null, signal: string | null) => fail(`exited (code ${code}, signal ${signal}) before printing its port`);
        const onError = (err: Error) => fail(`could not start: ${err.message}`);
        function cleanup() {
            clearTimeout(timer);
            child.stdout!.off("data", onData);
            child.off("exit", onExit);
            child.off("error", onError);
        }
        child.stdout!.on("data", onData);
        child.once("exit", onExit);
        child.once("error", onError);
    });
}

/** Stops a plugin process and waits (bounded) until it has exited: SIGTERM, then SIGKILL after `timeoutMs`. */
export async function stopPlugin(plugin: PluginProcess, timeoutMs = 5_000): Promise<void> {
    const { child } = plugin;
    if (child.exitCode !== null || child.signalCode !== null) {
        return;
    }
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    await exited;
    clearTimeout(timer);
}

/**
 * Starts a Node.js policy pack the way the Pulumi CLI does: the CLI's `pulumi-analyzer-policy`
 * shim resolves `@pulumi/pulumi/cmd/run-policy-pack` from the pack directory and runs
 * `node <that> <engine address> .` with the pack directory as working directory. The runner
 * registers ts-node (with the pack's tsconfig.json; it type-checks only TypeScript it loads),
 * loads the package's `main` (this repository's pack: the compiled bin/index.js), and the
 * `PolicyPack` constructor prints the analyzer's gRPC port as the first stdout line.
 * The engine address is dropped by the runner; no engine is needed.
 * This repository's own pack is first brought up to date with its sources ({@link ensureBuilt}).
 */
export async function launchPolicyPack(packDir = defaultPackDir, options: LaunchOptions = {}): Promise<PackProcess> {
    if (builtProjects.includes(path.resolve(packDir))) {
        await ensureBuilt();
    }
    const runner = require.resolve("@pulumi/pulumi/cmd/run-policy-pack", { paths: [packDir] });
    return launchPlugin({ runner, args: ["127.0.0.1:0", "."], cwd: packDir, label: `policy pack in ${packDir}` }, options);
}

/** Stops the pack process and waits (bounded) until it has exited. */
export async function stopPolicyPack(pack: PackProcess, timeoutMs = 5_000): Promise<void> {
    return stopPlugin(pack, timeoutMs);
}
