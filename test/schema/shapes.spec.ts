import { strict as assert } from "node:assert";
import { argsSchema, keysAt, packageShapes } from "../../components/vocabulary/argShape";
import { PackageSchema } from "../../tools/docs/schema";
import { readShapesFile, shapesFileText } from "../../tools/docs/shapes";
import { schemaSources } from "./support/shared";

/**
 * The argument checks of the components and of the stack config are derived from
 * components/vocabulary/shapes.generated.json; these specs hold that file to the schema the
 * component provider host serves, so neither can accept a key the component lacks.
 */
describe("argument shapes derived from the component schema", function () {
    let schema: PackageSchema;

    before(async function () {
        this.timeout(90_000);
        schema = await schemaSources().served;
    });

    it("shapes.generated.json is exactly what the served schema generates (run `npm run docs` after changing an arg)", () => {
        assert.equal(readShapesFile(), shapesFileText(schema));
    });

    it("every component's zod schema accepts exactly the schema's inputs, nested types included", () => {
        for (const [token, resource] of Object.entries(schema.resources)) {
            const component = token.slice(token.lastIndexOf(":") + 1);
            const zod = argsSchema(component);
            assert.deepEqual(keysAt(zod, []).sort(), Object.keys(resource.inputProperties ?? {}).sort(), `${component} inputs`);
            assert.deepEqual([...packageShapes.components[component].outputs].sort(), Object.keys(resource.properties ?? {}).sort(), `${component} outputs`);
        }
        const jumpHost = schema.types["alicloud-blueprints:index:JumpHostArgs"].properties!;
        assert.deepEqual(keysAt(argsSchema("HaVipPair"), ["jumpHost"]).sort(), Object.keys(jumpHost).sort());
        const account = schema.types["alicloud-blueprints:index:CenMeshAccount"].properties!;
        assert.deepEqual(keysAt(argsSchema("CenMesh"), ["accounts", 0]).sort(), Object.keys(account).sort());
    });

    it("leaves out the arguments a stack reads from secret config, and only those", () => {
        const all = keysAt(argsSchema("CenMesh"), ["accounts", 0]);
        const config = keysAt(argsSchema("CenMesh", ["accounts[].accessKey", "accounts[].secretKey"]), ["accounts", 0]);
        assert.deepEqual(all.filter((k) => !config.includes(k)).sort(), ["accessKey", "secretKey"]);
    });

    it("refuses the key the stack schema used to accept and ignore (appTier.eipBandwidthMbps)", () => {
        const parsed = argsSchema("AppTier").safeParse({ eipBandwidthMbps: 150 });
        assert.equal(parsed.success, false);
    });
});
