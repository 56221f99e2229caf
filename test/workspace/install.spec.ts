import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { builtProjects, repositoryDir } from "../../tools/workspace";

interface RootManifest {
    scripts: Record<string, string>;
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
    allowScripts?: Record<string, boolean>;
}

interface LockFile {
    packages: Record<string, { hasInstallScript?: boolean }>;
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(repositoryDir, file), "utf8")) as T;

describe("what `npm ci` does in a clean clone", () => {
    const manifest = readJson<RootManifest>("package.json");

    it("builds, in the root's `prepare`, the packages the tools bring up to date (tools/workspace builtProjects)", () => {
        assert.equal(manifest.scripts.prepare, "npm run build");
        const built = builtProjects.map((dir) => path.relative(repositoryDir, dir));
        assert.equal(manifest.scripts.build, `tsc --build ${built.join(" ")}`);
    });

    it("decides for every dependency with an install script whether it runs, so `npm ci --strict-allow-scripts` (npm 11) installs", () => {
        // npm 11 runs the root's own lifecycle scripts (`prepare`) whatever allowScripts says; it
        // warns about, and in strict mode refuses, dependencies' install scripts nobody decided on.
        const { packages } = readJson<LockFile>("package-lock.json");
        const withScripts = Object.entries(packages)
            .filter(([, entry]) => entry.hasInstallScript)
            .map(([key]) => key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length));
        assert.ok(withScripts.length > 0, "package-lock.json marks no install script; the check reads nothing");
        const decided = new Set(Object.keys(manifest.allowScripts ?? {}).map((spec) => spec.replace(/(.)@.*$/, "$1")));
        assert.deepEqual(withScripts.filter((name) => !decided.has(name)), [], "add them to allowScripts: `npm install-scripts approve <name>` or `deny <name>`");
    });

    it("pins every root dependency to an exact version (the lock pins the rest; library packages use caret ranges)", () => {
        const ranged = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies }).filter(([, version]) => !/^\d+\.\d+\.\d+$/.test(version));
        assert.deepEqual(ranged, [], "npm install --save-exact <name>@<version>");
    });
});
