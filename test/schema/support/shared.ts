import { strict as assert } from "node:assert";
import * as path from "node:path";
import { ComponentHost } from "../../../tools/docs/host";
import { componentsDir, loadComponentSchema, PackageSchema } from "../../../tools/docs/schema";

/** The fixture package whose component args break the analyzer's rules. */
export const badArgsDir = path.resolve(__dirname, "../fixtures/bad-args");

export interface SchemaSources {
    /** components/ served by the component provider host, started as the engine starts it. */
    host: Promise<ComponentHost>;
    /** GetSchema from that host, over gRPC. */
    served: Promise<PackageSchema>;
    /** The same package analyzed in this process (tools/docs/schema.ts, what the README generator uses). */
    inProcess: Promise<PackageSchema>;
    /** The bad-args fixture served by its own host. */
    badHost: Promise<ComponentHost>;
}

let sources: SchemaSources | undefined;

/**
 * One host per package for the whole run: GetSchema runs the analyzer over the package's
 * TypeScript (~6 s; components/ starts from its build, the bad-args fixture is type-checked by
 * ts-node). Both hosts are spawned first, then the in-process analysis runs (it blocks this
 * process for seconds while the hosts start); the ports are read when it is done.
 */
export function schemaSources(): SchemaSources {
    if (sources === undefined) {
        const host = ComponentHost.start(componentsDir);
        const badHost = ComponentHost.start(badArgsDir);
        const inProcess = loadComponentSchema(componentsDir);
        const served = host.then((h) => h.getSchema());
        // Rejections are reported by the tests that await them; keep them from being "unhandled" meanwhile.
        for (const p of [host, inProcess, served, badHost]) {
            p.catch(() => undefined);
        }
        sources = { host, served, inProcess, badHost };
    }
    return sources;
}

// Root-level hook (registered when a spec first imports this module): stop every host after the
// whole run, also when tests failed, and check that the processes are gone.
after(async function () {
    this.timeout(20_000);
    if (sources === undefined) {
        return;
    }
    for (const started of [sources.host, sources.badHost]) {
        const host = await started.catch(() => undefined);
        if (host === undefined) {
            continue;
        }
        const pid = host.pid;
        await host.stop();
        if (pid !== undefined) {
            assert.throws(() => process.kill(pid, 0), /ESRCH/, `the component provider host ${pid} is gone`);
        }
    }
});
