/**
 * An HTTP prober that runs inside the client namespace (`ip netns exec <client> node -e ...`):
 * one request every `intervalMs` (start to start, never overlapping), each with a hard timeout,
 * printing `start end ok node` per request with Date.now() timestamps (same clock as the bench).
 */
import { ChildProcessWithoutNullStreams, spawn } from "child_process";

const PROBE_SOURCE = `
const http = require("http");
const [host, intervalMs, timeoutMs] = [process.argv[1], Number(process.argv[2]), Number(process.argv[3])];
function probe() {
    const start = Date.now();
    let done = false;
    const finish = (ok, node) => {
        if (done) return;
        done = true;
        process.stdout.write(start + " " + Date.now() + " " + (ok ? 1 : 0) + " " + (node || "-") + "\\n");
        setTimeout(probe, Math.max(0, start + intervalMs - Date.now()));
    };
    const req = http.get({ host, path: "/", agent: false, timeout: timeoutMs }, (res) => {
        let body = "";
        res.on("data", (d) => (body += d));
        res.on("end", () => {
            const m = /served-by: ([A-Za-z0-9._-]+)/.exec(body);
            finish(res.statusCode === 200 && m !== null, m && m[1]);
        });
        res.on("error", () => finish(false));
    });
    const timer = setTimeout(() => { req.destroy(); finish(false); }, timeoutMs);
    req.on("close", () => clearTimeout(timer));
    req.on("timeout", () => { req.destroy(); finish(false); });
    req.on("error", () => finish(false));
}
probe();
`;

export interface ProbeRecord {
    start: number;
    end: number;
    ok: boolean;
    node?: string;
}

export class ClientProbe {
    readonly records: ProbeRecord[] = [];
    private child?: ChildProcessWithoutNullStreams;
    private partial = "";

    constructor(private readonly clientNs: string, private readonly host: string,
        private readonly intervalMs = 20, private readonly timeoutMs = 150) {}

    start(): void {
        this.child = spawn("ip", ["netns", "exec", this.clientNs, process.execPath, "-e", PROBE_SOURCE,
            this.host, String(this.intervalMs), String(this.timeoutMs)]);
        this.child.stdout.on("data", (chunk: Buffer) => {
            const lines = (this.partial + chunk.toString()).split("\n");
            this.partial = lines.pop() ?? "";
            for (const line of lines) {
                const [start, end, ok, node] = line.split(" ");
                this.records.push({ start: Number(start), end: Number(end), ok: ok === "1", node: node === "-" ? undefined : node });
            }
        });
    }

    stop(): void {
        this.child?.kill("SIGKILL");
        this.child = undefined;
    }

    /** Requests started at or after `since`. */
    since(since: number): ProbeRecord[] {
        return this.records.filter((r) => r.start >= since);
    }
}
