import { strict as assert } from "node:assert";
import { policies } from "../../policy/policies";
import { cidrReadsByPolicy, doorTablesByPolicy } from "../../policy/policies/coverage";
import { ResourceTypes } from "../../policy/support/resourceTypes";
import { fixture, runResourcePolicy } from "./support/harness";
import { Candidate, cidrCandidates, publicAddressCandidates } from "./surface/candidates";
import { doorValues, sampleProps } from "./surface/doorSamples";
import { alicloudVersion, ProviderResource, readProviderSurface } from "./surface/providerSurface";
import { checkedByOf, readRegistry, Registry, RegistryEntry, verdictOf } from "./surface/registry";

// Read once when mocha loads the spec (about 1 s): the tests below are generated from it.
const surface = readProviderSurface();
const byToken = new Map(surface.map((r) => [r.token, r]));
const policyByName = new Map(policies.map((p) => [p.name, p]));

/** What is new or gone between the provider's candidates and a registry, as lines to print. */
function registryDrift(candidates: Candidate[], registry: Registry, file: string): string[] {
    const problems: string[] = [];
    for (const candidate of candidates) {
        const entry = registry.types[candidate.token];
        if (entry === undefined) {
            problems.push(`${candidate.token} [${candidate.inputs.join(", ")}] is not in policy/surface/${file}: check it with a policy, or add it with "exempt" and the reason`);
            continue;
        }
        const listed = new Set(entry.inputs);
        const found = new Set(candidate.inputs);
        candidate.inputs.filter((i) => !listed.has(i)).forEach((i) => problems.push(`${candidate.token}: input ${i} is new; give it a verdict in policy/surface/${file}`));
        entry.inputs.filter((i) => !found.has(i)).forEach((i) => problems.push(`${candidate.token}: input ${i} is gone from the provider; remove it from policy/surface/${file}`));
    }
    const tokens = new Set(candidates.map((c) => c.token));
    Object.keys(registry.types)
        .filter((token) => !tokens.has(token))
        .forEach((token) => problems.push(`${token} is in policy/surface/${file} but the provider no longer has it as a candidate; remove it`));
    return problems;
}

function entryShapeProblems(token: string, entry: RegistryEntry): string[] {
    const checked = checkedByOf(entry);
    if ((checked.length > 0) === (entry.exempt !== undefined)) {
        return [`${token}: give exactly one of checkedBy or exempt`];
    }
    if (entry.exempt !== undefined && entry.exempt.trim().length < 20) {
        return [`${token}: the exemption needs a reason`];
    }
    return checked.filter((name) => !policyByName.has(name)).map((name) => `${token}: checkedBy names ${name}, which the pack does not have`);
}

describe(`provider surface (@pulumi/alicloud ${alicloudVersion()})`, () => {
    it("reads every resource type of the provider with its inputs", () => {
        assert.ok(surface.length > 1000, `only ${surface.length} resource types were read`);
        const instance = byToken.get(ResourceTypes.ecsInstance)!;
        assert.ok(instance.inputs.some((i) => i.path === "internetMaxBandwidthOut"));
        assert.ok(byToken.get(ResourceTypes.ackNodePool)!.inputs.some((i) => i.path === "scalingConfig.isBondEip"), "nested input types are followed");
    });

    it("knows every type token the pack names", () => {
        const unknown = Object.values(ResourceTypes).filter((token) => !byToken.has(token));
        assert.deepEqual(unknown, [], "type tokens the provider does not have");
    });

    const registries: Array<{ title: string; file: "publicAddress.json" | "cidr.json"; candidates: Candidate[] }> = [
        { title: "inputs that can request a public address", file: "publicAddress.json", candidates: publicAddressCandidates(surface) },
        { title: "CIDR-bearing inputs and network joins", file: "cidr.json", candidates: cidrCandidates(surface) },
    ];
    for (const { title, file, candidates } of registries) {
        const registry = readRegistry(file);
        const checked = Object.values(registry.types).filter((e) => e.checkedBy !== undefined).length;
        describe(`${title}: ${candidates.length} types (${checked} checked, ${candidates.length - checked} exempt), policy/surface/${file}`, () => {
            it("lists every candidate type and input of the provider, and nothing else", () => {
                assert.deepEqual(registryDrift(candidates, registry, file), []);
            });

            it("gives each type one verdict: checked by policies of the pack, or exempt with a reason", () => {
                assert.deepEqual(Object.entries(registry.types).flatMap(([token, entry]) => entryShapeProblems(token, entry)), []);
            });

            // The list with every verdict, one line each, in the test output.
            for (const [token, entry] of Object.entries(registry.types)) {
                it(`${token} [${entry.inputs.join(", ")}]: ${verdictOf(entry).replace(/(\.)\s.*$/, "$1")}`, () => {
                    assert.ok(byToken.has(token), `${token} is not a resource type of the provider`);
                });
            }
        });
    }

    describe("public-address verdicts hold: each door opens a violation, and shut it passes", () => {
        const registry = readRegistry("publicAddress.json");
        it("every door table of the pack is registered under its policy", () => {
            const unregistered = Object.entries(doorTablesByPolicy).flatMap(([policy, table]) =>
                Object.keys(table).filter((token) => !checkedByOf(registry.types[token] ?? { inputs: [] }).includes(policy)).map((token) => `${policy}: ${token}`),
            );
            assert.deepEqual(unregistered, []);
        });

        for (const [token, entry] of Object.entries(registry.types).filter(([, e]) => e.checkedBy !== undefined)) {
            const policyName = checkedByOf(entry)[0];
            it(`${token} (${policyName})`, async () => {
                const doors = doorTablesByPolicy[policyName]?.[token];
                assert.ok(doors !== undefined, `${policyName} has no doors for ${token}`);
                const doorInputs = new Set(doors.map((d) => d.input));
                const unchecked = entry.inputs.filter((input) => !doorInputs.has(input) && entry.notRequests?.[input] === undefined);
                assert.deepEqual(unchecked, [], "candidate inputs that are neither doors nor explained in notRequests");
                const resource: ProviderResource = byToken.get(token)!;
                const policy = policyByName.get(policyName)!;
                for (const door of doors) {
                    const run = await runResourcePolicy(policy as never, fixture(token, "probe", sampleProps(resource, doors, door)));
                    const what = `${door.input || "(the resource exists)"} = ${JSON.stringify(doorValues(door).open)}`;
                    assert.deepEqual(run.verdicts.map((v) => v.level), [policy.enforcementLevel], `${what} should be one violation: ${JSON.stringify(run.verdicts)}`);
                }
                if (doors.every((d) => d.input !== "")) {
                    const shut = await runResourcePolicy(policy as never, fixture(token, "probe", sampleProps(resource, doors)));
                    assert.deepEqual(shut.verdicts, [], "with every door shut the type passes");
                }
            });
        }
    });

    describe("CIDR verdicts hold: every policy named reads the type", () => {
        const registry = readRegistry("cidr.json");
        for (const [token, entry] of Object.entries(registry.types).filter(([, e]) => e.checkedBy !== undefined)) {
            it(`${token} is read by ${checkedByOf(entry).join(", ")}`, () => {
                const notReading = checkedByOf(entry).filter((policy) => !(cidrReadsByPolicy[policy] ?? []).includes(token));
                assert.deepEqual(notReading, []);
                const unexplained = entry.inputs.filter((input) => entry.notChecked?.[input] === undefined);
                assert.ok(unexplained.length > 0 || entry.inputs.length === 0, "a checked type compares at least one of its inputs");
            });
        }
    });
});
