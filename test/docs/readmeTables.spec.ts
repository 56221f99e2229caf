import { strict as assert } from "node:assert";
import { readmeRegions } from "../../tools/docs/markdown";
import { readReadme, replaceRegions } from "../../tools/docs/readme";
import { loadComponentSchema } from "../../tools/docs/schema";

describe("README component tables", () => {
    it("are exactly what the component schema generates (run `npm run docs` after changing an arg)", async () => {
        const readme = readReadme();
        const { text, missing } = replaceRegions(readme, readmeRegions(await loadComponentSchema()));
        assert.deepEqual(missing, [], "README.md lacks markers for these schema regions");
        assert.equal(readme, text, "README.md's tables differ from the schema; run `npm run docs`");
    });

    it("notices a table that was edited by hand", async () => {
        const regions = readmeRegions(await loadComponentSchema());
        const edited = readReadme().replace("How many ECS nodes to create", "How many ECS nodes");
        assert.notEqual(replaceRegions(edited, regions).text, edited);
    });
});
