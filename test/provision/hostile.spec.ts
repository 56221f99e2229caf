/**
 * Every renderer fed hostile values: a value either is refused at the boundary (an
 * InvalidArgumentsError naming it) or stays inert in the output, proven with the real tools
 * (`ssh -G -F`, shellcheck, bash, sh -n). Values: newlines, quotes, `$(...)`, backticks, braces,
 * NUL and escape bytes.
 */
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { renderHostsFile, renderSshConfig } from "../../components/compute/render";
import {
    cloudAssistantContent,
    FailoverProfile,
    pidFileEnvironment,
    renderCheckScript,
    renderIndexPage,
    renderInstallScript,
    renderKeepalivedConf,
    renderNginxSite,
    systemdEnvironment,
} from "../../components/provision";
import { gateHaLab } from "../ha/prerequisites";

const hostile = ["a\nProxyCommand touch /tmp/pwned", "a'b", 'a"b', "$(touch /tmp/pwned)", "`touch /tmp/pwned`", "a}b{", "a\u0000b", "a\u001b[31mb", "a;b", "a b"];
const node = (name: string, ip = "203.0.113.10") => ({ name, instanceId: "i-1", privateIp: "10.0.0.10", publicIp: ip });

function refused(render: () => unknown, arg: RegExp): void {
    assert.throws(render, (err: Error) => {
        assert.ok(pulumi.RunError.isInstance(err), `a RunError, printed without a stack trace: ${err.message}`);
        assert.match(err.message, arg);
        return true;
    });
}

function tool(command: string, args: string[], input?: string) {
    const result = spawnSync(command, args, { input, encoding: "utf8" });
    return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

function missingTools(commands: string[]): string | undefined {
    const missing = commands.filter((c) => spawnSync("bash", ["-c", `command -v ${c}`]).status !== 0);
    return missing.length === 0 ? undefined : `missing commands: ${missing.join(", ")} (bash scripts/install-test-deps.sh)`;
}

describe("renderers fed hostile values refuse them or keep them inert", function () {
    let tmp: string;
    before(function () {
        gateHaLab(this, missingTools(["ssh", "shellcheck", "bash", "sh", "base64"]));
        tmp = fs.mkdtempSync(path.join(os.tmpdir(), "hostile-"));
    });
    after(() => tmp && fs.rmSync(tmp, { recursive: true, force: true }));

    describe("ssh_config and hosts file", () => {
        for (const value of hostile) {
            it(`refuses ${JSON.stringify(value)} as a node name, user, address or identity file`, () => {
                refused(() => renderSshConfig("c", [node(value)], { user: "root" }), /nodes\[0\]\.name: /);
                refused(() => renderHostsFile("c", [node(value)]), /nodes\[0\]\.name: /);
                refused(() => renderSshConfig("c", [node("n1", value)], { user: "root" }), /is not an IPv4 address/);
                refused(() => renderSshConfig("c", [node("n1")], { user: value }), /user: /);
                refused(() => renderSshConfig("c", [node("n1")], { user: "root", identityFile: value }), /identityFile: /);
            });
        }

        it("keeps a hostile cluster name inside its comment: ssh -G sees one host with only our options", () => {
            const name = "x\nHost *\n  ProxyCommand touch /tmp/pwned\u0000$(id)`id`}";
            const text = renderSshConfig(name, [node("node1")], { user: "root", identityFile: "~/.ssh/id_ed25519" });
            assert.equal(text.split("\n")[0].startsWith("# "), true);
            const file = path.join(tmp, "ssh_config");
            fs.writeFileSync(file, text);
            const parsed = tool("ssh", ["-G", "-F", file, "node1"]);
            assert.equal(parsed.code, 0, parsed.output);
            assert.match(parsed.output, /^hostname 203\.0\.113\.10$/m);
            assert.match(parsed.output, /^user root$/m);
            assert.doesNotMatch(parsed.output, /^proxycommand /m);
            const other = tool("ssh", ["-G", "-F", file, "elsewhere"]);
            assert.doesNotMatch(other.output, /^proxycommand /m, "no Host * block was smuggled in");
        });

        it("keeps a hostile cluster name inside the hosts file's comment: every other line is `address alias`", () => {
            const text = renderHostsFile("x\n6.6.6.6 evil\r$(id)", [node("node1"), node("node2", "203.0.113.11")]);
            const lines = text.trimEnd().split("\n");
            assert.equal(lines.length, 3);
            assert.match(lines[0], /^# /);
            assert.ok(lines.slice(1).every((l) => /^\d+\.\d+\.\d+\.\d+ +[a-z0-9]+$/.test(l)), text);
        });
    });

    describe("install script", () => {
        const files = (content: string, change = {}) => [{ path: "/etc/x/site.conf", content, mode: "644", ...change }];
        for (const value of hostile) {
            it(`refuses ${JSON.stringify(value)} as node name, path, mode, owner or service`, () => {
                const env = systemdEnvironment();
                refused(() => renderInstallScript({ nodeName: value, files: files("ok"), environment: env }), /nodeName: /);
                refused(() => renderInstallScript({ nodeName: "n", files: files("ok", { path: `/etc/${value}` }), environment: env }), /files\[0\]\.path: /);
                refused(() => renderInstallScript({ nodeName: "n", files: files("ok", { mode: value }), environment: env }), /files\[0\]\.mode: /);
                refused(() => renderInstallScript({ nodeName: "n", files: files("ok", { owner: value }), environment: env }), /files\[0\]\.owner: /);
                refused(() => renderInstallScript({ nodeName: "n", files: files("ok", { service: value }), environment: env }), /files\[0\]\.service: /);
                refused(() => pidFileEnvironment({ runDir: `/run/${value}` }), /runDir: /);
                refused(() => pidFileEnvironment({ runDir: "/run/n", netns: value }), /netns: /);
                refused(() => pidFileEnvironment({ runDir: "/run/n", nginxProcessName: value }), /nginxProcessName: /);
                refused(() => pidFileEnvironment({ runDir: "/run/n", rootNetnsFile: `/run/netns/${value}` }), /rootNetnsFile: /);
                refused(() => renderInstallScript({
                    nodeName: "n", files: files("ok"), environment: env,
                    vrrp: { vip: "10.0.0.100", interfaceName: value, scriptUser: "keepalived_script", checkScriptPath: "/etc/keepalived/check_nginx.sh" },
                }), /vrrp\.interfaceName: /);
            });
        }

        it("refuses a supervisor exit command that would end its quoting", () => {
            refused(() => pidFileEnvironment({ runDir: "/run/n", afterKeepalivedExit: "ip addr del x'; id; '" }), /afterKeepalivedExit: /);
        });

        it("carries hostile file content byte for byte through its quoted heredoc, and passes shellcheck", () => {
            const content = ["$(touch /tmp/pwned)", "`touch /tmp/pwned`", "'\"}{", "PROVISION_FILE_0", "\u001b[31m", "\\", "EOF"].join("\n");
            const script = renderInstallScript({ nodeName: "n", files: files(content), environment: systemdEnvironment() });
            const check = tool("shellcheck", ["-s", "bash", "-"], script);
            assert.equal(check.code, 0, check.output);
            // Run only the staging lines: the heredoc must write the content back unchanged.
            const stage = /^cat > "\$STAGE\/file0" <<'(\w+)'\n[\s\S]*?\n\1$/m.exec(script);
            assert.ok(stage, "the script stages the file with a quoted heredoc");
            const out = tool("bash", ["-c", `STAGE=${tmp}\n${stage[0]}\n`]);
            assert.equal(out.code, 0, out.output);
            assert.equal(fs.readFileSync(path.join(tmp, "file0"), "utf8"), `${content}\n`);
            assert.equal(fs.existsSync("/tmp/pwned"), false);
        });

        it("refuses a NUL byte in file content (no heredoc carries it)", () => {
            refused(() => renderInstallScript({ nodeName: "n", files: files("a\u0000b"), environment: systemdEnvironment() }), /files\[0\]\.content: holds a NUL byte/);
        });
    });

    describe("keepalived.conf, check script, nginx site and page", () => {
        const cluster = { nodePrivateIps: ["10.0.1.10", "10.0.1.11"], vip: "10.0.1.100", profile: FailoverProfile.Standard };
        for (const value of hostile) {
            it(`refuses ${JSON.stringify(value)} in every value written into the configs`, () => {
                refused(() => renderKeepalivedConf({ ...cluster, interfaceName: value }, 0), /interfaceName: /);
                refused(() => renderKeepalivedConf({ ...cluster, vip: value }, 0), /vip: /);
                refused(() => renderKeepalivedConf({ ...cluster, nodePrivateIps: ["10.0.1.10", value] }, 0), /nodePrivateIps\[1\]: /);
                refused(() => renderKeepalivedConf({ ...cluster, scriptUser: value }, 0), /scriptUser: /);
                refused(() => renderKeepalivedConf({ ...cluster, checkScriptPath: `/etc/${value}` }, 0), /checkScriptPath: /);
                if (/[\s'"{}\u0000-\u001f]/.test(value.slice(0, 8))) {
                    // keepalived reads `;`, `$` and backticks in auth_pass as plain characters; these it cannot.
                    refused(() => renderKeepalivedConf({ ...cluster, authPass: value.slice(0, 8) }, 0), /authPass: /);
                }
                refused(() => renderCheckScript({ healthPath: `/${value}` }), /healthPath: /);
                refused(() => renderNginxSite({ healthPath: `/${value}` }), /healthPath: /);
                refused(() => renderNginxSite({ webRoot: `/var/${value}` }), /webRoot: /);
                refused(() => renderIndexPage(value), /nodeName: /);
            });
        }

        it("passes shellcheck with the check script's longest accepted path", () => {
            const script = renderCheckScript({ healthCheckPort: 65535, healthPath: "/a.b_c-d/e/" });
            const check = tool("shellcheck", ["-s", "sh", "-"], script);
            assert.equal(check.code, 0, check.output);
        });
    });

    describe("Cloud Assistant content", () => {
        it("carries a hostile script as base64 inside a wrapper sh reads as three plain lines", () => {
            const script = "#!/bin/bash\necho '$(id)' \"`id`\" }{\n\u001b[31m\n";
            const wrapper = Buffer.from(cloudAssistantContent(script), "base64").toString("utf8");
            assert.equal(tool("sh", ["-n", "-c", wrapper]).code, 0);
            const payload = /^echo '([A-Za-z0-9+/=]+)' \| base64 -d \| bash -s$/m.exec(wrapper);
            assert.ok(payload, wrapper);
            assert.equal(Buffer.from(payload[1], "base64").toString("utf8"), script);
        });
    });
});
