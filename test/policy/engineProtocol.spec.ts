import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { policies } from "../../policy/policies";
import { ResourceTypes as T } from "../../policy/support/resourceTypes";
import { defaultSensitivePorts } from "../../policy/support/sensitivePorts";
import { AnalyzerResourceRecord, PolicyDiagnostic, PolicyPackSession } from "../../tools/analyzer";
import { analyzerGrpc, analyzerProto, grpc, Struct } from "../../tools/analyzer/sdkModules";
import { sharedPack } from "./support/sharedPack";

const packVersion = (JSON.parse(fs.readFileSync(path.join(__dirname, "../../policy/package.json"), "utf8")) as { version: string }).version;

const urnOf = (type: string, name: string) => `urn:pulumi:dev::alicloud-blueprints::${type}::${name}`;
const record = (type: string, name: string, rawInputs: Record<string, unknown>, extra: Partial<AnalyzerResourceRecord> = {}): AnalyzerResourceRecord => ({
    urn: urnOf(type, name),
    type,
    name,
    rawInputs,
    ...extra,
});
const secret = (value: unknown) => ({ [pulumi.runtime.specialSigKey]: pulumi.runtime.specialSecretSig, value });
const of = (diagnostics: PolicyDiagnostic[], policy: string) => diagnostics.filter((d) => d.policy === policy);

describe("policy pack over the engine's gRPC protocol", function () {
    let session: PolicyPackSession | undefined;

    before(async function () {
        this.timeout(60_000);
        session = await sharedPack(); // Started as the CLI starts it; stopped (and checked gone) after the run.
    });

    const pack = () => session!;

    it("GetAnalyzerInfo lists every policy with its level and the sensitive-ports schema", async () => {
        const info = await pack().info();
        assert.equal(info.name, "alicloud-blueprints");
        assert.equal(info.version, packVersion, "the version of policy/package.json");
        assert.equal(info.supportsConfig, true);
        assert.deepEqual(
            info.policies.map((p) => [p.name, p.level]),
            policies.map((p) => [p.name, p.enforcementLevel]),
        );
        const sensitive = info.policies.find((p) => p.name === "security-group-no-public-sensitive-ports")!;
        assert.deepEqual((sensitive.configSchema?.ports as { default: number[] }).default, [...defaultSensitivePorts]);
        assert.ok(info.policies.every((p) => p.remediationSteps.length > 0), "every policy has remediation steps");
    });

    it("Analyze rejects an ECS instance with public bandwidth at the mandatory level", async () => {
        await pack().configure({});
        const diagnostics = await pack().analyze([record(T.ecsInstance, "web", { internetMaxBandwidthOut: 10, systemDiskEncrypted: true })]);
        assert.deepEqual(
            diagnostics.map((d) => [d.policy, d.level, d.urn]),
            [["ecs-instance-no-public-ip", "mandatory", urnOf(T.ecsInstance, "web")]],
        );
        assert.match(diagnostics[0].message, /internetMaxBandwidthOut is 10/);
    });

    it("Analyze sees through secrets and reports advisory verdicts as advisory", async () => {
        await pack().configure({});
        const diagnostics = await pack().analyze([
            record(T.redisInstance, "cache", { password: secret("S3cret!pass"), securityIps: ["172.16.1.0/24"], instanceReleaseProtection: true }),
            record(T.rdsInstance, "db", { engine: "MySQL", securityIps: ["172.16.1.0/24"], deletionProtection: true }),
        ]);
        assert.deepEqual(of(diagnostics, "redis-requires-password"), [], "a secret password counts as a password");
        assert.deepEqual(
            diagnostics.map((d) => [d.policy, d.level]),
            [["rds-ssl-enabled", "advisory"]],
        );
    });

    it("Analyze skips a resource with an unknown value and says so at the advisory level", async () => {
        await pack().configure({});
        const diagnostics = await pack().analyze([record(T.ecsInstance, "web", { internetMaxBandwidthOut: pulumi.unknown, systemDiskEncrypted: true })]);
        const skipped = of(diagnostics, "ecs-instance-no-public-ip");
        assert.equal(skipped.length, 1);
        assert.equal(skipped[0].level, "advisory");
        assert.match(skipped[0].message, /Skipped during preview: internetMaxBandwidthOut is not known yet/);
    });

    it("AnalyzeStack matches vSwitches to their VPC through propertyDependencies when ids are unknown", async () => {
        await pack().configure({});
        const vpc = record(T.vpc, "vpc", { cidrBlock: "10.0.0.0/16" }, { id: undefined });
        const byVpc = { propertyDependencies: { vpcId: [vpc.urn] }, dependencies: [vpc.urn] };
        const a = record(T.vswitch, "a", { vpcId: pulumi.unknown, cidrBlock: "10.0.0.0/24" }, byVpc);
        const b = record(T.vswitch, "b", { vpcId: pulumi.unknown, cidrBlock: "10.0.0.0/25" }, byVpc);
        const lost = record(T.vswitch, "lost", { vpcId: pulumi.unknown, cidrBlock: "10.0.9.0/24" });
        const diagnostics = await pack().analyze([vpc, a, b, lost]);
        const overlaps = of(diagnostics, "vswitch-cidrs-no-overlap").filter((d) => d.level === "mandatory");
        assert.deepEqual(overlaps.map((d) => d.urn), [b.urn]);
        const notes = diagnostics.filter((d) => d.urn === lost.urn);
        assert.ok(notes.length > 0 && notes.every((d) => d.level === "advisory" && /Skipped during preview/.test(d.message)), JSON.stringify(notes));
    });

    it("AnalyzeStack rejects overlapping VPCs attached to one CEN", async () => {
        await pack().configure({});
        const diagnostics = await pack().analyze([
            record(T.cenInstance, "cen", {}, { id: "cen-1" }),
            record(T.vpc, "a", { cidrBlock: "172.17.0.0/16" }, { id: "vpc-a" }),
            record(T.vpc, "b", { cidrBlock: "172.17.96.0/20" }, { id: "vpc-b" }),
            record(T.cenTransitRouterVpcAttachment, "a", { cenId: "cen-1", vpcId: "vpc-a" }),
            record(T.cenTransitRouterVpcAttachment, "b", { cenId: "cen-1", vpcId: "vpc-b" }),
        ]);
        const overlaps = of(diagnostics, "cen-attached-cidrs-no-overlap");
        assert.deepEqual(overlaps.map((d) => [d.level, d.urn]), [["mandatory", urnOf(T.cenTransitRouterVpcAttachment, "b")]]);
    });

    it("Configure changes a policy's level, disables it, and passes its settings", async () => {
        const web = record(T.ecsInstance, "web", { internetMaxBandwidthOut: 10, systemDiskEncrypted: true });
        const rule = record(T.securityGroupRule, "alt-ssh", { type: "ingress", ipProtocol: "tcp", portRange: "2222/2222", cidrIp: "0.0.0.0/0" });
        try {
            await pack().configure({ "ecs-instance-no-public-ip": "advisory", "security-group-no-public-sensitive-ports": { ports: [2222] } });
            const configured = await pack().analyze([web, rule]);
            assert.deepEqual(of(configured, "ecs-instance-no-public-ip").map((d) => d.level), ["advisory"]);
            assert.deepEqual(of(configured, "security-group-no-public-sensitive-ports").map((d) => d.level), ["mandatory"]);

            await pack().configure({ "ecs-instance-no-public-ip": { enforcementLevel: "disabled" } });
            assert.deepEqual(of(await pack().analyze([web]), "ecs-instance-no-public-ip"), []);
        } finally {
            await pack().configure({});
        }
        assert.deepEqual(of(await pack().analyze([web]), "ecs-instance-no-public-ip").map((d) => d.level), ["mandatory"]);
    });

    it("accepts the example policy config and applies it", async () => {
        const example = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../policy/policy-config.example.json"), "utf8"));
        const eip = record(T.eip, "ip", { bandwidth: "5" });
        const rule = record(T.securityGroupRule, "winrm", { type: "ingress", ipProtocol: "tcp", portRange: "5985/5986", cidrIp: "0.0.0.0/0" });
        const disk = record(T.ecsDisk, "data", { size: 40 });
        try {
            await pack().configure(example);
            const diagnostics = await pack().analyze([eip, rule, disk]);
            assert.deepEqual(
                diagnostics.map((d) => [d.policy, d.level]).sort(),
                [
                    ["deletion-protection-enabled", "mandatory"],
                    ["security-group-no-public-sensitive-ports", "mandatory"],
                ],
            );
        } finally {
            await pack().configure({});
        }
    });

    it("Configure refuses config for a policy the pack does not have", async () => {
        await assert.rejects(pack().configure({ "no-such-policy": "mandatory" }), /no-such-policy/);
    });

    it("answers raw requests built with @pulumi/pulumi's stubs, including not-applicable reasons", async () => {
        await pack().configureStack({ stack: "dev", tags: { team: "platform" } });
        const client = new analyzerGrpc.AnalyzerClient(`127.0.0.1:${pack().port}`, grpc.credentials.createInsecure());
        try {
            const request = new analyzerProto.AnalyzeRequest();
            request.setUrn(urnOf(T.eip, "ip"));
            request.setType(T.eip);
            request.setName("ip");
            request.setProperties(Struct.fromJavaScript({ bandwidth: "5" }));
            request.setOptions(new analyzerProto.AnalyzerResourceOptions());
            const response = await new Promise<analyzerProto.AnalyzeResponse>((resolve, reject) =>
                client.analyze(request, (err, res) => (err ? reject(err) : resolve(res))),
            );
            const verdicts = response.getDiagnosticsList().map((d) => [d.getPolicyname(), d.getEnforcementlevel()]);
            assert.deepEqual(verdicts, [["deletion-protection-enabled", analyzerProto.EnforcementLevel.ADVISORY]]);
            const notApplicable = response.getNotApplicableList().map((n) => n.getPolicyName());
            assert.ok(notApplicable.includes("ecs-instance-no-public-ip"), notApplicable.join(", "));
        } finally {
            client.close();
        }
    });
});
