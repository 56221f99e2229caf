import { strict as assert } from "node:assert";
import * as ts from "typescript";
import { getPulumiComponents } from "@pulumi/pulumi/provider/experimental/provider";
import { componentsDir, PackageSchema } from "../../tools/docs/schema";
import { contractProblems, ContractSubject, schemaTypeText } from "./support/contract";
import { Declaration, duplicateNames, readDeclarations } from "./support/declared";
import { schemaSources } from "./support/shared";

const packageExports = require(componentsDir) as Record<string, unknown>;
const token = (name: string) => `alicloud-blueprints:index:${name}`;

describe("component schema served by the host (the component contract)", function () {
    let schema: PackageSchema;
    let declarations: Declaration[];
    const subject = (changed: Partial<ContractSubject> = {}): ContractSubject => ({ schema: structuredClone(schema), exports: packageExports, declarations, ...changed });

    before(async function () {
        this.timeout(90_000);
        schema = await schemaSources().served;
        declarations = readDeclarations(componentsDir);
    });

    it("has every component components/index.ts exports, as alicloud-blueprints:index:<Class>, and nothing else", () => {
        const components = getPulumiComponents(packageExports).map((c) => c.name);
        for (const known of ["SingleAccountCluster", "HaVipPair", "CenMesh"]) {
            assert.ok(components.includes(known), `${known} is exported`);
        }
        assert.deepEqual(Object.keys(schema.resources).sort(), components.map(token).sort());
        assert.ok(Object.values(schema.resources).every((r) => r.isComponent === true));
    });

    it("matches the TypeScript for every component: inputs (type, plain vs Input, optional, documented default), outputs, types, enums", () => {
        assert.deepEqual(contractProblems(subject()), []);
    });

    it("declares every type name once across the package (the analyzer would silently merge two)", () => {
        assert.deepEqual(duplicateNames(declarations), {});
    });

    it("keeps the choices as enums with their values", () => {
        const values = (name: string) => schema.types[token(name)]?.enum?.map((e) => e.value);
        assert.deepEqual(values("NodeImage"), ["Ubuntu2204", "AlibabaCloudLinux3"]);
        assert.deepEqual(values("PublicAccess"), ["None", "Eip"]);
        assert.deepEqual(values("FailoverProfile"), ["Standard", "Fast", "Classic"]);
        assert.deepEqual(values("CenPayer"), ["PayByCenOwner", "PayByResourceOwner"]);
        for (const [name, type] of Object.entries(schema.types).filter(([, t]) => t.enum)) {
            assert.equal(type.type, "string", `${name} is a string enum`);
            assert.ok(type.enum!.length >= 2, `${name} offers a choice`);
        }
    });

    it("shows the HaVipPair as other languages see it: plain counts and choices, secret keys as Inputs, optional EIP", () => {
        const pair = schema.resources[token("HaVipPair")];
        const input = (name: string) => schemaTypeText(pair.inputProperties![name], true);
        assert.equal(input("nodeCount"), "number");
        assert.equal(input("profile"), "FailoverProfile");
        assert.equal(input("adminCidrs"), "string[]");
        assert.equal(input("tags"), "map<string>");
        assert.equal(input("jumpHost"), "JumpHostArgs");
        assert.equal(input("sshPrivateKey"), "Input<string>");
        assert.deepEqual(pair.requiredInputs, []);
        assert.equal(schemaTypeText(pair.properties!.nodes, false), "NodeInfo[]");
        assert.equal(schemaTypeText(pair.properties!.eipAddress, false), "string");
        assert.ok(!pair.required!.includes("eipAddress") && pair.required!.includes("havipAddress"));
        const mesh = schema.resources[token("CenMesh")];
        assert.deepEqual(mesh.requiredInputs, ["accounts"]);
        assert.equal(schemaTypeText(mesh.inputProperties!.accounts, true), "CenMeshAccount[]");
    });

    describe("would fail", () => {
        it("on an optional input whose description states no default", () => {
            const s = structuredClone(schema);
            s.resources[token("HaVipPair")].inputProperties!.nodeCount.description = "How many nodes share the HaVip.";
            assert.deepEqual(contractProblems(subject({ schema: s })), [
                'HaVipPair input.nodeCount: optional, but its description does not state "Default:": How many nodes share the HaVip.',
            ]);
        });

        it("on an input that became an Input<T>, a changed type, or a lost required input", () => {
            const s = structuredClone(schema);
            const inputs = s.resources[token("CenMesh")].inputProperties!;
            delete inputs.accounts.plain;
            s.resources[token("HaVipPair")].inputProperties!.nodeCount.type = "string";
            s.resources[token("CenMesh")].requiredInputs = [];
            assert.deepEqual(contractProblems(subject({ schema: s })), [
                "CenMesh input.accounts: declared as CenMeshAccount[], schema says Input<CenMeshAccount[]>",
                "CenMesh input.accounts: declared required, schema says optional",
                "HaVipPair input.nodeCount: declared as number, schema says string",
            ]);
        });

        it("on a missing component, a missing output and a changed enum", () => {
            const s = structuredClone(schema);
            delete s.resources[token("SingleAccountCluster")];
            delete s.resources[token("HaVipPair")].properties!.eipAddress;
            s.types[token("FailoverProfile")].enum![1].value = "Faster";
            assert.deepEqual(contractProblems(subject({ schema: s })), [
                "exported component SingleAccountCluster is missing from the schema (expected alicloud-blueprints:index:SingleAccountCluster)",
                "HaVipPair output: 'eipAddress' is declared but missing from the schema",
                'enum FailoverProfile: exported members [["Standard","Standard"],["Fast","Fast"],["Classic","Classic"]], schema has [["Standard","Standard"],["Fast","Faster"],["Classic","Classic"]]',
            ]);
        });

        it("on an args interface that extends Pick<...> (the analyzer turns such members into Any, without a description)", () => {
            const source = ts.createSourceFile("picked.ts", "export interface HaVipPairArgs extends Pick<NodeArgs, \"instanceType\"> {}", ts.ScriptTarget.ES2022, true);
            const picked = source.statements[0] as ts.InterfaceDeclaration;
            const changed = declarations.map((d) => (d.name === "HaVipPairArgs" ? { ...d, file: "picked.ts", node: picked } : d));
            const problems = contractProblems(subject({ declarations: changed }));
            assert.ok(
                problems.includes('HaVipPair input: \'extends Pick<NodeArgs, "instanceType">\' is declared but missing from the schema'),
                problems.join("\n"),
            );
        });

        it("on a type name declared twice", () => {
            const twice = [...declarations, { ...declarations.find((d) => d.name === "NodeInfo")!, file: "elsewhere.ts" }];
            assert.deepEqual(contractProblems(subject({ declarations: twice })), ["type name NodeInfo is declared more than once: vocabulary/types.ts (interface), elsewhere.ts (interface)"]);
        });
    });
});
