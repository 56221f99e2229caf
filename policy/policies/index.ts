import { DocumentedPolicy } from "../support/documentedPolicy";
import { cenAttachedCidrsNoOverlap } from "./cenAttachedCidrsNoOverlap";
import { rdsWhitelistNoPublic, redisWhitelistNoPublic } from "./databaseWhitelistNoPublic";
import { deletionProtectionEnabled } from "./deletionProtectionEnabled";
import { diskEncryptionEnabled } from "./diskEncryptionEnabled";
import { ecsInstanceNoPublicIp } from "./ecsInstanceNoPublicIp";
import { rdsSslEnabled } from "./rdsSslEnabled";
import { redisRequiresPassword } from "./redisRequiresPassword";
import { securityGroupNoPublicAdminPorts } from "./securityGroupNoPublicAdminPorts";
import { securityGroupNoPublicAllPorts } from "./securityGroupNoPublicAllPorts";
import { slbListenerHttps } from "./slbListenerHttps";
import { vswitchCidrInsideVpc } from "./vswitchCidrInsideVpc";
import { vswitchCidrsNoOverlap } from "./vswitchCidrsNoOverlap";

export {
    cenAttachedCidrsNoOverlap,
    deletionProtectionEnabled,
    diskEncryptionEnabled,
    ecsInstanceNoPublicIp,
    rdsSslEnabled,
    rdsWhitelistNoPublic,
    redisRequiresPassword,
    redisWhitelistNoPublic,
    securityGroupNoPublicAdminPorts,
    securityGroupNoPublicAllPorts,
    slbListenerHttps,
    vswitchCidrInsideVpc,
    vswitchCidrsNoOverlap,
};

/** Every policy of the pack, mandatory ones first; the README table follows this order. */
export const policies: DocumentedPolicy[] = [
    ecsInstanceNoPublicIp,
    vswitchCidrInsideVpc,
    vswitchCidrsNoOverlap,
    cenAttachedCidrsNoOverlap,
    securityGroupNoPublicAdminPorts,
    securityGroupNoPublicAllPorts,
    rdsWhitelistNoPublic,
    redisWhitelistNoPublic,
    redisRequiresPassword,
    rdsSslEnabled,
    diskEncryptionEnabled,
    deletionProtectionEnabled,
    slbListenerHttps,
];
