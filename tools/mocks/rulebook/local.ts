/**
 * Resources that make no Alibaba Cloud API call of their own: generated passwords (@pulumi/random),
 * generated SSH host keys (@pulumi/tls), commands run over SSH (@pulumi/command), and the explicit Alibaba providers of a multi-account
 * program, whose assume-role is an STS call the deploy role must be allowed.
 */
import { cloudRule, doc, oneOf, providerLine } from "./sources";
import { ResourceEntry } from "./types";

/** AssumeRole: the caller needs sts:AssumeRole on the role, and the role must trust the caller's account. */
export const assumeRoleDoc = doc("https://www.alibabacloud.com/help/en/ram/developer-reference/api-sts-2015-04-01-assumerole", "read 2026-12-01");

/** A provider's assume-role block (the SDK sends a provider's object inputs as JSON text). */
export function assumedRole(inputs: Record<string, any>): { roleArn?: string; sessionName?: string } | undefined {
    const value = inputs.assumeRole;
    return typeof value === "string" ? (JSON.parse(value) as { roleArn?: string }) : value;
}

export const localResources: ResourceEntry[] = [
    { type: "random:index/randomPassword:RandomPassword", ram: [], rules: [] },
    { type: "tls:index/privateKey:PrivateKey", ram: [], rules: [] },
    { type: "command:remote:Command", ram: [], rules: [] },
    {
        type: "pulumi:providers:alicloud",
        terraform: "provider",
        file: "provider.go",
        // Only when it assumes a role; see rolesAssumed() in ramPolicy.ts.
        ram: [],
        rules: [
            oneOf("accountType", ["Domestic", "International"], providerLine("provider.go", 86)),
            cloudRule("assume-role-arn-shape", assumeRoleDoc, (inputs) => {
                const arn = assumedRole(inputs)?.roleArn;
                return arn === undefined || /^acs:ram::\d+:role\/[A-Za-z0-9.\-_/]+$/.test(arn)
                    ? undefined
                    : `assumeRole.roleArn: "${arn}" is not a RAM role ARN; write acs:ram::<accountId>:role/<roleName>`;
            }, { assumeRole: JSON.stringify({ roleArn: "arn:aws:iam::1:role/x" }) }),
        ],
    },
];
