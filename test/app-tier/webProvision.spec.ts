import { strict as assert } from "node:assert";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
    cloudAssistantContent,
    ProvisionVia,
    renderClusterBundles,
    renderWebNodeBundle,
    validateProvisionWebNodesArgs,
} from "../../components/provision";
import { JUMP_HOST_KEY } from "../support/hostKeys";

describe("web node provisioning (nginx only)", () => {
    const bundle = renderWebNodeBundle("web1", { port: 8081, healthPath: "/ping" });

    it("renders the page and site under the app paths, and a script that never touches keepalived", () => {
        assert.deepEqual(bundle.files.map((f) => f.path), ["/var/www/app/index.html", "/etc/nginx/conf.d/app-site.conf"]);
        assert.match(bundle.script, /^#!\/usr\/bin\/env bash\n# Provisions nginx on web1\./);
        assert.doesNotMatch(bundle.script, /keepalived/i);
        assert.match(bundle.script, /ensure_service nginx "\$NGINX_CHANGED"/);
        assert.match(bundle.contentHash, /^[0-9a-f]{64}$/);
    });

    it("leaves the HA nodes' script as it was (keepalived installed, checked and run)", () => {
        const [ha] = renderClusterBundles({ nodePrivateIps: ["10.0.0.1", "10.0.0.2"], vip: "10.0.0.9" });
        assert.match(ha.script, /# Provisions nginx \+ keepalived on node1\./);
        assert.match(ha.script, /missing\+=\(keepalived\)/);
        assert.match(ha.script, /ensure_service keepalived "\$KEEPALIVED_CHANGED"/);
    });

    it("passes shellcheck and bash -n", () => {
        execFileSync("bash", ["-n"], { input: bundle.script });
        execFileSync("shellcheck", ["-s", "bash", "-"], { input: bundle.script });
    });

    it("renders a site nginx -t accepts", function () {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "app-site-"));
        try {
            const site = bundle.files[1].content.replace(/listen 8081/, "listen 127.0.0.1:8081");
            fs.writeFileSync(path.join(dir, "site.conf"), site);
            fs.writeFileSync(
                path.join(dir, "nginx.conf"),
                `pid ${dir}/nginx.pid;\nerror_log stderr;\nevents {}\nhttp {\n    access_log off;\n    include ${dir}/site.conf;\n}\n`,
            );
            execFileSync("nginx", ["-t", "-q", "-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", "stderr"], { stdio: "pipe" });
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it("hands Cloud Assistant the script base64 inside a one-line sh wrapper", () => {
        const wrapper = Buffer.from(cloudAssistantContent(bundle.script), "base64").toString("utf8");
        const [, payload] = /^#!\/bin\/sh\nset -e\necho '([A-Za-z0-9+/=]+)' \| base64 -d \| bash -s\n$/.exec(wrapper)!;
        assert.equal(Buffer.from(payload, "base64").toString("utf8"), bundle.script);
    });

    it("names every problem of its arguments", () => {
        const nodes = [{ name: "web 1", instanceId: "i-1", privateIp: "10.0.0.10" }];
        assert.deepEqual(validateProvisionWebNodesArgs({ nodes, via: ProvisionVia.JumpHost, timeoutSeconds: 30 }), [
            'nodes[0].name: "web 1" is not a node name; use 1 to 63 letters, digits, ".", "_" or "-", starting with a letter or digit',
            "via: JumpHost needs login.jumpHost; set the jump host, or use CloudAssistant",
            "nodes[0].hostKey: not set; pin the machine's SSH host public key (ssh-ed25519 AAAA...), generated in the program or read on the host itself, so no connection trusts whoever answers",
            "timeoutSeconds: 30 is out of range; use a whole number from 60 to 86400",
        ]);
        assert.deepEqual(validateProvisionWebNodesArgs({ nodes: [], via: ProvisionVia.JumpHost, login: { password: "pw", jumpHost: { host: "203.0.113.9" } as never } }), [
            "login.jumpHost.hostKey: not set; pin the machine's SSH host public key (ssh-ed25519 AAAA...), generated in the program or read on the host itself, so no connection trusts whoever answers",
        ]);
        assert.deepEqual(validateProvisionWebNodesArgs({ nodes: [], via: ProvisionVia.JumpHost, login: { jumpHost: { host: "203.0.113.9", hostKey: JUMP_HOST_KEY } } }), [
            "login: has neither privateKey nor password; pass one from secret config or the generated node password",
        ]);
        assert.deepEqual(validateProvisionWebNodesArgs({ nodes: [], via: ProvisionVia.CloudAssistant }), []);
    });
});
