// npm run docs [-- --check]: regenerates the README's component and type tables and
// components/vocabulary/shapes.generated.json from the component schema (what `pulumi package add`
// serves), and the stacks' diagrams in docs/diagrams (what `npm run plan -- --diagram` draws), or
// with --check fails when they differ.
import * as fs from "node:fs";
import { renderPolicySection, withPolicySection } from "../../policy/docs";
import { renderRulebook, rulesPath } from "../mocks/rulebook/render";
import { diagramFile, diagramsDir, renderShippedDiagrams } from "./diagrams";
import { readmeRegions } from "./markdown";
import { readmePath, readReadme, replaceRegions } from "./readme";
import { loadComponentSchema } from "./schema";
import { readShapesFile, shapesFileText, shapesPath } from "./shapes";

async function main(): Promise<void> {
    const check = process.argv.includes("--check");
    const readme = readReadme();
    const schema = await loadComponentSchema();
    const regions = replaceRegions(readme, readmeRegions(schema));
    const { missing } = regions;
    const text = withPolicySection(regions.text, renderPolicySection()); // the policy pack's table too
    const shapes = shapesFileText(schema);
    if (missing.length > 0) {
        throw new Error(`README.md has no <!-- schema:NAME:start/end --> markers for ${missing.join(", ")}; add them where the tables belong`);
    }
    const rules = renderRulebook(); // tools/mocks/rulebook/RULES.md
    const diagrams = await renderShippedDiagrams();
    const stale = [...diagrams].filter(([stack, svg]) => !fs.existsSync(diagramFile(stack).file) || fs.readFileSync(diagramFile(stack).file, "utf8") !== svg).map(([stack]) => stack);
    if (check) {
        if (text !== readme || shapes !== readShapesFile() || rules !== fs.readFileSync(rulesPath, "utf8")) {
            throw new Error("README.md's component or policy tables, shapes.generated.json or the rulebook's RULES.md are out of date; run `npm run docs`");
        }
        if (stale.length > 0) {
            throw new Error(`the diagrams of ${stale.join(", ")} in docs/diagrams are out of date; run \`npm run docs\``);
        }
        console.log("README.md's component and policy tables, shapes.generated.json and the stack diagrams are up to date");
        return;
    }
    fs.writeFileSync(readmePath, text);
    fs.writeFileSync(shapesPath, shapes);
    fs.writeFileSync(rulesPath, rules);
    fs.mkdirSync(diagramsDir, { recursive: true });
    for (const stack of stale) {
        fs.writeFileSync(diagramFile(stack).file, diagrams.get(stack)!);
    }
    console.log(text === readme ? "README.md was up to date" : "README.md's component tables were regenerated");
    console.log(stale.length === 0 ? "the stack diagrams were up to date" : `regenerated the diagrams of ${stale.join(", ")} in docs/diagrams`);
}

main().catch((err) => {
    console.error(`error: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
});
