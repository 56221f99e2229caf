import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import * as semver from "semver";
import { builtProjects, repositoryDir } from "../../tools/workspace";

interface Manifest {
    name: string;
    version: string;
    dependencies?: Record<string, string>;
}

const manifestOf = (dir: string): Manifest => JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as Manifest;
const packages = builtProjects.map((dir) => ({ dir, manifest: manifestOf(dir) }));

/** The version headings of a changelog, top first: "Unreleased", then released versions. */
function changelogHeadings(dir: string): string[] {
    const text = fs.readFileSync(path.join(dir, "CHANGELOG.md"), "utf8");
    return [...text.matchAll(/^## \[([^\]]+)\]/gm)].map((m) => m[1]);
}

describe("versions a user can trust", () => {
    for (const { dir, manifest } of packages) {
        describe(manifest.name, () => {
            it("has a valid semantic version", () => {
                assert.ok(semver.valid(manifest.version), `"${manifest.version}" is not a semantic version`);
            });

            it("keeps a changelog with an Unreleased section on top and a section for its current version", () => {
                const headings = changelogHeadings(dir);
                assert.equal(headings[0], "Unreleased");
                const released = headings.slice(1);
                assert.ok(released.length > 0 && released.every((v) => semver.valid(v)), `released sections: ${released.join(", ")}`);
                assert.equal(released[0], manifest.version, "the newest released section is not the package's version");
                assert.deepEqual(released, [...released].sort(semver.rcompare), "released sections are not newest first");
            });
        });
    }

    it("lets every workspace dependency on a sibling package link to it (npm would fetch it otherwise)", () => {
        const dependents = [manifestOf(repositoryDir), ...packages.map((p) => p.manifest)];
        for (const dependent of dependents) {
            for (const { manifest } of packages) {
                const range = dependent.dependencies?.[manifest.name];
                if (range !== undefined) {
                    assert.ok(semver.satisfies(manifest.version, range), `${dependent.name} wants ${manifest.name}@${range}, the workspace has ${manifest.version}`);
                }
            }
        }
    });

    it("declares library dependencies as caret ranges, so consumers share one Pulumi SDK", () => {
        for (const { manifest } of packages) {
            for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
                assert.match(range, /^\^\d+\.\d+\.\d+$/, `${manifest.name} -> ${name}@${range}`);
            }
        }
    });
});
