import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { AppTierArgs, CenMeshArgs, HaVipPairArgs, SingleAccountClusterArgs } from "alicloud-blueprints";
import { configProblemMessages } from "./configProblems";
import { appTierConfigSchema } from "./schemas/appTier";
import { cenMeshConfigSchema } from "./schemas/cenMesh";
import { clusterConfigSchema } from "./schemas/cluster";
import { havipPairConfigSchema } from "./schemas/havipPair";

/** The project's config namespace (the `name` in Pulumi.yaml). */
export const projectNamespace = "alicloud-blueprints";

/** What one stack builds, read from its Pulumi.<stack>.yaml. */
export interface StackConfig {
    region: string;
    cluster?: SingleAccountClusterArgs;
    havipPair?: HaVipPairArgs;
    cenMesh?: CenMeshArgs;
    appTier?: AppTierArgs;
}

/**
 * Thrown for bad stack config: every problem at once, before any resource exists. A RunError, so
 * the engine prints the message without a stack trace.
 */
export class StackConfigError extends pulumi.RunError {
    constructor(readonly problems: readonly string[]) {
        super(`invalid stack configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
        this.name = "StackConfigError";
    }
}

const blueprintSchemas = {
    cluster: clusterConfigSchema,
    havipPair: havipPairConfigSchema,
    cenMesh: cenMeshConfigSchema,
    appTier: appTierConfigSchema,
} as const;

type BlueprintKey = keyof typeof blueprintSchemas;

function readBlueprint<K extends BlueprintKey>(config: pulumi.Config, key: K, problems: string[]): z.infer<(typeof blueprintSchemas)[K]> | undefined {
    const fullKey = `${projectNamespace}:${key}`;
    let raw: unknown;
    try {
        raw = config.getObject<unknown>(key);
    } catch {
        problems.push(`${fullKey}: is not valid YAML/JSON; write it as a mapping of settings`);
        return undefined;
    }
    if (raw === undefined) {
        return undefined;
    }
    const schema = blueprintSchemas[key];
    const parsed = schema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
        problems.push(...configProblemMessages(fullKey, parsed.error.issues, Object.keys(schema.shape)));
        return undefined;
    }
    return parsed.data as z.infer<(typeof blueprintSchemas)[K]>;
}

/** Adds the secret `sshPrivateKey` config, when set, for the provisioning commands. */
function withProvisioningKey<T extends { sshPrivateKey?: pulumi.Input<string> }>(config: pulumi.Config, args: T | undefined): T | undefined {
    const sshPrivateKey = config.getSecret("sshPrivateKey");
    return args && sshPrivateKey ? { ...args, sshPrivateKey } : args;
}

/** Adds each account's AccessKey from the secret keys `<account>AccessKey` / `<account>SecretKey`, when set. */
function withAccountKeys(config: pulumi.Config, args: CenMeshArgs | undefined): CenMeshArgs | undefined {
    if (!args) {
        return undefined;
    }
    const accounts = args.accounts.map((account) => {
        const accessKey = config.getSecret(`${account.name}AccessKey`);
        const secretKey = config.getSecret(`${account.name}SecretKey`);
        return accessKey && secretKey ? { ...account, accessKey, secretKey } : account;
    });
    return { ...args, accounts };
}

/**
 * Reads and checks the stack's config. Missing required values, wrong types, unknown enum values
 * and unknown settings are reported together, each with the fix.
 */
export function readStackConfig(): StackConfig {
    const problems: string[] = [];
    const region = new pulumi.Config("alicloud").get("region");
    if (!region) {
        problems.push("alicloud:region: is required and not set; run `pulumi config set alicloud:region cn-hangzhou` (or your region)");
    }
    const config = new pulumi.Config(projectNamespace);
    const cluster = readBlueprint(config, "cluster", problems);
    const havipPair = withProvisioningKey<HaVipPairArgs>(config, readBlueprint(config, "havipPair", problems));
    const cenMesh = withAccountKeys(config, readBlueprint(config, "cenMesh", problems));
    const appTier = withProvisioningKey<AppTierArgs>(config, readBlueprint(config, "appTier", problems));
    const configured = { cluster, havipPair, cenMesh, appTier };
    if (problems.length === 0 && Object.values(configured).every((value) => value === undefined)) {
        const keys = Object.keys(blueprintSchemas).map((k) => `${projectNamespace}:${k}`);
        problems.push(`this stack configures no blueprint; set at least one of ${keys.join(", ")} (see README)`);
    }
    if (problems.length > 0) {
        throw new StackConfigError(problems);
    }
    return { region: region!, ...configured };
}
