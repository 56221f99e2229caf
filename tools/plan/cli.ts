import "./plainStackTraces";
import * as fs from "node:fs";
import * as path from "node:path";
import { Command } from "commander";
import { shellQuote } from "../../components/provision/shellQuote";
import { defaultPackDir, hasMandatoryViolation, PolicyPackSession } from "../analyzer";
import { renderPlanDiagram } from "./diagram";
import { planStack } from "./planStack";
import { ramPolicies } from "./ramPolicy";
import { planJson, renderPlan } from "./render";
import { policyVerdicts, renderVerdicts } from "./verdicts";

/**
 * The program's own message: without a stack trace, and without the SDK's wrappers ("error
 * serializing property ...") that an error thrown inside an apply or a data-source call gets.
 */
function programMessage(err: unknown): string {
    const text = err instanceof Error ? err.message : String(err);
    return text
        .replace(/^\[runtime\] /, "")
        .replace(/(Error serializing arguments for invoke \S+|error serializing property "[^"]*"): (Error: )?/gi, "")
        .split(/\n\s+at /)[0]
        .trim();
}

/**
 * Writes `text` and resolves once the stream has handed all of it to the OS. On a pipe, stdout is
 * asynchronous: `process.exit` right after a large write would drop what a slow reader has not
 * taken yet (the first 64 KiB arrived, the rest was lost).
 */
function writeAll(stream: NodeJS.WriteStream, text: string): Promise<void> {
    return new Promise((resolve, reject) => stream.write(text, (err) => (err ? reject(err) : resolve())));
}

/** Exits with `code` once everything written has been handed over. */
async function exitAfterDrain(code: number): Promise<never> {
    await Promise.all([writeAll(process.stdout, ""), writeAll(process.stderr, "")]);
    process.exit(code);
}

/** What changes a plan's diagram, as options of `npm run plan` (the diagram writes them below it). */
interface DiagramOptions {
    stack: string;
    configFile?: string;
    projectDir: string;
    program?: string;
    policy: boolean;
    policyConfig?: string;
    policyPack?: string;
}

/** The command that draws the same diagram again: every option that changed the plan or its verdicts. */
function diagramCommand(options: DiagramOptions): string {
    const word = (value: string) => (/^[\w./:@%+=,-]+$/.test(value) ? value : shellQuote(value));
    const given: Array<[string, string | undefined]> = [
        ["--stack", options.stack],
        ["--config-file", options.configFile],
        ["--project-dir", options.projectDir === "." ? undefined : options.projectDir],
        ["--program", options.program],
        ["--policy-config", options.policyConfig],
        ["--policy-pack", options.policyPack],
    ];
    const args = given.flatMap(([flag, value]) => (value === undefined ? [] : [flag, word(value)]));
    return ["npm run plan --", ...args, ...(options.policy ? [] : ["--no-policy"]), "--diagram FILE"].join(" ");
}

let failed = false;

// A reader that stops early (`npm run plan | head`) closes the pipe: it has what it wanted, so the
// plan ends quietly instead of dying on EPIPE with a stack trace.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") {
        process.exit(0);
    }
    fail(err);
});

function fail(err: unknown): void {
    if (!failed) {
        failed = true;
        process.stderr.write(`error: ${programMessage(err)}\n`);
    }
    void exitAfterDrain(1);
}

async function main(): Promise<void> {
    const options = new Command("plan")
        .description("Show what `pulumi preview` would create for a stack, offline, with Alibaba Cloud mocks.")
        .option("-s, --stack <name>", "stack whose Pulumi.<stack>.yaml is used", "dev")
        .option("-c, --config-file <file>", "config file to use instead of Pulumi.<stack>.yaml")
        .option("--project-dir <dir>", "folder holding Pulumi.yaml", ".")
        .option("--program <file>", "program to run instead of Pulumi.yaml's main")
        .option("--json", "print JSON: {resources, outputs, violations}", false)
        .option("--policy-config <file>", "policy pack config (as --policy-pack-config)")
        .option("--policy-pack <dir>", "policy pack to run (as --policy-pack); default: this repository's policy/")
        .option("--no-policy", "skip the policy pack (faster; no verdicts)")
        .option("--diagram <file>", "also write the stack's network as an SVG diagram, verdicts marked")
        .option("--ram-policy", "print the RAM policies the deploy needs (JSON: deployer policy, member roles) instead of the plan", false)
        .parse(process.argv)
        .opts<{
            stack: string;
            configFile?: string;
            projectDir: string;
            program?: string;
            json: boolean;
            policy: boolean;
            policyConfig?: string;
            policyPack?: string;
            diagram?: string;
            ramPolicy: boolean;
        }>();

    // A program can also fail inside an apply or a data-source call, after the code has returned.
    process.on("unhandledRejection", fail);
    // The pack starts in its own process while the program runs here (it is stopped at exit).
    const pack = options.policy && !options.ramPolicy ? PolicyPackSession.start(options.policyPack ? path.resolve(options.policyPack) : defaultPackDir) : undefined;
    pack?.catch(() => undefined);
    const plan = await planStack({ projectDir: options.projectDir, stack: options.stack, configFile: options.configFile, program: options.program });
    if (options.ramPolicy) {
        await writeAll(process.stdout, `${JSON.stringify(ramPolicies(plan), null, 2)}\n`);
        await exitAfterDrain(0);
    }
    const violations = pack ? await policyVerdicts(plan, options.policyConfig, await pack) : undefined;
    if (options.json) {
        await writeAll(process.stdout, `${JSON.stringify(planJson(plan, violations), null, 2)}\n`);
    } else {
        await writeAll(process.stdout, renderPlan(plan) + (violations ? `\n${renderVerdicts(plan, violations)}` : ""));
    }
    if (options.diagram) {
        fs.writeFileSync(options.diagram, await renderPlanDiagram(plan, violations, diagramCommand(options)));
    }
    await (await pack)?.stop();
    // Like the engine: a mandatory violation fails the preview.
    await exitAfterDrain(violations && hasMandatoryViolation(violations) ? 2 : 0);
}

main().catch(fail);
