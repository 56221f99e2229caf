import { DocumentedPolicy } from "../support/documentedPolicy";
import { cenAttachedCidrsNoOverlap } from "./cenAttachedCidrsNoOverlap";
import { databaseNoPublicEndpoint } from "./databaseNoPublicEndpoint";
import { rdsWhitelistNoPublic, redisWhitelistNoPublic } from "./databaseWhitelistNoPublic";
import { deletionProtectionEnabled } from "./deletionProtectionEnabled";
import { diskEncryptionEnabled } from "./diskEncryptionEnabled";
import { ecsInstanceNoPublicIp } from "./ecsInstanceNoPublicIp";
import { loadBalancerInternetFacing } from "./loadBalancerInternetFacing";
import { rdsSslEnabled } from "./rdsSslEnabled";
import { redisRequiresPassword } from "./redisRequiresPassword";
import { securityGroupIngressUnionNotPublic } from "./securityGroupIngressUnionNotPublic";
import { securityGroupNoPublicAllPorts } from "./securityGroupNoPublicAllPorts";
import { securityGroupNoPublicSensitivePorts } from "./securityGroupNoPublicSensitivePorts";
import { slbListenerHttps } from "./slbListenerHttps";
import { vpcCidrBlocksValid } from "./vpcCidrBlocksValid";
import { vpcPeerCidrsNoOverlap } from "./vpcPeerCidrsNoOverlap";
import { vswitchCidrInsideVpc } from "./vswitchCidrInsideVpc";
import { vswitchCidrsNoOverlap } from "./vswitchCidrsNoOverlap";

export {
    cenAttachedCidrsNoOverlap,
    databaseNoPublicEndpoint,
    deletionProtectionEnabled,
    diskEncryptionEnabled,
    ecsInstanceNoPublicIp,
    loadBalancerInternetFacing,
    rdsSslEnabled,
    rdsWhitelistNoPublic,
    redisRequiresPassword,
    redisWhitelistNoPublic,
    securityGroupIngressUnionNotPublic,
    securityGroupNoPublicAllPorts,
    securityGroupNoPublicSensitivePorts,
    slbListenerHttps,
    vpcCidrBlocksValid,
    vpcPeerCidrsNoOverlap,
    vswitchCidrInsideVpc,
    vswitchCidrsNoOverlap,
};

/** Every policy of the pack, mandatory ones first; the README table follows this order. */
export const policies: DocumentedPolicy[] = [
    ecsInstanceNoPublicIp,
    vpcCidrBlocksValid,
    vswitchCidrInsideVpc,
    vswitchCidrsNoOverlap,
    cenAttachedCidrsNoOverlap,
    vpcPeerCidrsNoOverlap,
    securityGroupNoPublicSensitivePorts,
    securityGroupNoPublicAllPorts,
    securityGroupIngressUnionNotPublic,
    rdsWhitelistNoPublic,
    redisWhitelistNoPublic,
    redisRequiresPassword,
    databaseNoPublicEndpoint,
    loadBalancerInternetFacing,
    rdsSslEnabled,
    diskEncryptionEnabled,
    deletionProtectionEnabled,
    slbListenerHttps,
];
