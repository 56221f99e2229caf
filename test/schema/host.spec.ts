import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { componentsDir, providerNameOf } from "../../tools/docs/schema";
import { schemaSources } from "./support/shared";

const packageJson = JSON.parse(fs.readFileSync(path.join(componentsDir, "package.json"), "utf8")) as { name: string; version: string; description: string };

describe("component provider host (components/ started as the engine starts it)", function () {
    before(async function () {
        this.timeout(90_000);
        await schemaSources().host; // Shared with the other schema specs; stopped (and checked gone) after the run.
    });

    it("is a source-based plugin package: PulumiPlugin.yaml says runtime nodejs, package.json names it", () => {
        const manifest = parse(fs.readFileSync(path.join(componentsDir, "PulumiPlugin.yaml"), "utf8")) as { runtime?: unknown };
        assert.equal(manifest.runtime, "nodejs");
        assert.equal(providerNameOf(packageJson.name), "alicloud-blueprints");
        assert.match(packageJson.version, /^\d+\.\d+\.\d+/);
        assert.ok(packageJson.description.length > 0);
    });

    it("printed its gRPC port and answers GetPluginInfo with the package version", async () => {
        const host = await schemaSources().host;
        assert.ok(host.port > 0 && host.port < 65536);
        assert.equal(await host.getPluginVersion(), packageJson.version);
    });

    it("serves a schema named after the package, with its version and description", async function () {
        this.timeout(60_000);
        const schema = await schemaSources().served;
        assert.equal(schema.name, "alicloud-blueprints");
        assert.equal(schema.version, packageJson.version);
        assert.equal(schema.description, packageJson.description);
    });

    it("serves exactly the schema the README generator analyzes in-process (tools/docs/schema.ts)", async function () {
        this.timeout(60_000);
        const [served, inProcess] = await Promise.all([schemaSources().served, schemaSources().inProcess]);
        assert.deepEqual(served, inProcess);
    });
});
