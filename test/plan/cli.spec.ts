import { strict as assert } from "node:assert";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";
import { workspaceNodeArgs } from "../../tools/workspace";
import { projectDir, stackConfigFiles, temporaryDir, writeConfigFile } from "../support/planFiles";

const run = promisify(execFile);
const cli = path.join(projectDir, "tools/plan/cli.ts");

/** Runs `npm run plan -- <args>` as a user would (the same node arguments), never throwing. */
async function plan(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
        const { stdout, stderr } = await run(process.execPath, [...workspaceNodeArgs, cli, ...args], { cwd: projectDir, timeout: 60_000 });
        return { code: 0, stdout, stderr };
    } catch (err: any) {
        return { code: err.code ?? 1, stdout: err.stdout ?? "", stderr: err.stderr ?? "" };
    }
}

interface PlanJson {
    resources: Array<{ urn: string; type: string; name: string; parent: string | null; provider: string | null; inputs: Record<string, any>; options: Record<string, any> }>;
    outputs: Record<string, any>;
    violations?: Array<{ policy: string; level: string; urn: string; message: string }>;
}

const ofType = (doc: PlanJson, type: string) => doc.resources.filter((r) => r.type === type);

describe("npm run plan", () => {
    const stacks = stackConfigFiles();

    it("delivers a large plan whole to a slow reader (the CLI waits for stdout to drain before it exits)", async () => {
        // The mesh plan is larger than a pipe's 64 KiB buffer; the reader takes its first byte, then
        // nothing for 3 s (while the CLI has written everything and would exit), then the rest.
        const reader = "(dd bs=1 count=1 2>/dev/null; sleep 3; cat)";
        const command = [process.execPath, ...workspaceNodeArgs, cli].map((word) => `'${word}'`).join(" ");
        const pipeline = `${command} --stack mesh --json --no-policy | ${reader}; exit \${PIPESTATUS[0]}`;
        const { stdout } = await run("bash", ["-c", pipeline], { cwd: projectDir, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 });
        assert.ok(Buffer.byteLength(stdout) > 65_536, `${Buffer.byteLength(stdout)} bytes arrived: the plan was cut at the pipe buffer (or no longer exceeds one)`);
        const doc = JSON.parse(stdout) as PlanJson;
        assert.ok(doc.resources.length > 0 && doc.outputs.cenMesh !== undefined);
    });

    it("ends quietly when the reader stops early (`plan | head -c 100`): no EPIPE trace, exit 0", async () => {
        const temp = temporaryDir();
        const stderrFile = path.join(temp.dir, "plan.err");
        const command = [process.execPath, ...workspaceNodeArgs, cli].map((word) => `'${word}'`).join(" ");
        const pipeline = `${command} --stack mesh --json --no-policy 2>'${stderrFile}' | head -c 100 >/dev/null; exit \${PIPESTATUS[0]}`;
        try {
            await run("bash", ["-c", pipeline], { cwd: projectDir, timeout: 60_000 });
            assert.equal(fs.readFileSync(stderrFile, "utf8"), "", "the plan wrote to stderr");
        } finally {
            temp.cleanup();
        }
    });

    it("finds the stack config files it must plan", () => {
        assert.ok(stacks.some((s) => s.stack === "dev"), "Pulumi.dev.yaml is missing");
    });

    for (const { stack } of stacks) {
        it(`plans the ${stack} stack as JSON with every secret masked`, async () => {
            const result = await plan("--stack", stack, "--json", "--no-policy");
            assert.equal(result.code, 0, result.stderr);
            const doc: PlanJson = JSON.parse(result.stdout);
            assert.ok(doc.resources.length > 1);
            const urns = new Set(doc.resources.map((r) => r.urn));
            for (const resource of doc.resources) {
                assert.deepEqual(Object.keys(resource), ["urn", "type", "name", "parent", "provider", "inputs", "options"]);
                assert.deepEqual(Object.keys(resource.options), [
                    "protect", "dependsOn", "customTimeouts", "ignoreChanges", "deleteBeforeReplace", "replaceOnChanges", "retainOnDelete", "provider",
                ]);
                assert.equal(resource.options.provider, resource.provider);
                assert.ok(resource.options.dependsOn.every((urn: string) => urns.has(urn)), `${resource.name} depends on a resource outside the plan`);
            }
            assert.ok(doc.resources.every((r) => r.parent === null || urns.has(r.parent)), "a parent is not in the plan");
            assert.doesNotMatch(result.stdout, /M7#[a-z0-9]{17}/, "a generated password leaked into the plan");
            for (const instance of ofType(doc, "alicloud:ecs/instance:Instance")) {
                assert.ok(!(instance.inputs.internetMaxBandwidthOut > 0), `${instance.name} gets a public IP through bandwidth`);
                if (instance.inputs.password !== undefined) {
                    assert.equal(instance.inputs.password, "[secret]");
                }
            }
        });
    }

    it("shows the dev stack's cluster: 4 ECS with an EIP and association each, one VPC, vSwitch and group", async () => {
        const result = await plan("--stack", "dev", "--json");
        assert.equal(result.code, 0, result.stderr);
        const doc: PlanJson = JSON.parse(result.stdout);
        assert.ok(Array.isArray(doc.violations), "--json has no violations list");
        assert.ok(doc.violations!.every((v) => v.level !== "mandatory"), JSON.stringify(doc.violations));
        assert.ok(doc.violations!.some((v) => v.policy === "disk-encryption-enabled" && v.level === "advisory"));
        const counts = Object.fromEntries(
            ["ecs/instance:Instance", "ecs/eipAddress:EipAddress", "ecs/eipAssociation:EipAssociation", "vpc/network:Network", "vpc/switch:Switch", "ecs/securityGroup:SecurityGroup"].map(
                (t) => [t, ofType(doc, `alicloud:${t}`).length],
            ),
        );
        assert.deepEqual(Object.values(counts), [4, 4, 4, 1, 1, 1], JSON.stringify(counts));
        assert.equal(doc.outputs.cluster.password, "[secret]");
        assert.equal(doc.outputs.cluster.nodes.length, 4);
    });

    it("shows each resource's options: the prod tier's timeouts, its one-after-another attachments, the mesh's providers", async () => {
        const prod: PlanJson = JSON.parse((await plan("--stack", "prod", "--json", "--no-policy")).stdout);
        const byName = (doc: PlanJson, name: string) => doc.resources.find((r) => r.name === name)!;
        assert.deepEqual(byName(prod, "prod-app-rds").options.customTimeouts, { create: "60m", update: "120m" });
        assert.deepEqual(byName(prod, "prod-app-provision-web1-run").options.customTimeouts, { create: "35m" });
        assert.deepEqual(byName(prod, "prod-app-provision-web1").options.replaceOnChanges, ["commandContent"]);
        assert.deepEqual(byName(prod, "prod-app-bwp-eip-2").options.dependsOn, [byName(prod, "prod-app-bwp-eip-1").urn]);
        assert.equal(byName(prod, "prod-app-vpc").options.customTimeouts, null);
        const mesh: PlanJson = JSON.parse((await plan("--stack", "mesh", "--json", "--no-policy")).stdout);
        assert.match(byName(mesh, "mesh-mesh-student2-grant").options.provider, /\$pulumi:providers:alicloud::mesh-mesh-student2$/);
    });

    describe("--ram-policy", () => {
        /** Every action of a set of named policies, and each document's length. */
        const actionsOf = (policies: any[]) => policies.flatMap((p) => p.document.Statement.flatMap((st: any) => st.Action));

        it("prints the deploy role's policies for a single-account stack: every action of its types and look-ups, no billing, each under RAM's size limit", async () => {
            const result = await plan("--stack", "prod", "--ram-policy");
            assert.equal(result.code, 0, result.stderr);
            const doc = JSON.parse(result.stdout);
            assert.deepEqual(doc.memberRoles, []);
            assert.deepEqual(doc.deployer.map((p: any) => p.name), ["ecs", "kms", "kvstore", "rds", "slb", "vpc", "roles"]);
            for (const policy of doc.deployer) {
                assert.equal(policy.document.Version, "1");
                assert.ok(JSON.stringify(policy.document).length <= 6144, `${policy.name} is longer than a RAM policy may be`);
            }
            const actions = actionsOf(doc.deployer);
            for (const action of ["vpc:CreateNatGateway", "slb:CreateLoadBalancer", "rds:CreateDBInstance", "kvstore:CreateInstance", "ecs:InvokeCommand", "rds:DescribeAvailableClasses", "kvstore:DescribeAvailableResource"]) {
                assert.ok(actions.includes(action), `${action} is missing`);
            }
            assert.ok(!actions.some((a: string) => a.startsWith("bss:")), "the deploy role is asked for billing permissions");
            assert.deepEqual(doc.deployer.find((p: any) => p.name === "roles").document.Statement, [
                { Effect: "Allow", Action: ["ram:CreateServiceLinkedRole"], Resource: "*", Condition: { StringEquals: { "ram:ServiceName": "nat.aliyuncs.com" } } },
            ]);
        });

        it("prints, for the mesh, the owner's policies with AssumeRole on each member role, and each member role's trust and permission policies", async () => {
            const doc = JSON.parse((await plan("--stack", "mesh", "--ram-policy")).stdout);
            const roles = ["2", "3", "4"].map((n) => `acs:ram::100000000000000${n}:role/CenMeshAdmin`);
            assert.deepEqual(doc.deployer.find((p: any) => p.name === "roles").document.Statement, [{ Effect: "Allow", Action: ["sts:AssumeRole"], Resource: roles }]);
            assert.ok(actionsOf(doc.deployer).includes("cen:CreateTransitRouterVpcAttachment"));
            assert.deepEqual(doc.memberRoles.map((r: any) => r.roleArn), roles);
            for (const role of doc.memberRoles) {
                assert.deepEqual(role.trustPolicy, {
                    Version: "1",
                    Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: { RAM: ["acs:ram::1000000000000001:root"] } }],
                });
                const actions = actionsOf(role.permissionPolicies);
                assert.ok(actions.includes("cen:GrantInstanceToTransitRouter") && actions.includes("ecs:RunInstances"));
                assert.ok(!actions.includes("cen:CreateTransitRouterVpcAttachment"), "a member is given the owner's attachment actions");
            }
        });
    });

    it("prints a resource tree with types, a count and the outputs", async () => {
        const result = await plan("--stack", "dev", "--no-policy");
        assert.equal(result.code, 0, result.stderr);
        assert.match(result.stdout, /^ \+ {3}pulumi:pulumi:Stack\s+alicloud-blueprints-dev$/m);
        assert.match(result.stdout, /^ \+ {6}├─ alicloud:ecs:Instance\s+dev-cluster-node1$/m);
        assert.match(result.stdout, /^ {4}\+ 18 to create$/m);
        assert.match(result.stdout, /^ {6}password: "\[secret\]"$/m);
    });

    it("fails with exit code 2 and lists the verdict when a mandatory policy is violated", async () => {
        const result = await plan("--stack", "dev", "--program", "test/plan/fixtures/publicIpProgram.ts");
        assert.equal(result.code, 2, result.stderr);
        assert.match(result.stdout, /^ {4}\[mandatory\] ecs-instance-no-public-ip: .+\n {8}- alicloud:ecs:Instance exposed: .*internetMaxBandwidthOut/m);
        assert.match(result.stdout, /1 mandatory violation\(s\): `pulumi up` would be blocked/);
    });

    describe("with a config file", () => {
        const temp = temporaryDir();
        after(temp.cleanup);

        it("turns secure: values into placeholder secrets that never show", async () => {
            const file = writeConfigFile(temp.dir, "secure", {
                "alicloud:region": "cn-shanghai",
                "alicloud:secretKey": { secure: "v1:c2VjcmV0LWNpcGhlcnRleHQ=" },
                "alicloud-blueprints:cluster": { nodeCount: 1 },
            });
            const result = await plan("--config-file", file, "--json", "--no-policy");
            assert.equal(result.code, 0, result.stderr);
            assert.doesNotMatch(result.stdout, /c2VjcmV0LWNpcGhlcnRleHQ=/);
            assert.equal(JSON.parse(result.stdout).outputs.region, "cn-shanghai");
        });

        it("exits non-zero with the program's message on bad input", async () => {
            const file = writeConfigFile(temp.dir, "bad", { "alicloud:region": "cn-hangzhou", "alicloud-blueprints:cluster": { nodeCount: 0 } });
            const result = await plan("--config-file", file);
            assert.equal(result.code, 1);
            assert.equal(result.stdout, "");
            assert.match(result.stderr, /^error: invalid stack configuration:\n {2}- alicloud-blueprints:cluster.nodeCount: 0 is out of range/m);
        });

        it("reports a failed look-up with the look-up's own message", async () => {
            const file = writeConfigFile(temp.dir, "lookup", { "alicloud:region": "cn-hangzhou", "alicloud-blueprints:cluster": { instanceType: "ecs.nonexistent" } });
            const result = await plan("--config-file", file);
            assert.equal(result.code, 1);
            assert.match(result.stderr, /^error: instanceType: "ecs.nonexistent" is not sold in any zone of this region; pick another type or unset it$/m);
        });
    });
});
