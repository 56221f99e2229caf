import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { ResolvedAccount, ResolvedCenMeshArgs } from "./args";

/** How a provider authenticates: keys (secret), a role to assume, or the ambient credentials. */
export interface AccountCredentials {
    accessKey?: pulumi.Input<string>;
    secretKey?: pulumi.Input<string>;
    roleArn?: string;
}

/** The default role of a member account: `acs:ram::<accountId>:role/<roleName>`. */
export function defaultRoleArn(accountId: string, roleName: string): string {
    return `acs:ram::${accountId}:role/${roleName}`;
}

/**
 * The credentials of one account's provider. An account's own keys win; otherwise a non-owner
 * assumes its role (explicit ARN, or the default role name) with the owner's keys, or with the
 * ambient credentials (environment, profile) when the owner has none. The owner uses its keys,
 * its ARN, or the ambient credentials.
 */
export function accountCredentials(account: ResolvedAccount, owner: ResolvedAccount, roleName: string): AccountCredentials {
    const isOwner = account.name === owner.name;
    const ownKeys = account.accessKey !== undefined && account.secretKey !== undefined;
    const keysOf = (a: ResolvedAccount) => ({ accessKey: a.accessKey, secretKey: a.secretKey });
    const keys = ownKeys ? keysOf(account) : isOwner ? {} : keysOf(owner);
    const roleArn = account.assumeRoleArn ?? (isOwner || ownKeys ? undefined : defaultRoleArn(account.accountId, roleName));
    return { ...keys, roleArn };
}

/** RAM session names: 2 to 64 of letters, digits and `.@-_`. */
function sessionName(meshName: string, accountName: string): string {
    return `${meshName}-${accountName}`.replace(/[^A-Za-z0-9.@_-]/g, "-").slice(0, 64);
}

/**
 * One explicit `alicloud.Provider` per account, keyed by account name, each pinned to the mesh
 * region and the account ID. Keys are wrapped in `pulumi.secret` so they stay secret in state.
 */
export function createAccountProviders(
    name: string,
    args: ResolvedCenMeshArgs,
    owner: ResolvedAccount,
    parent: pulumi.Resource,
): Map<string, alicloud.Provider> {
    const providers = new Map<string, alicloud.Provider>();
    for (const account of args.accounts) {
        const credentials = accountCredentials(account, owner, args.assumeRoleName);
        providers.set(
            account.name,
            new alicloud.Provider(
                `${name}-${account.name}`,
                {
                    region: args.region,
                    accountId: account.accountId,
                    accessKey: credentials.accessKey === undefined ? undefined : pulumi.secret(credentials.accessKey),
                    secretKey: credentials.secretKey === undefined ? undefined : pulumi.secret(credentials.secretKey),
                    assumeRole:
                        credentials.roleArn === undefined
                            ? undefined
                            : { roleArn: credentials.roleArn, sessionName: sessionName(name, account.name) },
                },
                { parent },
            ),
        );
    }
    return providers;
}
