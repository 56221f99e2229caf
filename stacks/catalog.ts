import * as pulumi from "@pulumi/pulumi";
import {
    AppTier,
    appTierArgsSpec,
    BlueprintArgsSpec,
    CenMesh,
    cenMeshArgsSpec,
    clusterArgsSpec,
    HaVipPair,
    havipPairArgsSpec,
    SingleAccountCluster,
} from "alicloud-blueprints";

/** The project's config namespace (the `name` in Pulumi.yaml). */
export const projectNamespace = "alicloud-blueprints";

/** One blueprint a stack can build: its config key, its component, and what the stack adds. */
export interface BlueprintEntry {
    /** The component's name (its schema entry) and how it reads and checks its arguments. */
    spec: BlueprintArgsSpec<any, unknown>;
    /** Creates the component, named `<stack>-<suffix>`. */
    create(name: string, args: any): pulumi.ComponentResource;
    suffix: string;
    /**
     * Arguments that come from secret config keys, never from the blueprint's object (paths as
     * `jumpHost.privateKey` or `accounts[].accessKey`); the key is the path's words in camelCase, a list
     * item named by its `name` (`jumpHostPrivateKey`, `masterAccessKey`).
     */
    secretArgs: readonly string[];
    /** Stack outputs computed from the component's own outputs (the rest are exported as they are). */
    extraOutputs?(component: any): Record<string, pulumi.Output<unknown>>;
}

/** The secrets of SSH provisioning: the nodes' private key, and the jump host's own key or password. */
const sshSecretArgs = ["sshPrivateKey", "jumpHost.privateKey", "jumpHost.password"];

const urlOf = (address: pulumi.Output<string | undefined>) => address.apply((a) => (a ? `http://${a}/` : undefined));

/** Every blueprint, by its config key `alicloud-blueprints:<key>`, in build order. */
export const blueprintCatalog = {
    cluster: {
        spec: clusterArgsSpec,
        create: (name, args) => new SingleAccountCluster(name, args),
        suffix: "cluster",
        secretArgs: [],
    },
    havipPair: {
        spec: havipPairArgsSpec,
        create: (name, args) => new HaVipPair(name, args),
        suffix: "havip",
        secretArgs: sshSecretArgs,
        extraOutputs: (pair: HaVipPair) => ({ url: urlOf(pair.eipAddress) }),
    },
    cenMesh: {
        spec: cenMeshArgsSpec,
        create: (name, args) => new CenMesh(name, args),
        suffix: "mesh",
        secretArgs: ["accounts[].accessKey", "accounts[].secretKey"],
    },
    appTier: {
        spec: appTierArgsSpec,
        create: (name, args) => new AppTier(name, args),
        suffix: "app",
        secretArgs: sshSecretArgs,
        extraOutputs: (tier: AppTier) => ({ url: urlOf(tier.slbAddress) }),
    },
} satisfies Record<string, BlueprintEntry>;

export type BlueprintKey = keyof typeof blueprintCatalog;

export const blueprintKeys = Object.keys(blueprintCatalog) as BlueprintKey[];
