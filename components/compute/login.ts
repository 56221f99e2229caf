import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import * as random from "@pulumi/random";

/** How the nodes accept logins: a generated password, a key pair, or both. */
export interface NodeLogin {
    /** The generated root password, secret; undefined when password login is off. */
    password?: pulumi.Output<string>;
    /** The ECS key pair name, when an SSH public key was given. */
    keyPairName?: pulumi.Output<string>;
}

export interface NodeLoginRequest {
    /** Whether to generate a root password. */
    passwordLogin: boolean;
    /** An OpenSSH public key to install as an ECS key pair. */
    sshPublicKey?: pulumi.Input<string>;
    tags: { [key: string]: string };
}

/** The special characters ECS accepts in an instance password. */
const ecsPasswordSpecials = "!#$%^&*()-_=+[]{}<>:?";

/**
 * Creates the login material. The password is generated with @pulumi/random and kept secret end
 * to end; it meets ECS's rule of 8-30 characters from at least three character classes.
 * `provider` is the account's Alibaba provider (the key pair belongs to that account); the
 * password is generated locally and needs none.
 */
export function createNodeLogin(
    name: string,
    request: NodeLoginRequest,
    parent: pulumi.Resource,
    provider?: pulumi.ProviderResource,
): NodeLogin {
    const login: NodeLogin = {};
    if (request.passwordLogin) {
        const generated = new random.RandomPassword(
            `${name}-password`,
            { length: 20, special: true, overrideSpecial: ecsPasswordSpecials, minLower: 2, minUpper: 2, minNumeric: 2, minSpecial: 2 },
            { parent },
        );
        login.password = pulumi.secret(generated.result);
    }
    if (request.sshPublicKey !== undefined) {
        const keyPair = new alicloud.ecs.EcsKeyPair(
            `${name}-key`,
            { keyPairName: `${name}-key`, publicKey: request.sshPublicKey, tags: request.tags },
            { parent, provider },
        );
        login.keyPairName = keyPair.keyPairName;
    }
    return login;
}
