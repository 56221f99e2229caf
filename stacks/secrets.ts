import * as pulumi from "@pulumi/pulumi";
import { projectNamespace } from "./catalog";

// The runtime's own record of which config keys are secret (`pulumi config set --secret`).
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { isConfigSecret } = require("@pulumi/pulumi/runtime/config") as { isConfigSecret(key: string): boolean };

/** The secret key SSH provisioning logs in with. */
export const sshPrivateKeyKey = "sshPrivateKey";

/** An account's own AccessKey pair: `<account>AccessKey` and `<account>SecretKey`. */
export const accountKeySuffixes = ["AccessKey", "SecretKey"] as const;

/** How to set a secret key, for messages. */
export function setSecretHint(key: string): string {
    const value = key === sshPrivateKeyKey ? "< ~/.ssh/id_ed25519" : key.endsWith("SecretKey") ? "<AccessKey secret>" : "<AccessKey ID>";
    return `\`pulumi config set --secret ${projectNamespace}:${key} ${value}\``;
}

/** The secret config key an argument of a blueprint comes from (`sshPrivateKey`, `<account>AccessKey`, ...). */
export function secretKeyOf(argPath: string, accountName?: string): string {
    if (argPath.endsWith(".accessKey")) return `${accountName ?? "<account>"}AccessKey`;
    if (argPath.endsWith(".secretKey")) return `${accountName ?? "<account>"}SecretKey`;
    return argPath;
}

/** A problem when a secret key was set in plain text. */
export function plainSecretProblem(key: string): string | undefined {
    if (isConfigSecret(`${projectNamespace}:${key}`)) {
        return undefined;
    }
    return `${projectNamespace}:${key}: is set in plain text, but it is a secret; run \`pulumi config rm ${projectNamespace}:${key}\`, then ${setSecretHint(key)}`;
}

/** The secret value of a key, when set. */
export function secretValue(config: pulumi.Config, key: string): pulumi.Output<string> | undefined {
    return config.getSecret(key);
}
