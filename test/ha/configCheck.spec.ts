/**
 * The rendered configs pass the daemons' own checks (nginx -t, keepalived -t) inside a lab node,
 * and the rendered scripts pass shellcheck. Each check is shown to fail on a broken input.
 */
import { strict as assert } from "node:assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FailoverProfile, HaClusterOptions, NodeBundle, renderNodeBundle, systemdEnvironment } from "../../components/provision";
import { HaLab, LabNode, requireHaLab, run } from "./harness";

const variants: Array<{ label: string; change: Partial<HaClusterOptions> }> = [
    { label: "Standard", change: { profile: FailoverProfile.Standard } },
    { label: "Classic with auth", change: { profile: FailoverProfile.Classic, authPass: "Zq8xY2ab" } },
    { label: "Fast, nopreempt", change: { profile: FailoverProfile.Fast, nopreempt: true } },
    { label: "Fast, preempt_delay", change: { profile: FailoverProfile.Fast, preemptDelaySeconds: 5 } },
];

describe("rendered configs and scripts pass the real checkers", function () {
    this.timeout(60_000);
    let lab: HaLab | undefined;
    let tmp: string | undefined;

    before(async function () {
        requireHaLab(this);
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kab-shellcheck-"));
        lab = new HaLab({ nodeCount: 2, profile: FailoverProfile.Standard });
        await lab.create();
    });

    after(async () => {
        await lab?.destroy();
        if (tmp) {
            fs.rmSync(tmp, { recursive: true, force: true });
        }
    });

    /** Writes the bundle's files into the node's namespace (its own /etc) and runs a check there. */
    async function checkInNode(node: LabNode, bundle: NodeBundle, check: string[]): Promise<{ code: number; output: string }> {
        for (const file of bundle.files) {
            await run("ip", ["netns", "exec", node.ns, "bash", "-c", `mkdir -p "$(dirname '${file.path}')" && cat > '${file.path}' && chmod ${file.mode} '${file.path}'`], { input: file.content });
        }
        for (const site of node.env.nginxSitesToRemove) {
            await run("ip", ["netns", "exec", node.ns, "rm", "-f", site]);
        }
        const result = await run("ip", ["netns", "exec", node.ns, ...check]);
        return { code: result.code, output: result.stdout + result.stderr };
    }

    /** keepalived -t as the install script runs it on 2.2.7: on a copy whose scripts run as root. */
    const keepalivedCheck = (node: LabNode) => ["bash", "-c",
        `sed -E 's/^([[:space:]]*script_user)[[:space:]].*$/\\1 root/' ${node.env.keepalivedConfPath} > ${node.runDir}/check.conf && keepalived -t -f ${node.runDir}/check.conf`];

    for (const { label, change } of variants) {
        it(`${label}: nginx -t and keepalived -t accept every node's config`, async () => {
            assert.ok(lab);
            for (const node of lab.nodes) {
                const bundle = renderNodeBundle({ ...lab.clusterOptions(node), ...change }, node.index);
                const nginx = await checkInNode(node, bundle, ["nginx", "-t"]);
                assert.equal(nginx.code, 0, nginx.output);
                const keepalived = await checkInNode(node, bundle, keepalivedCheck(node));
                assert.equal(keepalived.code, 0, keepalived.output);
            }
        });
    }

    it("keepalived 2.2.7's -t is killed when the check runs as a non-root user (why the script checks a root copy)", async () => {
        assert.ok(lab);
        const node = lab.nodes[0];
        const bundle = renderNodeBundle(lab.clusterOptions(node), 0);
        assert.match(bundle.keepalivedConf, /script_user keepalived_script/);
        await run("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "keepalived_script"]);
        const version = (await run("keepalived", ["--version"])).stderr;
        const direct = await checkInNode(node, bundle, ["bash", "-c", `keepalived -t -f ${node.env.keepalivedConfPath}; exit $?`]);
        if (/Keepalived v2\.2\.7 /.test(version)) {
            assert.equal(direct.code, 143, `expected SIGTERM (keepalived issue 2587), got ${direct.code}: ${direct.output}`);
        } else {
            assert.equal(direct.code, 0, direct.output);
        }
    });

    it("keepalived -t and nginx -t reject a broken config (the checks can fail)", async () => {
        assert.ok(lab);
        const node = lab.nodes[0];
        const bundle = renderNodeBundle(lab.clusterOptions(node), 0);
        const broken: NodeBundle = {
            ...bundle,
            files: bundle.files.map((f) => ({ ...f, content: f.content.replace("weight 0", "weight -300").replace("return 200", "retrun 200") })),
        };
        assert.notEqual((await checkInNode(node, broken, keepalivedCheck(node))).code, 0);
        assert.notEqual((await checkInNode(node, broken, ["nginx", "-t"])).code, 0);
    });

    it("shellcheck accepts the install scripts for ECS and for lab nodes, and rejects a broken one", async () => {
        assert.ok(lab && tmp);
        const scripts: Array<[string, string]> = [];
        for (const { label, change } of variants) {
            const ecs = renderNodeBundle({ ...lab.clusterOptions(lab.nodes[0]), ...change, environment: systemdEnvironment() }, 0);
            scripts.push([`ecs ${label}`, ecs.script], [`lab ${label}`, lab.bundle(lab.nodes[1]).script]);
        }
        for (const [label, script] of scripts) {
            const file = path.join(tmp, "install.sh");
            fs.writeFileSync(file, script);
            const result = await run("shellcheck", ["--shell=bash", "--severity=style", file]);
            assert.equal(result.code, 0, `${label}:\n${result.stdout}`);
        }
        const file = path.join(tmp, "broken.sh");
        fs.writeFileSync(file, scripts[0][1].replace('mv -f "$dest.provision-new" "$dest"', "mv -f $dest.provision-new $dest"));
        assert.notEqual((await run("shellcheck", ["--shell=bash", file])).code, 0);
    });
});
