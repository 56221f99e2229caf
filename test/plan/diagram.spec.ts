import { strict as assert } from "node:assert";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";
import { buildModel, diagramInputOf, DiagramInput, NetworkModel, renderDiagramSvg } from "../../tools/plan/diagram";
import { Box, Row, VpcBox } from "../../tools/plan/diagram/model";
import { DrawnTypes } from "../../tools/plan/diagram/types";
import { planStack } from "../../tools/plan/planStack";
import { policyVerdicts } from "../../tools/plan/verdicts";
import { workspaceNodeArgs } from "../../tools/workspace";
import { sharedPack } from "../policy/support/sharedPack";
import { projectDir, temporaryDir } from "../support/planFiles";

const run = promisify(execFile);

/** The text of an SVG's <text> elements, entities decoded (Graphviz writes "-" as "&#45;"). */
function svgText(svg: string): string {
    const decode = (value: string) =>
        value
            .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
            .replace(/&lt;/g, "<")
            .replace(/&gt;/g, ">")
            .replace(/&quot;/g, '"')
            .replace(/&#39;/g, "'")
            .replace(/&amp;/g, "&");
    return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1])).join("\n");
}

const vpcsOf = (model: NetworkModel): VpcBox[] => model.accounts.flatMap((a) => a.vpcs);
const rowsOf = (model: NetworkModel): Row[] => vpcsOf(model).flatMap((v) => v.vswitches.flatMap((s) => s.rows));
const boxesOf = (model: NetworkModel): Box[] => [...model.hubs, ...model.accounts.flatMap((a) => [...a.boxes, ...a.groups.flatMap((g) => g.boxes), ...a.vpcs.flatMap((v) => v.boxes)])];
const titleOf = (model: NetworkModel, key: string): string | undefined =>
    [...rowsOf(model), ...boxesOf(model), ...vpcsOf(model), ...vpcsOf(model).flatMap((v) => v.vswitches)].find((x) => x.key === key)?.title;
const linksOf = (model: NetworkModel, kind: string) => model.links.filter((l) => l.kind === kind).map((l) => [titleOf(model, l.from), titleOf(model, l.to), l.label]);

async function stackInput(stack: string): Promise<DiagramInput> {
    return diagramInputOf(await planStack({ projectDir, stack }));
}

describe("plan --diagram: the network of a plan", function () {
    this.timeout(120_000);

    describe("the model read from the shipped stacks' plans", () => {
        it("dev: one account, VPC and vSwitch holding the four nodes, each with its own EIP inside its row", async () => {
            const model = buildModel(await stackInput("dev"));
            assert.equal(model.accounts.length, 1);
            const [vpc] = vpcsOf(model);
            assert.deepEqual([vpc.blocks, vpc.owner, vpc.vswitches.length], [["172.16.0.0/16"], "SingleAccountCluster dev-cluster", 1]);
            const [vswitch] = vpc.vswitches;
            assert.match(`${vswitch.cidr} ${vswitch.zone}`, /^172\.16\.0\.0\/24 cn-hangzhou-\w$/);
            assert.deepEqual(
                vswitch.rows.map((r) => [r.kind, r.title, r.addresses.map((a) => a.title)]),
                [1, 2, 3, 4].map((i) => ["ECS", `node${i}`, [`node${i}-eip`]]),
            );
            assert.deepEqual(model.links, [], "an EIP bound to one node needs no line");
            assert.ok(model.notDrawn.some(([type]) => type === "alicloud:ecs:SecurityGroup"), "what is not drawn is counted");
        });

        it("ha: the HaVip in the VPC carries its EIP, with a VRRP line to each node", async () => {
            const model = buildModel(await stackInput("ha"));
            const [havip] = vpcsOf(model)[0].boxes;
            assert.deepEqual([havip.kind, havip.addresses.map((a) => a.title)], ["HaVip", ["vip-eip"]]);
            assert.deepEqual(linksOf(model, "vip").sort(), [
                ["havip", "node1", ""],
                ["havip", "node2", ""],
            ]);
        });

        it("mesh: an account per provider, the transit router attached to every VPC, routes and grants", async () => {
            const model = buildModel(await stackInput("mesh"));
            assert.deepEqual(
                model.accounts.map((a) => a.title),
                ["account master", "account student2", "account student3", "account student4"],
            );
            assert.equal(model.accounts[0].lines[0], "1000000000000001 · cn-hangzhou");
            const [router] = model.hubs;
            assert.equal(router.kind, "transit router");
            assert.ok(router.lines.includes("route table tr-rt: 4 associated, 4 propagating"), router.lines.join(" | "));
            assert.deepEqual(linksOf(model, "attachment").map(([from, to]) => [from, to]).sort(), ["master", "student2", "student3", "student4"].map((a) => ["tr", `${a}-vpc`]));
            for (const vpc of vpcsOf(model)) {
                assert.equal(vpc.vswitches.length, 2, vpc.title);
                assert.equal(vpc.routes.length, 3, vpc.title);
                assert.ok(vpc.routes.every((r) => r.nextHop === "transit router"));
                assert.ok(!vpc.routes.some((r) => vpc.blocks.includes(r.destination)), `${vpc.title} routes to itself`);
                assert.deepEqual(vpc.attachments, [vpc.title === "master-vpc" ? "tr" : "tr (granted to the CEN's owner)"]);
            }
        });

        it("prod: NAT with its SNAT sources, the SLB's listener and weighted backends, the shared bandwidth's EIPs, HA RDS", async () => {
            const model = buildModel(await stackInput("prod"));
            const row = (kind: string) => rowsOf(model).filter((r) => r.kind === kind);
            assert.match(row("NAT")[0].detail, /Enhanced NAT gateway · SNAT for web-1, web-2 via eip-1/);
            assert.match(row("RDS")[0].detail, /MySQL 8\.0 · .* · standby in data-2/);
            assert.ok(row("RDS")[0].extras.includes("Database"), "the database hangs off its RDS instance");
            assert.equal(row("Redis").length, 1);
            const slb = boxesOf(model).find((b) => b.kind === "SLB")!;
            assert.ok(slb.lines.some((l) => l.startsWith("HTTP :80 → :80")), slb.lines.join(" | "));
            assert.deepEqual(linksOf(model, "backend").sort(), [
                ["slb", "web1", "weight 100"],
                ["slb", "web2", "weight 100"],
            ]);
            const [group] = model.accounts[0].groups;
            assert.deepEqual(group.boxes.map((b) => b.title), ["eip-1", "eip-2"]);
            assert.deepEqual(linksOf(model, "address"), [["eip-1", "nat", ""]]);
        });
    });

    describe("marks", () => {
        let model: NetworkModel;
        let svg: string;

        before(async function () {
            this.timeout(120_000);
            const plan = await planStack({ projectDir, stack: "dev", program: path.join(projectDir, "test/plan/fixtures/overlappingNetworkProgram.ts") });
            const violations = await policyVerdicts(plan, undefined, await sharedPack());
            model = buildModel(diagramInputOf(plan, violations));
            svg = await renderDiagramSvg(diagramInputOf(plan, violations));
        });

        it("writes overlapping vSwitches of one VPC on both, with the policy's verdict", () => {
            const vswitches = vpcsOf(model).flatMap((v) => v.vswitches);
            const marksOf = (title: string) => vswitches.find((v) => v.title === title)!.marks.map((m) => `${m.level}: ${m.text}`);
            assert.deepEqual(marksOf("vsw"), ["overlap: 172.16.0.0/24 overlaps lab-extra (172.16.0.128/25)"]);
            assert.deepEqual(marksOf("lab-extra").sort(), ["mandatory: vswitch-cidrs-no-overlap", "overlap: 172.16.0.128/25 overlaps vsw (172.16.0.0/24)"]);
        });

        it("writes VPCs overlapping on one transit router on both, and the verdict on its attachment's VPC", () => {
            const marksOf = (title: string) => vpcsOf(model).find((v) => v.title === title)!.marks.map((m) => `${m.level}: ${m.text}`).sort();
            assert.deepEqual(marksOf("mesh-owner"), ["overlap: 172.17.0.0/16 overlaps mesh-member (172.17.96.0/20) on the transit router"]);
            assert.deepEqual(marksOf("mesh-member"), ["mandatory: cen-attached-cidrs-no-overlap", "overlap: 172.17.96.0/20 overlaps mesh-owner (172.17.0.0/16) on the transit router"]);
        });

        it("writes a mandatory verdict on the row of its resource and lists advisory ones below the picture", () => {
            const exposed = rowsOf(model).find((r) => r.title === "lab-exposed")!;
            assert.deepEqual(exposed.marks.filter((m) => m.level === "mandatory").map((m) => m.text), ["ecs-instance-no-public-ip"]);
            assert.match(svgText(svg), /mandatory: ecs-instance-no-public-ip/);
            assert.match(svgText(svg), /advisory \(amber border\): disk-encryption-enabled on lab-exposed, node1/);
        });
    });

    describe("rendering", () => {
        let dev: DiagramInput;

        before(async () => {
            dev = await stackInput("dev");
        });

        it("draws the same SVG for the same plan, whatever order the resources were registered in", async () => {
            const svg = await renderDiagramSvg(dev);
            assert.match(svg, /^<\?xml[^]*<svg[^]*<\/svg>\s*$/);
            assert.equal(await renderDiagramSvg(dev), svg);
            assert.equal(await renderDiagramSvg({ ...dev, resources: [...dev.resources].reverse() }), svg);
        });

        it("explains only the kinds of line the picture has", async () => {
            assert.doesNotMatch(svgText(await renderDiagramSvg(dev)), /^lines:/m, "the dev stack has no line, yet a legend of lines");
            const ha = svgText(await renderDiagramSvg(await stackInput("ha")));
            assert.ok(ha.includes("HaVip may move to (VRRP failover)"), "the ha stack's VRRP lines are not explained");
            assert.ok(!/load balancer backend|transit router attachment/.test(ha), "the ha stack's legend explains lines it does not have");
        });

        it("asks for fonts as wide as the layout's metrics, and shows no secret", async () => {
            const svg = await renderDiagramSvg(dev);
            assert.ok(!/font-family="Verdana"/.test(svg) && /font-family="Verdana,DejaVu Sans,sans-serif"/.test(svg));
            assert.doesNotMatch(svg, /M7#[a-z0-9]{10}/, "a generated password reached the diagram");
        });

        it("takes hostile names literally: markup escaped, Graphviz escapes not expanded", async () => {
            const hostile = `<script>alert("x")</script>&amp; \\N \\G ]]> {x}`;
            // A VPC is a cluster label, an ECS a row of a node's table: Graphviz expands \G and \N in both.
            const vpc = dev.resources.find((r) => r.type === DrawnTypes.vpc[0])!;
            const node = dev.resources.find((r) => r.type === DrawnTypes.instance[0])!;
            const renamed = { ...dev, resources: dev.resources.map((r) => (r === vpc || r === node ? { ...r, name: `${hostile} ${r.type.split(":").pop()}`, parent: undefined } : r)) };
            const svg = await renderDiagramSvg(renamed);
            assert.ok(!svg.includes("<script"), "markup from a name reached the SVG");
            assert.ok(svgText(svg).includes(`VPC ${hostile} Network`), "the VPC's name is not shown literally");
            assert.ok(svgText(svg).includes(`${hostile} Instance`), "the node's name is not shown literally");
        });

        it("writes what a label cannot hold (controls, bidi overrides, lone surrogates, noncharacters) as code points, neither dropped nor failing", async () => {
            const shown: Record<string, string> = {
                "line\nbreak": "line<U+000A>break",
                "tab\tand\r\nCRLF": "tab<U+0009>and<U+000D><U+000A>CRLF",
                "nul\u0000esc\u001b[31m": "nul<U+0000>esc<U+001B>[31m",
                "bidi\u202Egnp.exe": "bidi<U+202E>gnp.exe",
                "lone\uD800 and \uFFFF": "lone<U+D800> and <U+FFFF>",
                "kept: ünï 𝔘 ✓": "kept: ünï 𝔘 ✓",
            };
            const names = Object.keys(shown);
            const labelled: readonly string[] = [DrawnTypes.instance[0], DrawnTypes.eip[0]];
            const drawn = dev.resources.filter((r) => labelled.includes(r.type)).slice(0, names.length);
            assert.equal(drawn.length, names.length, "the dev stack has fewer drawn resources than names to try");
            const renamed = { ...dev, resources: dev.resources.map((r) => (drawn.includes(r) ? { ...r, name: names[drawn.indexOf(r)], parent: undefined } : r)) };
            const svg = await renderDiagramSvg(renamed);
            assert.doesNotMatch(svg, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202E\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/, "a character XML or the reader cannot take reached the SVG");
            const text = svgText(svg);
            for (const [name, expected] of Object.entries(shown)) {
                assert.ok(text.includes(expected), `${JSON.stringify(name)} is not shown as ${JSON.stringify(expected)}`);
            }
        });
    });

    it("reads only resource types the installed @pulumi/alicloud has", () => {
        const providerDir = path.dirname(require.resolve("@pulumi/alicloud/package.json"));
        for (const token of Object.values(DrawnTypes).flat().filter((t) => t.startsWith("alicloud:"))) {
            // Each module's index.js constructs its resources by token (`case "<token>":`).
            const moduleIndex = path.join(providerDir, token.split(":")[1].split("/")[0], "index.js");
            assert.ok(fs.existsSync(moduleIndex) && fs.readFileSync(moduleIndex, "utf8").includes(`"${token}"`), `${token} is no resource type of @pulumi/alicloud`);
        }
    });

    it("`npm run plan -- --diagram FILE` writes the SVG, with the options that draw it again, and still prints the plan", async () => {
        const { dir, cleanup } = temporaryDir();
        try {
            const file = path.join(dir, "dev.svg");
            const configFile = path.join(dir, "my stack.yaml");
            fs.copyFileSync(path.join(projectDir, "Pulumi.dev.yaml"), configFile);
            const args = ["--stack", "dev", "--config-file", configFile, "--no-policy", "--diagram", file];
            const { stdout } = await run(process.execPath, [...workspaceNodeArgs, path.join(projectDir, "tools/plan/cli.ts"), ...args], { cwd: projectDir, timeout: 60_000 });
            assert.match(stdout, /Resources:/);
            const command = `npm run plan -- --stack dev --config-file '${configFile}' --no-policy --diagram FILE`;
            assert.equal(fs.readFileSync(file, "utf8"), await renderDiagramSvg({ ...(await stackInput("dev")), command }));
            assert.ok(svgText(fs.readFileSync(file, "utf8")).includes(`as planned offline: ${command}`));
        } finally {
            cleanup();
        }
    });
});
