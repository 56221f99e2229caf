// One measured plan in a fresh process, so peak memory belongs to this plan alone.
// Prints {"wallMs","peakRssMiB","resources"} as JSON.
import "../tools/plan/plainStackTraces";
import { planStack } from "../tools/plan/planStack";

async function main(): Promise<void> {
    const [stack, configFile, program] = process.argv.slice(2);
    const started = process.hrtime.bigint();
    const plan = await planStack({ stack, configFile: configFile || undefined, program: program || undefined });
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    const peakRssMiB = process.resourceUsage().maxRSS / 1024;
    process.stdout.write(JSON.stringify({ wallMs, peakRssMiB, resources: plan.resources.length }));
    process.exit(0);
}

main().catch((err) => {
    process.stderr.write(`${err instanceof Error ? err.message : err}\n`);
    process.exit(1);
});
