/**
 * Host-key pinning with a real OpenSSH server: the key HaVipPair generates for a node (here from the
 * realistic mocks) is taken out of the rendered first-boot user data and given to sshd in a network
 * namespace this test creates; a client that pins the public key the node's remote command pins
 * logs in, and a client pinning any other key is refused before it authenticates. The client is
 * OpenSSH with the same rules as @pulumi/command's (one fixed key, that key's algorithm only).
 */
import { strict as assert } from "node:assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse as parseYaml } from "yaml";
import { HaVipPair } from "alicloud-blueprints";
import { MockedRun, plainInputs } from "../../tools/mocks";
import { ed25519PrivateKeyState } from "../../tools/mocks/hostKeys";
import { valueOf } from "../support/outputs";
import { must, requireHaLab, run, waitFor } from "./harness";

const PORT = 2222;

/** The user data and pinned key of node1, as the component renders them. */
async function renderedNode1(): Promise<{ cloudConfig: string; pinnedKey: string }> {
    const mocked = new MockedRun();
    const pair = new HaVipPair("web", { adminCidrs: ["198.51.100.7/32"] });
    await valueOf(pair.nodes);
    await mocked.settled();
    const instance = mocked.ofType("alicloud:ecs/instance:Instance").find((r) => r.name === "web-node1")!;
    const command = mocked.ofType("command:remote:Command").find((r) => r.name === "web-provision-node1")!;
    return {
        cloudConfig: Buffer.from(plainInputs(instance).userData, "base64").toString("utf8"),
        pinnedKey: plainInputs(command).connection.hostKey,
    };
}

describe("pinned SSH host keys against a real sshd", function () {
    this.timeout(30_000);
    const ns = `kab${process.pid}k`;
    let dir: string | undefined;
    let pinnedKey = "";

    before(async function () {
        requireHaLab(this);
        const rendered = await renderedNode1();
        pinnedKey = rendered.pinnedKey;
        const hostKey: string = parseYaml(rendered.cloudConfig).ssh_keys.ed25519_private;
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "kab-sshd-"));
        fs.writeFileSync(path.join(dir, "host_ed25519"), hostKey, { mode: 0o600 });
        await must("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", path.join(dir, "client")]);
        fs.copyFileSync(path.join(dir, "client.pub"), path.join(dir, "authorized_keys"));
        fs.mkdirSync("/run/sshd", { recursive: true, mode: 0o755 }); // sshd's privilege-separation directory
        await must("ip", ["netns", "add", ns]);
        await must("ip", ["-n", ns, "link", "set", "lo", "up"]);
        await must("ip", ["netns", "exec", ns, "/usr/sbin/sshd", "-f", "/dev/null", "-h", path.join(dir, "host_ed25519"),
            "-o", `ListenAddress=127.0.0.1:${PORT}`, "-o", `PidFile=${path.join(dir, "sshd.pid")}`,
            "-o", `AuthorizedKeysFile=${path.join(dir, "authorized_keys")}`, "-o", "StrictModes=no",
            "-o", "PasswordAuthentication=no", "-o", "KbdInteractiveAuthentication=no", "-o", "UsePAM=no"]);
        await waitFor("sshd to write its pid file", async () => (fs.existsSync(path.join(dir!, "sshd.pid")) ? true : undefined), { timeoutMs: 5_000 });
    });

    after(async () => {
        if (dir && fs.existsSync(path.join(dir, "sshd.pid"))) {
            process.kill(Number(fs.readFileSync(path.join(dir, "sshd.pid"), "utf8")), "SIGTERM");
        }
        await run("ip", ["netns", "del", ns]);
        if (dir) {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    /** `ssh` into the namespace's sshd trusting only `knownKey` for it; returns exit code and stderr. */
    async function connect(knownKey: string): Promise<{ code: number; stderr: string; stdout: string }> {
        const knownHosts = path.join(dir!, "known_hosts");
        fs.writeFileSync(knownHosts, `[127.0.0.1]:${PORT} ${knownKey}\n`);
        return run("ip", ["netns", "exec", ns, "ssh", "-p", String(PORT), "-i", path.join(dir!, "client"),
            "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes",
            "-o", `UserKnownHostsFile=${knownHosts}`, "-o", "GlobalKnownHostsFile=/dev/null",
            "-o", `HostKeyAlgorithms=${knownKey.split(" ")[0]}`, "-o", "ConnectTimeout=5",
            `${os.userInfo().username}@127.0.0.1`, "echo pinned-ok"], { timeoutMs: 15_000 });
    }

    it("the key in the user data is the key the remote command pins", async () => {
        const { cloudConfig } = await renderedNode1();
        assert.equal(parseYaml(cloudConfig).ssh_keys.ed25519_public, pinnedKey);
        assert.match(pinnedKey, /^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/]{43}$/);
    });

    it("a client pinning the rendered host key connects", async () => {
        const result = await connect(pinnedKey);
        assert.equal(result.code, 0, result.stderr);
        assert.equal(result.stdout.trim(), "pinned-ok");
    });

    it("a client pinning another key is refused before it logs in", async () => {
        const other = ed25519PrivateKeyState("some-other-node").publicKeyOpenssh.trim();
        const result = await connect(other);
        assert.equal(result.code, 255);
        assert.match(result.stderr, /REMOTE HOST IDENTIFICATION HAS CHANGED|Host key verification failed/);
        assert.doesNotMatch(result.stdout, /pinned-ok/);
    });
});
