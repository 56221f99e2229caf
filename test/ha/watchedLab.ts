import { strict as assert } from "node:assert";
import { HaLab, LabOptions, requireHaLab, VIP } from "./harness";
import { VipWatch } from "./vipWatch";

/** The lab and VIP watch of a suite, created by {@link useWatchedLab}'s hooks. */
export interface WatchedLab {
    lab(): HaLab;
    watch(): VipWatch;
}

/**
 * Registers the suite's hooks: a lab provisioned with `options` whose `master` holds the VIP, and a
 * watch of who holds it; both are torn down after the suite, also when a test failed.
 */
export function useWatchedLab(options: LabOptions, master = "node1"): WatchedLab {
    let lab: HaLab | undefined;
    let watch: VipWatch | undefined;
    before(async function () {
        requireHaLab(this);
        lab = new HaLab(options);
        await lab.create();
        await lab.provisionAll();
        await lab.waitForMaster(master, 10_000);
        watch = new VipWatch(VIP, lab.nodes);
        await watch.start();
    });
    after(async function () {
        this.timeout(30_000);
        watch?.stop();
        await lab?.destroy();
    });
    return {
        lab: () => {
            assert.ok(lab, "lab not created");
            return lab;
        },
        watch: () => {
            assert.ok(watch, "VIP watch not started");
            return watch;
        },
    };
}
