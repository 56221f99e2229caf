import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import { readmePath, renderPolicySection, withPolicySection } from "../../policy/docs";
import { policies } from "../../policy/policies";

describe("README policy table", () => {
    it("matches the pack (regenerate with `npx ts-node policy/docs.ts --write`)", () => {
        const readme = fs.readFileSync(readmePath, "utf8");
        assert.equal(readme, withPolicySection(readme, renderPolicySection()));
    });

    it("has one row per policy with its level", () => {
        const section = renderPolicySection();
        for (const policy of policies) {
            assert.ok(section.includes(`| \`${policy.name}\` | ${policy.enforcementLevel} |`), policy.name);
        }
    });

    it("documents every policy with full sentences and remediation steps", () => {
        for (const policy of policies) {
            for (const text of [policy.description, policy.rationale, policy.remediationSteps ?? ""]) {
                assert.match(text, /^[A-Z0-9`].*[.)]$/s, `${policy.name}: "${text}"`);
            }
        }
    });

    it("names policies in kebab-case, uniquely", () => {
        const names = policies.map((p) => p.name);
        assert.equal(new Set(names).size, names.length);
        for (const name of names) {
            assert.match(name, /^[a-z0-9]+(-[a-z0-9]+)*$/);
        }
    });
});
