import { ResourceTypes } from "../support/resourceTypes";
import { validateResourceOfTypes } from "../support/validateOfType";
import { DocumentedResourcePolicy } from "../support/documentedPolicy";

interface RdsProps {
    sslAction?: string;
}

/** RDS connections should be encrypted. */
export const rdsSslEnabled: DocumentedResourcePolicy = {
    name: "rds-ssl-enabled",
    description: "RDS instances should turn SSL on (`sslAction: Open`).",
    rationale: "Without SSL, credentials and query results cross the network in clear text.",
    enforcementLevel: "advisory",
    severity: "medium",
    remediationSteps: "Set `sslAction` to `Open` on the `alicloud.rds.Instance` and make clients connect with TLS (and verify the RDS CA).",
    validateResource: validateResourceOfTypes<RdsProps>([ResourceTypes.rdsInstance], (rds, _args, reportViolation) => {
        // "Update" renews the certificate of an instance whose SSL is already on.
        if (rds.sslAction !== "Open" && rds.sslAction !== "Update") {
            reportViolation(`sslAction is ${rds.sslAction === undefined ? "unset" : `"${rds.sslAction}"`}, so connections may be unencrypted.`);
        }
    }),
};
