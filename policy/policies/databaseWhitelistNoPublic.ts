import { isWorldBlock, whitelistEntries } from "../support/addresses";
import { ResourceTypes } from "../support/resourceTypes";
import { validateResourceOfTypes } from "../support/validateOfType";
import { DocumentedResourcePolicy } from "../support/documentedPolicy";

interface WhitelistProps {
    securityIps?: string[];
}

function whitelistPolicy(name: string, product: string, type: string): DocumentedResourcePolicy {
    return {
        name,
        description: `${product} whitelists (\`securityIps\`) must not contain 0.0.0.0/0.`,
        rationale: `0.0.0.0/0 admits the whole internet to the ${product} endpoint, leaving only the password between the data and everyone.`,
        enforcementLevel: "mandatory",
        severity: "critical",
        remediationSteps: `List only the private blocks of the vSwitches (or the ECS addresses) that use the ${product} instance in \`securityIps\`, and reach it from outside through a bastion or VPN, never through a world-open whitelist.`,
        validateResource: validateResourceOfTypes<WhitelistProps>([type], (instance, _args, reportViolation) => {
            const open = whitelistEntries(instance.securityIps).filter(isWorldBlock);
            if (open.length > 0) {
                reportViolation(`securityIps contains ${open.join(", ")}, which admits every address.`);
            }
        }),
    };
}

/** RDS whitelists never admit the internet. */
export const rdsWhitelistNoPublic = whitelistPolicy("rds-whitelist-no-public", "RDS", ResourceTypes.rdsInstance);

/** Redis (KVStore) whitelists never admit the internet. */
export const redisWhitelistNoPublic = whitelistPolicy("redis-whitelist-no-public", "Redis (KVStore)", ResourceTypes.redisInstance);
