import { PolicyPackArgs } from "@pulumi/policy";
import { policies } from "./policies";

/** The pack's name, as `pulumi preview --policy-pack` reports it. */
export const packName = "alicloud-blueprints";

/** The pack's arguments; kept apart from index.ts, which starts the policy server when loaded. */
export const packArgs: PolicyPackArgs = {
    policies,
    displayName: "Alibaba Cloud blueprints",
    description:
        "Guardrails for Alibaba Cloud stacks: no auto-assigned public IPs, non-overlapping VPC, vSwitch and CEN address space, no world-open admin ports or databases, and an advisory encryption and deletion-protection baseline.",
    provider: "alicloud",
    tags: ["alicloud", "security", "network"],
    enforcementLevel: "advisory",
};
