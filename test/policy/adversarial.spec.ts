import { strict as assert } from "node:assert";
import { PolicyPackSession } from "../../tools/analyzer";
import { baselineCases } from "./adversarial/baselineCases";
import { AdversarialCase, Bullet } from "./adversarial/caseTypes";
import { cidrCases } from "./adversarial/cidrCases";
import { publicAddressCases } from "./adversarial/publicAddressCases";
import { worldOpenCases } from "./adversarial/worldOpenCases";
import { isPreviewNote, PackVerdict, runPack, toAnalyzerRecords } from "./support/packRun";
import { sharedPack } from "./support/sharedPack";

const cases: AdversarialCase[] = [...publicAddressCases, ...worldOpenCases, ...cidrCases, ...baselineCases];

/** Why a case's verdicts do not meet its expectation, or undefined when they do. */
function mismatch(testCase: AdversarialCase, verdicts: readonly PackVerdict[]): string | undefined {
    const own = verdicts.filter((v) => v.policy === testCase.policy && !isPreviewNote(v));
    const level = testCase.level ?? "mandatory";
    if (testCase.expect === "violates" && !own.some((v) => v.level === level)) {
        return `expected a ${level} verdict from ${testCase.policy}, got ${JSON.stringify(verdicts)}`;
    }
    if (testCase.expect === "complies" && own.length > 0) {
        return `expected no verdict from ${testCase.policy}, got ${JSON.stringify(own)}`;
    }
    return undefined;
}

const tally = new Map<string, { inProcess: number; grpc: number; total: number }>();
const count = (bullet: Bullet, key: "inProcess" | "grpc") => {
    const entry = tally.get(bullet) ?? { inProcess: 0, grpc: 0, total: cases.filter((c) => c.bullet === bullet).length };
    entry[key] += 1;
    tally.set(bullet, entry);
};

describe(`adversarial cases on the pack's promises (${cases.length}, violating and compliant for each gap of issue 10)`, function () {
    let session: PolicyPackSession | undefined;

    before(async function () {
        this.timeout(60_000);
        session = await sharedPack();
        await session.configure({});
    });

    after(() => {
        const lines = [...tally.entries()].map(([bullet, t]) => `    ${bullet}: ${t.inProcess}/${t.total} in-process, ${t.grpc}/${t.total} over gRPC`);
        console.log(`  adversarial cases passing:\n${lines.join("\n")}`);
    });

    for (const testCase of cases) {
        describe(`${testCase.bullet}: ${testCase.name}`, () => {
            it(`${testCase.expect === "violates" ? "is flagged" : "passes"} in-process`, async () => {
                const problem = mismatch(testCase, await runPack(testCase.resources));
                assert.equal(problem, undefined);
                count(testCase.bullet, "inProcess");
            });

            it(`${testCase.expect === "violates" ? "is flagged" : "passes"} over the Analyzer gRPC protocol`, async () => {
                const diagnostics = await session!.analyze(toAnalyzerRecords(testCase.resources));
                const verdicts = diagnostics.map((d) => ({ policy: d.policy, level: d.level, message: d.message, urn: d.urn }));
                assert.equal(mismatch(testCase, verdicts), undefined);
                count(testCase.bullet, "grpc");
            });
        });
    }
});
