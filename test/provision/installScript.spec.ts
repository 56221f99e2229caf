import { strict as assert } from "node:assert";
import {
    contentHash, FailoverProfile, HaClusterOptions, InstallFile, pidFileEnvironment, renderClusterBundles,
    renderIndexPage, renderInstallScript, renderNginxSite, renderNodeBundle, servedBy, systemdEnvironment,
} from "../../components/provision";

const cluster = (change: Partial<HaClusterOptions> = {}): HaClusterOptions => ({
    nodePrivateIps: ["10.0.1.10", "10.0.1.11"], vip: "10.0.1.100", ...change,
});

describe("nginx renderers", () => {
    it("renders a page that names the node", () => {
        assert.equal(servedBy(renderIndexPage("node2")), "node2");
        assert.match(renderIndexPage("web-a"), /<h1>web-a<\/h1>/);
    });

    it("renders a default server with the page root and a 200 ok health path", () => {
        const site = renderNginxSite({ webRoot: "/srv/www", port: 8080 });
        assert.match(site, /listen 8080 default_server;/);
        assert.match(site, /root \/srv\/www;/);
        assert.match(site, /location = \/healthz \{[^}]*return 200 "ok\\n";/);
    });

    it("rejects bad node names and ports with the value and the fix", () => {
        assert.throws(() => renderIndexPage("<script>"), /nodeName: "<script>" is not a node name; use 1 to 63 letters/);
        assert.throws(() => renderNginxSite({ port: 0 }), /port: 0 is out of range; use a whole number from 1 to 65535/);
    });
});

describe("renderInstallScript", () => {
    it("is strict bash that detects apt-get, dnf and yum and validates both configs", () => {
        const { script } = renderNodeBundle(cluster(), 0);
        assert.ok(script.startsWith("#!/usr/bin/env bash\n"));
        assert.match(script, /^set -euo pipefail$/m);
        for (const tool of ["apt-get", "dnf", "yum"]) {
            assert.match(script, new RegExp(`command -v ${tool} `));
        }
        assert.match(script, /nginx -t -q/);
        assert.match(script, /sed -E .*script_user.* '\/etc\/keepalived\/keepalived\.conf' > "\$copy"/);
        assert.match(script, /keepalived -t -f "\$copy"/);
        assert.match(script, /runuser -u keepalived_script -- test -x '\/etc\/keepalived\/check_nginx\.sh'/);
        assert.match(script, /echo "changed: none"/);
    });

    it("writes keepalived.conf 0600 with auth and 0644 without, the check script 0755", () => {
        const withAuth = renderNodeBundle(cluster({ profile: FailoverProfile.Classic, authPass: "Zq8xY2ab" }), 0);
        const without = renderNodeBundle(cluster(), 0);
        const mode = (files: InstallFile[], path: string) => files.find((f) => f.path === path)?.mode;
        assert.equal(mode(withAuth.files, "/etc/keepalived/keepalived.conf"), "600");
        assert.equal(mode(without.files, "/etc/keepalived/keepalived.conf"), "644");
        assert.equal(mode(without.files, "/etc/keepalived/check_nginx.sh"), "755");
        assert.match(withAuth.script, /put_file "\$STAGE\/file3" '\/etc\/keepalived\/keepalived\.conf' 600 root root keepalived/);
        assert.equal(withAuth.holdsSecret, true);
        assert.equal(without.holdsSecret, false);
    });

    it("never prints a file's content: the secret appears only inside a heredoc", () => {
        const { script } = renderNodeBundle(cluster({ profile: FailoverProfile.Classic, authPass: "Zq8xY2ab" }), 0);
        const lines = script.split("\n");
        const secretLines = lines.filter((l) => l.includes("Zq8xY2ab"));
        assert.deepEqual(secretLines.map((l) => l.trim()), ["auth_pass Zq8xY2ab"]);
        assert.doesNotMatch(script, /\bcat "\$?(dest|\/etc)/);
        assert.doesNotMatch(script, /set -x/);
    });

    it("differs between ECS and a pid-file node only in the environment (service control, the systemd drop-in)", () => {
        const ecsBundle = renderNodeBundle(cluster(), 0);
        const ecs = ecsBundle.script.split("\n");
        const lab = renderNodeBundle(cluster({ environment: pidFileEnvironment({ runDir: "/run/lab/node1", webRoot: "/var/www/havip" }) }), 0).script.split("\n");
        const dropIns = ecsBundle.files.map((f, i) => ({ f, i })).filter(({ f }) => /\/systemd\/system\/(keepalived|nginx)\.service\.d\/havip\.conf$/.test(f.path));
        assert.equal(dropIns.length, 2, "the ECS script installs the keepalived and nginx drop-ins");
        const dropInLines = new Set(dropIns.flatMap(({ f, i }) => [`PROVISION_FILE_${i}`, ...f.content.split("\n"), `cat > "$STAGE/file${i}" <<'PROVISION_FILE_${i}'`]));
        const allowed = (line: string) =>
            /^(nginx|keepalived)_(enable|is_active|start|restart|reload|stop)\(\)/.test(line)
            || dropInLines.has(line)
            || /^put_file "\$STAGE\/file\d" .* systemd$/.test(line)
            || /^    (systemctl daemon-reload|true) \|\| fail "cannot reload the systemd units"$/.test(line);
        const onlyEcs = ecs.filter((line) => !lab.includes(line));
        const onlyLab = lab.filter((line) => !ecs.includes(line));
        assert.ok(onlyEcs.length > 0 && onlyLab.length > 0);
        assert.deepEqual([...onlyEcs, ...onlyLab].filter((line) => !allowed(line)), []);
    });

    it("on ECS adds systemd drop-ins: the VIP removed whenever keepalived exits, nginx in the foreground for track_process", () => {
        const { files } = renderNodeBundle(cluster({ vipPrefixLength: 32, interfaceName: "eth1" }), 0);
        const file = (path: string) => files.find((f) => f.path === path);
        const keepalived = file("/etc/systemd/system/keepalived.service.d/havip.conf");
        assert.ok(keepalived);
        assert.equal(keepalived.service, "systemd");
        assert.match(keepalived.content, /^Restart=on-failure$/m);
        assert.match(keepalived.content, /^ExecStopPost=-\/sbin\/ip -4 addr del 10\.0\.1\.100\/32 dev eth1$/m);
        const nginx = file("/etc/systemd/system/nginx.service.d/havip.conf");
        assert.ok(nginx);
        assert.match(nginx.content, /^Type=exec$/m);
        assert.match(nginx.content, /^ExecStart=\nExecStart=\/usr\/sbin\/nginx -g 'daemon off; master_process on;'$/m);
        const lab = renderNodeBundle(cluster({ environment: pidFileEnvironment({ runDir: "/run/lab/node1" }) }), 0);
        assert.ok(lab.files.every((f) => !f.path.includes("/systemd/")), "no systemd files without systemd");
    });

    it("keeps a content line that looks like the heredoc delimiter intact", () => {
        const script = renderInstallScript({
            nodeName: "n1",
            files: [{ path: "/tmp/x", content: "PROVISION_FILE_0\nend\n", mode: "644" }],
            environment: systemdEnvironment(),
        });
        assert.match(script, /<<'PROVISION_FILE_0_'\nPROVISION_FILE_0\nend\nPROVISION_FILE_0_\n/);
    });

    it("rejects unsafe paths and modes", () => {
        assert.throws(() => renderInstallScript({ nodeName: "n", files: [{ path: "/etc/x y", content: "", mode: "644" }], environment: systemdEnvironment() }),
            /files\[0\]\.path: "\/etc\/x y" is not a safe absolute path/);
        assert.throws(() => renderInstallScript({ nodeName: "n", files: [{ path: "/etc/x", content: "", mode: "rw" }], environment: systemdEnvironment() }),
            /files\[0\]\.mode: "rw" is not an octal mode; use octal digits such as "644"/);
    });

    it("renders one bundle per node with its own page and keepalived.conf", () => {
        const bundles = renderClusterBundles(cluster({ nodeNames: ["a", "b"], profile: FailoverProfile.Fast }));
        assert.deepEqual(bundles.map((b) => b.nodeName), ["a", "b"]);
        assert.notEqual(bundles[0].keepalivedConf, bundles[1].keepalivedConf);
        assert.throws(() => renderClusterBundles(cluster({ nodeNames: ["a"] })), /nodeNames: 1 entries for 2 nodes; give one name per node/);
    });
});

describe("contentHash (triggers)", () => {
    it("is stable for the same content and changes when any rendered content changes", () => {
        const a = renderNodeBundle(cluster(), 0).contentHash;
        assert.match(a, /^[0-9a-f]{64}$/);
        assert.equal(renderNodeBundle(cluster(), 0).contentHash, a);
        for (const change of [{ vip: "10.0.1.101" }, { profile: FailoverProfile.Fast }, { nodeNames: ["x", "y"] }, { profile: FailoverProfile.Classic, authPass: "Zq8xY2ab" }, { virtualRouterId: 52 }]) {
            assert.notEqual(renderNodeBundle(cluster(change), 0).contentHash, a, JSON.stringify(change));
        }
        assert.notEqual(renderNodeBundle(cluster(), 1).contentHash, a);
    });

    it("covers path, mode and owner, and ignores file order", () => {
        const f: InstallFile = { path: "/a", content: "x\n", mode: "644" };
        const g: InstallFile = { path: "/b", content: "y\n", mode: "644" };
        assert.equal(contentHash([f, g]), contentHash([g, f]));
        assert.notEqual(contentHash([f]), contentHash([{ ...f, mode: "600" }]));
        assert.notEqual(contentHash([f]), contentHash([{ ...f, path: "/c" }]));
        assert.notEqual(contentHash([f]), contentHash([{ ...f, owner: "www-data" }]));
        assert.notEqual(contentHash([f]), contentHash([{ ...f, content: "x" }]));
    });
});
