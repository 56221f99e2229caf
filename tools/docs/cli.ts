// npm run docs [-- --check]: regenerates the README's component and type tables and
// components/vocabulary/shapes.generated.json from the component schema (what `pulumi package add`
// serves), or with --check fails when they differ.
import * as fs from "node:fs";
import { renderPolicySection, withPolicySection } from "../../policy/docs";
import { renderRulebook, rulesPath } from "../mocks/rulebook/render";
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
    if (check) {
        if (text !== readme || shapes !== readShapesFile() || rules !== fs.readFileSync(rulesPath, "utf8")) {
            throw new Error("README.md's component or policy tables, or shapes.generated.json, are out of date; run `npm run docs`");
        }
        console.log("README.md's component and policy tables and shapes.generated.json are up to date");
        return;
    }
    fs.writeFileSync(readmePath, text);
    fs.writeFileSync(shapesPath, shapes);
    fs.writeFileSync(rulesPath, rules);
    console.log(text === readme ? "README.md was up to date" : "README.md's component tables were regenerated");
}

main().catch((err) => {
    console.error(`error: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
});
