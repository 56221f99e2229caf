import { strict as assert } from "node:assert";
import * as ts from "typescript";
import { componentsDir } from "../../tools/docs/schema";
import { componentSignature, readDeclarations } from "./support/declared";

/**
 * "One argument, one place": every argument of the four components is declared in exactly one
 * interface of their inheritance trees. A name two interfaces declare must mean two different
 * things (another range or default), listed here with the reason.
 */
const sameNameOtherMeaning: Record<string, string> = {
    nodeCount: "a cluster 1-100 (default 4), a HaVip pair 2-10 (default 2), a mesh account 1-100 (default 1): three ranges",
    vpcCidr: "NodeNetworkArgs: one vSwitch's VPC (default 172.16.0.0/16); AppTier: split into four vSwitches (default 10.10.0.0/16)",
    region: "CenMeshArgs: the mesh's region; CenMeshAccount: an account's, which must equal it",
    instanceClass: "AppTierDatabaseArgs: an RDS class; AppTierCacheArgs: a Redis class",
};

describe("the argument vocabulary", () => {
    const declarations = readDeclarations(componentsDir);
    const byName = new Map(declarations.filter((d) => d.kind === "interface").map((d) => [d.name, d.node as ts.InterfaceDeclaration]));

    /** An interface and every interface it extends, and the interfaces its members refer to. */
    function tree(name: string, seen = new Set<string>()): Set<string> {
        const node = byName.get(name);
        if (node === undefined || seen.has(name)) return seen;
        seen.add(name);
        for (const base of (node.heritageClauses ?? []).flatMap((c) => c.types)) tree(base.expression.getText(), seen);
        for (const member of node.members.filter(ts.isPropertySignature)) {
            const text = member.type?.getText() ?? "";
            for (const ref of text.match(/[A-Z]\w+Args|CenMeshAccount/g) ?? []) tree(ref, seen);
        }
        return seen;
    }

    const argsInterfaces = new Set(
        declarations
            .filter((d) => d.kind === "class")
            .map((d) => componentSignature(d.node as ts.ClassDeclaration).argsType)
            .filter((n): n is string => n !== undefined && byName.has(n))
            .flatMap((n) => [...tree(n)]),
    );

    it("reaches the four components' args and the shared groups they extend", () => {
        for (const name of ["SingleAccountClusterArgs", "HaVipPairArgs", "CenMeshArgs", "AppTierArgs", "NodeArgs", "NodeNetworkArgs", "NodePublicAccessArgs", "SshProvisioningArgs", "JumpHostArgs"]) {
            assert.ok(argsInterfaces.has(name), `${name} is in the args trees`);
        }
    });

    it("declares every argument in one interface (names declared twice mean different things, listed with the reason)", () => {
        const where = new Map<string, string[]>();
        for (const name of argsInterfaces) {
            for (const member of byName.get(name)!.members.filter(ts.isPropertySignature)) {
                const arg = member.name.getText();
                where.set(arg, [...(where.get(arg) ?? []), name]);
            }
        }
        const repeated = Object.fromEntries([...where].filter(([, places]) => places.length > 1).map(([arg, places]) => [arg, places.sort()]));
        assert.deepEqual(Object.keys(repeated).sort(), Object.keys(sameNameOtherMeaning).sort(), JSON.stringify(repeated, null, 1));
    });
});
