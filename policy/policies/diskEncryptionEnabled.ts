import { ResourceTypes } from "../support/resourceTypes";
import { validateResourceOfTypes } from "../support/validateOfType";
import { DocumentedResourcePolicy } from "../support/documentedPolicy";

interface DiskProps {
    encrypted?: boolean;
}

interface InstanceDiskProps {
    systemDiskEncrypted?: boolean;
    dataDisks?: Array<{ name?: string; encrypted?: boolean }>;
}

/** Disks should be encrypted at rest. */
export const diskEncryptionEnabled: DocumentedResourcePolicy = {
    name: "disk-encryption-enabled",
    description:
        "Cloud disks should be encrypted at rest: `encrypted` on ECS disks, and `systemDiskEncrypted` plus `encrypted` on each data disk of an ECS instance.",
    rationale: "Encryption at rest protects snapshots and images made from a disk; it can only be chosen when the disk is created.",
    enforcementLevel: "advisory",
    severity: "medium",
    remediationSteps:
        "Set `encrypted: true` on `alicloud.ecs.Disk` / `EcsDisk`, and `systemDiskEncrypted: true` and `dataDisks[].encrypted: true` on `alicloud.ecs.Instance` (optionally with your own KMS key). Encryption is chosen at creation: existing disks are replaced.",
    validateResource: [
        validateResourceOfTypes<DiskProps>([ResourceTypes.ecsDisk, ResourceTypes.ecsEcsDisk], (disk, _args, reportViolation) => {
            if (disk.encrypted !== true) {
                reportViolation("The disk is not encrypted (encrypted is not true).");
            }
        }),
        validateResourceOfTypes<InstanceDiskProps>([ResourceTypes.ecsInstance], (instance, _args, reportViolation) => {
            if (instance.systemDiskEncrypted !== true) {
                reportViolation("The system disk is not encrypted (systemDiskEncrypted is not true).");
            }
            (instance.dataDisks ?? []).forEach((disk, index) => {
                if (disk.encrypted !== true) {
                    reportViolation(`Data disk ${disk.name ?? index} is not encrypted (encrypted is not true).`);
                }
            });
        }),
    ],
};
