/**
 * Rules that need the whole plan: the order resources are created in, counts across resources, and
 * timeouts set against how long an operation really takes. They read the registrations the mocks
 * recorded (inputs, dependencies and the resource options the engine received).
 */
import type { RecordedResource } from "../run";
import { mapSecrets } from "../secrets";
import { associateHaVipDoc, maxInstancesPerHaVip } from "./havip";
import { resourceEntries } from "./index";
import { doc, providerLine } from "./sources";
import { RuleSource, Violation } from "./types";

const T = {
    instance: "alicloud:ecs/instance:Instance",
    havip: "alicloud:vpc/haVipv2:HaVipv2",
    havipAttachment: "alicloud:vpc/hAVipAttachment:HAVipAttachment",
    eipAssociation: "alicloud:ecs/eipAssociation:EipAssociation",
    command: "alicloud:ecs/command:Command",
    invocation: "alicloud:ecs/ecsInvocation:EcsInvocation",
};

/**
 * Operations that take longer than the provider's default timeout, with why. A resource of the
 * type must set `customTimeouts` at least this long, or a slow but healthy create (or update)
 * fails `pulumi up` and leaves a half-tracked resource behind.
 */
export const longOperations: ReadonlyArray<{ type: string; operation: "create" | "update"; minutes: number; why: string; source: RuleSource }> = [
    {
        type: "alicloud:rds/instance:Instance",
        operation: "create",
        minutes: 60,
        why: "a High-availability instance in two zones; the provider has had to enlarge this default before",
        source: doc("https://github.com/aliyun/terraform-provider-alicloud/pull/5591", "read 2026-12-01"),
    },
    {
        type: "alicloud:rds/instance:Instance",
        operation: "update",
        minutes: 120,
        why: "a class change on local disks migrates the data to a new host, and takes as long as the data needs",
        source: doc("https://www.alibabacloud.com/help/faq-detail/212057.htm", "2025-05-14"),
    },
    {
        type: "alicloud:kvstore/instance:Instance",
        operation: "create",
        minutes: 40,
        why: "a master-replica instance across two zones; creations have outlasted the provider's default (issue 4634)",
        source: doc("https://github.com/aliyun/terraform-provider-alicloud/issues/4634", "opened 2022-03-03, read 2026-12-01"),
    },
];

/** `customTimeouts` values as the engine takes them ("90s", "15m", "1h30m"), in minutes. */
export function timeoutMinutes(value: string | undefined): number | undefined {
    if (!value) return undefined;
    const parts = [...value.matchAll(/(\d+(?:\.\d+)?)(h|m|s)/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join("") !== value) return undefined;
    return parts.reduce((total, [, n, unit]) => total + Number(n) * { h: 60, m: 1, s: 1 / 60 }[unit as "h" | "m" | "s"], 0);
}

function violation(resource: RecordedResource, rule: string, message: string, source: RuleSource): Violation {
    return { rule, phase: "up", type: resource.type, name: resource.name, message, source };
}

/** The effective timeout of an operation: the resource's customTimeouts, else the provider's default. */
function effectiveMinutes(resource: RecordedResource, operation: "create" | "update"): { minutes?: number; set: boolean } {
    const custom = timeoutMinutes(resource.options.customTimeouts?.[operation]);
    return custom !== undefined ? { minutes: custom, set: true } : { minutes: resourceEntries.get(resource.type)?.timeouts?.[operation], set: false };
}

function longOperationViolations(resources: readonly RecordedResource[]): Violation[] {
    return longOperations.flatMap((long) =>
        resources
            .filter((r) => r.type === long.type)
            .flatMap((r) => {
                const { minutes, set } = effectiveMinutes(r, long.operation);
                if (minutes === undefined || minutes >= long.minutes) return [];
                const what = set ? `customTimeouts.${long.operation} ${r.options.customTimeouts?.[long.operation]}` : `the provider's default ${long.operation} timeout (${minutes} min)`;
                return [violation(r, `${long.operation}-timeout-long-enough`, `${what} is shorter than ${long.minutes} min (${long.why}); set customTimeouts: { ${long.operation}: "${long.minutes}m" } or more`, long.source)];
            }),
    );
}

/**
 * The provider waits for an invocation to reach Success, so its create timeout must cover the
 * command's own timeout plus the minute Cloud Assistant may take to deliver it.
 */
function invocationTimeoutViolations(resources: readonly RecordedResource[]): Violation[] {
    const commands = new Map(resources.filter((r) => r.type === T.command).map((c) => [c.id, c]));
    return resources
        .filter((r) => r.type === T.invocation)
        .flatMap((invocation) => {
            const command = commands.get(plain(invocation).commandId);
            const commandSeconds = Number(command ? (plain(command).timeout ?? 60) : 60);
            const needed = commandSeconds / 60 + 1;
            const { minutes, set } = effectiveMinutes(invocation, "create");
            if (minutes === undefined || minutes >= needed) return [];
            const what = set ? `customTimeouts.create ${invocation.options.customTimeouts?.create}` : `the provider's default create timeout (${minutes} min)`;
            return [
                violation(
                    invocation,
                    "invocation-timeout-covers-command",
                    `${what} is shorter than the command's ${commandSeconds} s plus a minute of delivery; the provider waits for Success, so \`pulumi up\` would time out while the script still runs. Set customTimeouts: { create: "${Math.ceil(needed)}m" } or more`,
                    providerLine("resource_alicloud_ecs_invocation.go", 136),
                ),
            ];
        });
}

const plain = (r: RecordedResource): Record<string, any> => mapSecrets(r.rawInputs) as Record<string, any>;

/** Every URN a resource waits for, directly or through what it waits for. */
function waitsFor(resource: RecordedResource, byUrn: Map<string, RecordedResource>): Set<string> {
    const seen = new Set<string>();
    const stack = [...resource.dependencies];
    while (stack.length > 0) {
        const urn = stack.pop()!;
        if (seen.has(urn)) continue;
        seen.add(urn);
        stack.push(...(byUrn.get(urn)?.dependencies ?? []));
    }
    return seen;
}

/** A HaVip with a fixed address must exist before any ECS instance of its vSwitch, or one may take the address. */
function havipOrderViolations(resources: readonly RecordedResource[]): Violation[] {
    const byUrn = new Map(resources.map((r) => [r.urn, r]));
    return resources
        .filter((r) => r.type === T.havip && plain(r).ipAddress)
        .flatMap((havip) =>
            resources
                .filter((r) => r.type === T.instance && plain(r).vswitchId === plain(havip).vswitchId && !plain(r).privateIp)
                .filter((instance) => !waitsFor(instance, byUrn).has(havip.urn))
                .map((instance) =>
                    violation(
                        instance,
                        "havip-before-nodes",
                        `may be created before HaVip ${havip.name} and be given its fixed address ${plain(havip).ipAddress} (the cloud then answers that the address is in use); make the instances depend on the HaVip`,
                        { where: "website/docs/r/vpc_ha_vip.html.markdown:82" },
                    ),
                ),
        );
}

/** At most 10 ECS instances per HaVip, all in its vSwitch; one EIP per HaVip. */
function havipLimitViolations(resources: readonly RecordedResource[]): Violation[] {
    const havips = resources.filter((r) => r.type === T.havip);
    const instances = new Map(resources.filter((r) => r.type === T.instance).map((r) => [r.id, r]));
    return havips.flatMap((havip) => {
        const attached = resources.filter((r) => r.type === T.havipAttachment && plain(r).haVipId === havip.id);
        const problems: Violation[] = [];
        if (attached.length > maxInstancesPerHaVip) {
            problems.push(violation(havip, "havip-instance-limit", `${attached.length} ECS instances are attached; a HaVip serves at most ${maxInstancesPerHaVip}`, associateHaVipDoc));
        }
        for (const attachment of attached) {
            const instance = instances.get(plain(attachment).instanceId);
            if (instance && plain(instance).vswitchId !== plain(havip).vswitchId) {
                problems.push(violation(attachment, "havip-same-vswitch", `attaches ${instance.name}, which is not in the HaVip's vSwitch; the HaVip and its instances must share one vSwitch`, associateHaVipDoc));
            }
        }
        const eips = resources.filter((r) => r.type === T.eipAssociation && plain(r).instanceType === "HaVip" && plain(r).instanceId === havip.id);
        if (eips.length > 1) {
            problems.push(violation(havip, "havip-one-eip", `${eips.length} EIPs are bound; a HaVip takes one EIP`, { where: "website/docs/r/eip_association.html.markdown:105" }));
        }
        return problems;
    });
}

/** GrantInstanceToTransitRouter: another account's VPC is attached only after that account grants it to the CEN. */
export const grantDoc = doc("https://www.alibabacloud.com/help/en/cloud-enterprise-network/latest/grantinstancetotransitrouter", "read 2026-12-01");

/**
 * A VPC of another account (registered with another provider) is attached only with `vpcOwnerId`
 * set to that account and after that account's grant of the VPC to this CEN.
 */
function crossAccountAttachmentViolations(resources: readonly RecordedResource[]): Violation[] {
    const byUrn = new Map(resources.map((r) => [r.urn, r]));
    const accountOf = (provider: string | undefined) => (provider ? plain(byUrn.get(provider) ?? ({ rawInputs: {} } as RecordedResource)).accountId : undefined);
    const vpcs = new Map(resources.filter((r) => r.type === "alicloud:vpc/network:Network").map((r) => [r.id, r]));
    return resources
        .filter((r) => r.type === "alicloud:cen/transitRouterVpcAttachment:TransitRouterVpcAttachment")
        .flatMap((attachment) => {
            const inputs = plain(attachment);
            const vpc = vpcs.get(inputs.vpcId);
            if (vpc === undefined || vpc.options.provider === attachment.options.provider) return [];
            const owner = accountOf(vpc.options.provider);
            const problems: Violation[] = [];
            if (owner !== undefined && String(inputs.vpcOwnerId) !== String(owner)) {
                problems.push(
                    violation(attachment, "attachment-vpc-owner", `vpcOwnerId: ${JSON.stringify(inputs.vpcOwnerId)} for ${vpc.name}, a VPC of account ${owner}; set vpcOwnerId: "${owner}"`, {
                        where: "website/docs/r/cen_transit_router_vpc_attachment.html.markdown:129",
                    }),
                );
            }
            const grant = resources.find(
                (r) =>
                    r.type === "alicloud:cen/transitRouterGrantAttachment:TransitRouterGrantAttachment" &&
                    plain(r).instanceId === vpc.id &&
                    plain(r).cenId === inputs.cenId &&
                    r.options.provider === vpc.options.provider,
            );
            if (grant === undefined || !waitsFor(attachment, byUrn).has(grant.urn)) {
                problems.push(
                    violation(
                        attachment,
                        "attachment-after-grant",
                        `attaches ${vpc.name} of another account ${grant === undefined ? "that no grant in that account gives" : "before that account's grant"} to this CEN (the cloud refuses an ungranted VPC); create a cen.TransitRouterGrantAttachment with the VPC's provider and make the attachment depend on it`,
                        grantDoc,
                    ),
                );
            }
            return problems;
        });
}

/** Every rule on the whole plan. */
export function planViolations(resources: readonly RecordedResource[]): Violation[] {
    return [
        ...crossAccountAttachmentViolations(resources),
        ...invocationTimeoutViolations(resources),
        ...longOperationViolations(resources),
        ...havipOrderViolations(resources),
        ...havipLimitViolations(resources),
    ];
}
