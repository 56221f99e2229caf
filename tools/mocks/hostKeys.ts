/**
 * What @pulumi/tls's PrivateKey returns for an ED25519 key, computed for real: a key pair derived
 * from the resource id (same program, same key), serialized as OpenSSH does (PROTOCOL.key), so a
 * test can hand the private key to a real sshd and the public key to a real client.
 */
import { createHash, createPrivateKey, createPublicKey } from "node:crypto";

function sshString(value: Buffer | string): Buffer {
    const body = typeof value === "string" ? Buffer.from(value, "utf8") : value;
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length);
    return Buffer.concat([length, body]);
}

function uint32(value: number): Buffer {
    const out = Buffer.alloc(4);
    out.writeUInt32BE(value);
    return out;
}

function wrap(base64: string, width: number): string {
    return base64.match(new RegExp(`.{1,${width}}`, "g"))!.join("\n");
}

/** The computed state of a `tls:index/privateKey:PrivateKey` with `algorithm: "ED25519"`. */
export function ed25519PrivateKeyState(seedText: string): Record<string, string> {
    const seed = createHash("sha256").update(seedText).digest();
    // PKCS#8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410).
    const pkcs8 = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), seed]);
    const privateKey = createPrivateKey({ key: pkcs8, format: "der", type: "pkcs8" });
    const publicKey = createPublicKey(privateKey);
    const rawPublic = Buffer.from(publicKey.export({ format: "jwk" }).x!, "base64url");
    const publicBlob = Buffer.concat([sshString("ssh-ed25519"), sshString(rawPublic)]);
    const check = seed.readUInt32BE(0);
    let privateBlock = Buffer.concat([
        uint32(check), uint32(check), sshString("ssh-ed25519"), sshString(rawPublic),
        sshString(Buffer.concat([seed, rawPublic])), sshString(""),
    ]);
    const padding = Array.from({ length: (8 - (privateBlock.length % 8)) % 8 }, (_, i) => i + 1);
    privateBlock = Buffer.concat([privateBlock, Buffer.from(padding)]);
    const openssh = Buffer.concat([
        Buffer.from("openssh-key-v1\0", "latin1"), sshString("none"), sshString("none"), sshString(""),
        uint32(1), sshString(publicBlob), sshString(privateBlock),
    ]);
    const fingerprint = createHash("sha256").update(publicBlob).digest("base64").replace(/=+$/, "");
    return {
        algorithm: "ED25519",
        privateKeyOpenssh: `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(openssh.toString("base64"), 70)}\n-----END OPENSSH PRIVATE KEY-----\n`,
        privateKeyPem: privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
        privateKeyPemPkcs8: privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
        publicKeyOpenssh: `ssh-ed25519 ${publicBlob.toString("base64")}\n`,
        publicKeyPem: publicKey.export({ format: "pem", type: "spki" }).toString(),
        publicKeyFingerprintSha256: `SHA256:${fingerprint}`,
        publicKeyFingerprintMd5: createHash("md5").update(publicBlob).digest("hex").match(/../g)!.join(":"),
    };
}
