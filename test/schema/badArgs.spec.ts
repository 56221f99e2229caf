import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { loadComponentSchema } from "../../tools/docs/schema";
import { badArgsDir, schemaSources } from "./support/shared";

/** The analyzer's own message for the fixture's `size?: string | number` (provider/experimental/analyzer.js). */
const analyzerMessage = "Union types are not supported for component 'BadArgs' property 'BadArgsArgs.size': type 'string | number | undefined'";

describe("a component whose args break the analyzer's rules (test/schema/fixtures/bad-args)", function () {
    it("is a well-formed plugin package otherwise (so only its args can be the reason)", () => {
        const manifest = parse(fs.readFileSync(path.join(badArgsDir, "PulumiPlugin.yaml"), "utf8")) as { runtime?: unknown };
        assert.equal(manifest.runtime, "nodejs");
        assert.match(fs.readFileSync(path.join(badArgsDir, "index.ts"), "utf8"), /size\?: string \| number;/);
    });

    it("starts, but its host's GetSchema fails with the analyzer's message", async function () {
        this.timeout(90_000);
        const host = await schemaSources().badHost;
        const error = await host.getSchemaText().then(
            (schema) => assert.fail(`GetSchema should have failed, got ${schema.slice(0, 200)}`),
            (err: Error & { details?: string }) => err,
        );
        assert.equal(error.details, analyzerMessage);
        assert.equal(error.message, `2 UNKNOWN: ${analyzerMessage}`);
    });

    it("fails the same way when analyzed in-process (the README generator's path)", async function () {
        this.timeout(30_000);
        await assert.rejects(loadComponentSchema(badArgsDir), (err: Error) => err.message === analyzerMessage);
    });
});
