import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { defaultPackDir, PolicyPackSession } from "../../tools/analyzer";
import { repositoryDir } from "../../tools/workspace";

/** Preloaded into the pack: on SIGTERM it writes every module file the process loaded, then exits. */
const probeSource = `
const fs = require("node:fs");
process.once("SIGTERM", () => {
    fs.writeFileSync(process.env.LOADED_MODULES_FILE, JSON.stringify(Object.keys(require.cache)));
    process.exit(0);
});
`;

describe("the policy pack the engine starts is the compiled one", function () {
    this.timeout(60_000);
    let dir: string;

    before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "pack-probe-"));
        fs.writeFileSync(path.join(dir, "probe.js"), probeSource);
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("declares bin/index.js as the package's main, beside PulumiPolicy.yaml", () => {
        const manifest = JSON.parse(fs.readFileSync(path.join(defaultPackDir, "package.json"), "utf8")) as { main: string };
        assert.equal(manifest.main, "bin/index.js");
        assert.ok(fs.existsSync(path.join(defaultPackDir, "PulumiPolicy.yaml")));
    });

    it("starts through run-policy-pack without loading a single TypeScript file, and answers over gRPC", async () => {
        const loadedFile = path.join(dir, "loaded.json");
        const session = await PolicyPackSession.start(defaultPackDir, {
            env: { NODE_OPTIONS: `--require ${path.join(dir, "probe.js")}`, LOADED_MODULES_FILE: loadedFile },
        });
        let info;
        try {
            info = await session.info();
        } finally {
            await session.stop();
        }
        assert.equal(info.name, "alicloud-blueprints");
        assert.ok(info.policies.length > 0);

        const loaded = JSON.parse(fs.readFileSync(loadedFile, "utf8")) as string[];
        const typescript = loaded.filter((file) => /\.[cm]?tsx?$/.test(file) && !file.endsWith(".d.ts"));
        assert.deepEqual(typescript, [], "run-policy-pack's ts-node compiled TypeScript at start");
        const own = (folder: string) => loaded.filter((file) => file.startsWith(path.join(repositoryDir, folder) + path.sep));
        assert.ok(own("policy/bin").includes(path.join(repositoryDir, "policy/bin/index.js")), "the pack's main was not policy/bin/index.js");
        assert.ok(own("components/bin").some((file) => file.includes(`${path.sep}network${path.sep}`)), "the CIDR code did not come from components/bin");
        assert.deepEqual(
            loaded.filter((file) => file.startsWith(repositoryDir + path.sep) && !file.includes(`${path.sep}node_modules${path.sep}`) && !file.endsWith(".json") && !/\/(policy|components)\/bin\//.test(file)),
            [],
            "the pack loaded repository code other than the two builds",
        );
    });
});
