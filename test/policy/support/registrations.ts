import * as pulumi from "@pulumi/pulumi";
import { RecordedResource } from "../../../tools/mocks";
import { AnalyzerResourceRecord } from "../../../tools/analyzer";

/** What the engine knows about a registration beyond RecordedResource: its id and per-property dependencies. */
interface EngineExtras {
    id?: string;
    propertyDependencies: Record<string, string[]>;
}

/**
 * Records each registration's id and `propertyDependencies` from the mock monitor, next to what
 * `MockedRun` records (call right after `new MockedRun()`). `enrich` merges them into the records
 * so stack policies can match a vSwitch to its VPC as the engine would let them.
 */
export function recordEngineExtras(): { enrich(resources: readonly RecordedResource[]): AnalyzerResourceRecord[] } {
    const extras = new Map<string, EngineExtras>();
    const monitor = pulumi.runtime.getMonitor() as any;
    const register = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req: any, callback: (err: unknown, resp: any) => void) =>
        register(req, (err: unknown, resp: any) => {
            if (!err) {
                const propertyDependencies: Record<string, string[]> = {};
                req.getPropertydependenciesMap().forEach((deps: any, property: string) => {
                    propertyDependencies[property] = deps.getUrnsList();
                });
                extras.set(resp.getUrn(), { id: req.getCustom() ? resp.getId() || undefined : undefined, propertyDependencies });
            }
            callback(err, resp);
        });
    return {
        enrich: (resources) => resources.map((r) => ({ ...r, ...extras.get(r.urn) })),
    };
}
