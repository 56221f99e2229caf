import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import { diagramFile, diagramsDir, renderShippedDiagrams, shippedStacks } from "../../tools/docs/diagrams";
import { readReadme } from "../../tools/docs/readme";
import { sharedPack } from "../policy/support/sharedPack";

describe("README stack diagrams", function () {
    this.timeout(180_000);

    it("are exactly what `npm run plan -- --diagram` draws for each shipped stack now (run `npm run docs` after a change)", async () => {
        const diagrams = await renderShippedDiagrams(await sharedPack());
        assert.deepEqual([...diagrams.keys()], shippedStacks());
        for (const [stack, svg] of diagrams) {
            const { file } = diagramFile(stack);
            assert.ok(fs.existsSync(file), `${file} is missing; run \`npm run docs\``);
            assert.ok(fs.readFileSync(file, "utf8") === svg, `${file} differs from the ${stack} stack's plan; run \`npm run docs\``);
        }
    });

    it("are embedded in the README, one per shipped stack, with no stray file beside them", () => {
        const readme = readReadme();
        for (const stack of shippedStacks()) {
            assert.ok(readme.includes(`](${diagramFile(stack).readmePath})`), `README.md does not show ${diagramFile(stack).readmePath}`);
        }
        assert.deepEqual(fs.readdirSync(diagramsDir).sort(), shippedStacks().map((stack) => `${stack}.svg`));
    });
});
