import { DocumentedResourcePolicy } from "../support/documentedPolicy";
import { describeFamilies, isOpenWhitelistEntry, parseSource, whitelistEntries, worldFamilies } from "../support/addresses";
import { ResourceTypes as T } from "../support/resourceTypes";
import { validateResourceOfTypes } from "../support/validateOfType";

/** The whitelist input of each type that has one. */
type WhitelistInputs = Record<string, string>;

function whitelistPolicy(name: string, product: string, inputs: WhitelistInputs): DocumentedResourcePolicy {
    const names = [...new Set(Object.values(inputs))].map((i) => `\`${i}\``).join(" / ");
    return {
        name,
        description: `${product} whitelists (${names}) must not admit every address: 0.0.0.0/0 or ::/0 however written, the bare 0.0.0.0, or entries that together cover all of IPv4 or IPv6.`,
        rationale: `Such a whitelist admits the whole internet to the ${product} endpoint, leaving only the password between the data and everyone; Checkov, KICS and InfraGuard all count the bare 0.0.0.0 as public too.`,
        enforcementLevel: "mandatory",
        severity: "critical",
        remediationSteps: `List only the private blocks of the vSwitches (or the ECS addresses) that use the ${product} instance, and reach it from outside through a bastion or VPN, never through a world-open whitelist.`,
        validateResource: validateResourceOfTypes<Record<string, unknown>>(Object.keys(inputs), (props, args, reportViolation) => {
            const input = inputs[args.type];
            const entries = whitelistEntries(props[input]);
            const open = entries.filter(isOpenWhitelistEntry);
            if (open.length > 0) {
                reportViolation(`${input} contains ${open.join(", ")}, which admits every address.`);
                return;
            }
            const families = worldFamilies(entries.map(parseSource));
            if (families.length > 0) {
                reportViolation(`${input} entries ${entries.join(", ")} together cover ${describeFamilies(families)}, which admits every address.`);
            }
        }),
    };
}

/** RDS whitelists never admit the internet. */
export const rdsWhitelistNoPublic = whitelistPolicy("rds-whitelist-no-public", "RDS", {
    [T.rdsInstance]: "securityIps",
    [T.rdsReadOnlyInstance]: "securityIps",
    [T.rdsCloneDbInstance]: "securityIps",
    [T.rdsUpgradeDbInstance]: "securityIps",
    [T.rdsDdrInstance]: "securityIps",
    [T.rdsWhitelistTemplate]: "ipWhiteList",
});

/** Redis (KVStore, Tair) whitelists never admit the internet. */
export const redisWhitelistNoPublic = whitelistPolicy("redis-whitelist-no-public", "Redis (KVStore, Tair)", {
    [T.redisInstance]: "securityIps",
    [T.tairInstance]: "securityIps",
});
