import { strict as assert } from "node:assert";
import { parse, stringify } from "yaml";
import { readReadme } from "../../tools/docs/readme";
import { PackageSchema } from "../../tools/docs/schema";
import { checkYamlProgram, readmeYamlProgram, resolveYamlType } from "../../tools/docs/yamlProgram";
import { schemaSources } from "./support/shared";

describe("README's Pulumi YAML program (Using the components from other languages)", function () {
    let schema: PackageSchema;
    let program: string;

    before(async function () {
        this.timeout(90_000);
        schema = await schemaSources().served;
        program = readmeYamlProgram(readReadme());
    });

    it("uses the HaVipPair through a type token Pulumi YAML resolves", () => {
        const { resources } = parse(program) as { resources: Record<string, { type: string }> };
        const types = Object.values(resources).map((r) => resolveYamlType(schema, r.type));
        assert.ok(types.includes("alicloud-blueprints:index:HaVipPair"), `types: ${JSON.stringify(Object.values(resources).map((r) => r.type))}`);
    });

    it("fits the served schema: known inputs of the right types, required inputs, real outputs", () => {
        assert.deepEqual(checkYamlProgram(program, schema), []);
    });

    it("exports the pair's EIP address", () => {
        const { outputs } = parse(program) as { outputs: Record<string, unknown> };
        assert.ok(Object.values(outputs).some((v) => typeof v === "string" && /\$\{\w+\.eipAddress\}/.test(v)), JSON.stringify(outputs));
    });

    it("would be rejected with a wrong input, value, enum value, type, reference or missing package", () => {
        const bad = parse(program) as Record<string, any>;
        const [name] = Object.keys(bad.resources);
        const properties = bad.resources[name].properties;
        properties.nodeCount = "two";
        properties.profile = "Fastest";
        properties.adminCidrs = "198.51.100.7/32";
        properties.colour = "blue";
        bad.outputs.missing = `\${${name}.publicAddress}`;
        bad.outputs.stranger = "${nobody.eipAddress}";
        bad.resources.mesh = { type: "alicloud-blueprints:CenMeshh" };
        bad.resources.mesh2 = { type: "alicloud-blueprints:index:CenMesh", properties: {} };
        delete bad.packages;
        const outputs = Object.keys(schema.resources["alicloud-blueprints:index:HaVipPair"].properties ?? {}).join(", ");
        assert.deepEqual(checkYamlProgram(stringify(bad), schema), [
            "packages has no 'alicloud-blueprints' entry (what `pulumi package add` writes)",
            `resources.${name}.nodeCount: expected a number, got "two"`,
            `resources.${name}.profile: "Fastest" is not one of "Standard", "Fast", "Classic"`,
            `resources.${name}.adminCidrs: expected a list, got "198.51.100.7/32"`,
            `resources.${name}: 'colour' is not an input (known: ${Object.keys(schema.resources["alicloud-blueprints:index:HaVipPair"].inputProperties ?? {}).join(", ")})`,
            `resources.mesh: type alicloud-blueprints:CenMeshh names no component of alicloud-blueprints (known: ${Object.keys(schema.resources).join(", ")})`,
            "resources.mesh2: required input 'accounts' is missing",
            `outputs.missing: \${${name}.publicAddress}: ${name} has no output 'publicAddress' (outputs: ${outputs})`,
            "outputs.stranger: ${nobody.eipAddress} names no resource, variable or config of the program",
        ]);
    });
});
