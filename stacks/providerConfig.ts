import * as pulumi from "@pulumi/pulumi";
import * as providerVars from "@pulumi/alicloud/config/vars";
import { isRegionId, regionProblem } from "alicloud-blueprints";
import { namespaceKeyProblems } from "./secrets";

/** The Alibaba Cloud provider's config namespace. */
const namespace = "alicloud";

/** The keys the provider reads from `alicloud:*` config, as its SDK declares them (one getter each). */
export const providerConfigKeys: readonly string[] = Object.keys(providerVars).sort();

/** The provider's credentials, secret config like the blueprints' own (README: `pulumi config set --secret alicloud:accessKey`). */
const credentialKeys = ["accessKey", "secretKey", "securityToken"];

/**
 * Problems with the provider's own config: a key it does not know (the bridged provider fails the
 * preview on it, "`alicloud:x` is not a valid configuration key for the alicloud provider",
 * pulumi/pulumi-terraform-bridge#2582; here with the closest key as a hint) and credentials in plain text.
 */
export function providerConfigProblems(): string[] {
    return namespaceKeyProblems(namespace, providerConfigKeys, credentialKeys);
}

/**
 * `alicloud:region`, checked against the provider's region list, unless `alicloud:skipRegionValidation`
 * (or ALICLOUD_SKIP_REGION_VALIDATION, the provider's own switch) lets a region newer than the list through.
 */
export function readRegion(problems: string[]): string | undefined {
    const config = new pulumi.Config(namespace);
    const region = config.get("region");
    if (region === undefined) {
        problems.push(`${namespace}:region: is required and not set; run \`pulumi config set ${namespace}:region cn-hangzhou\` (or your region)`);
        return undefined;
    }
    const skip = (config.get("skipRegionValidation") ?? process.env.ALICLOUD_SKIP_REGION_VALIDATION ?? "").trim().toLowerCase();
    const problem = regionProblem(`${namespace}:region`, region, skip === "true" || skip === "1");
    if (problem !== undefined) {
        problems.push(isRegionId(region) ? `${problem} (for a region newer than that list, \`pulumi config set ${namespace}:skipRegionValidation true\`)` : problem);
        return undefined;
    }
    return region;
}
