/**
 * Watches the VIP come and go on every lab node with `ip monitor address` (netlink events, no
 * polling): each event is recorded with its time, so a test or the bench can count takeovers and
 * measure how long two nodes held the VIP at once.
 */
import { ChildProcessWithoutNullStreams, spawn } from "child_process";

export interface VipEvent {
    at: number;
    node: string;
    /** true: the VIP was added to the node's interface; false: removed. */
    added: boolean;
}

export class VipWatch {
    readonly events: VipEvent[] = [];
    private readonly children: ChildProcessWithoutNullStreams[] = [];

    constructor(private readonly vip: string, private readonly nodes: ReadonlyArray<{ name: string; ns: string }>) {}

    /** Starts one `ip -n <ns> monitor address` per node; resolves once all are listening. */
    async start(): Promise<void> {
        for (const node of this.nodes) {
            const child = spawn("ip", ["-n", node.ns, "-o", "monitor", "address"]);
            let partial = "";
            child.stdout.on("data", (chunk: Buffer) => {
                const lines = (partial + chunk.toString()).split("\n");
                partial = lines.pop() ?? "";
                for (const line of lines) {
                    if (line.includes(` ${this.vip}/`)) {
                        this.events.push({ at: Date.now(), node: node.name, added: !line.startsWith("Deleted") });
                    }
                }
            });
            this.children.push(child);
        }
        // ip monitor subscribes right after it starts; give it a moment so no early event is missed.
        await new Promise((resolve) => setTimeout(resolve, 200));
    }

    stop(): void {
        for (const child of this.children) {
            child.kill("SIGKILL");
        }
        this.children.length = 0;
    }

    /** Times the VIP was added on `node` since `since`. */
    takeovers(node: string, since = 0): number {
        return this.events.filter((e) => e.node === node && e.added && e.at >= since).length;
    }

    /** Times the VIP was added on any node but `master` since `since`. */
    movesAwayFrom(master: string, since = 0): number {
        return this.events.filter((e) => e.node !== master && e.added && e.at >= since).length;
    }

    /** Milliseconds during which two or more nodes held the VIP at once, from `since` to `until`. */
    overlapMs(since: number, until: number, initialHolders: string[]): number {
        const holders = new Set(initialHolders);
        let overlap = 0;
        let last = since;
        for (const event of this.events.filter((e) => e.at >= since && e.at <= until)) {
            if (holders.size > 1) {
                overlap += event.at - last;
            }
            last = event.at;
            if (event.added) {
                holders.add(event.node);
            } else {
                holders.delete(event.node);
            }
        }
        return overlap + (holders.size > 1 ? until - last : 0);
    }
}
