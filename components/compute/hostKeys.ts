/**
 * SSH host keys generated in the program: each node's key is installed at first boot through the
 * instance's user data (cloud-init `ssh_keys`), and its public half is pinned in every remote
 * command's connection (`hostKey`), so provisioning never trusts whoever answers first.
 */
import * as pulumi from "@pulumi/pulumi";
import * as tls from "@pulumi/tls";
import { stringify } from "yaml";

/** A node's host key: the secret key (for user data) and the public key to pin. */
export interface NodeHostKey {
    /** The generated ED25519 key; its private halves are secret outputs of @pulumi/tls. */
    key: tls.PrivateKey;
    /** `ssh-ed25519 AAAA...`: what `remote.Command`'s `connection.hostKey` pins. */
    publicKey: pulumi.Output<string>;
    /** The cloud-config that installs the key at first boot, base64-encoded for `ecs.Instance.userData`; secret. */
    userData: pulumi.Output<string>;
}

/**
 * The cloud-config (cloud-init `ssh_keys` module) that installs an ED25519 host key at first boot
 * and deletes the keys baked into the image. cloud-init runs this module once per instance.
 */
export function renderHostKeyCloudConfig(privateKeyOpenssh: string, publicKeyOpenssh: string): string {
    const config = {
        ssh_deletekeys: true,
        ssh_keys: {
            ed25519_private: privateKeyOpenssh.endsWith("\n") ? privateKeyOpenssh : `${privateKeyOpenssh}\n`,
            ed25519_public: publicKeyOpenssh.trim(),
        },
    };
    return `#cloud-config\n# SSH host key pinned by the provisioning commands (alicloud-blueprints).\n${stringify(config, { lineWidth: 0 })}`;
}

/** Generates the host key of node `nodeName` (`<name>-<node>-host-key`) and its user data. */
export function createHostKey(name: string, nodeName: string, parent: pulumi.Resource): NodeHostKey {
    const key = new tls.PrivateKey(`${name}-${nodeName}-host-key`, { algorithm: "ED25519" }, { parent });
    const userData = pulumi
        .all([key.privateKeyOpenssh, key.publicKeyOpenssh])
        .apply(([privateKey, publicKey]) => Buffer.from(renderHostKeyCloudConfig(privateKey, publicKey), "utf8").toString("base64"));
    return { key, publicKey: key.publicKeyOpenssh.apply((k) => k.trim()), userData: pulumi.secret(userData) };
}
