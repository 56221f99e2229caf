/**
 * `plan --ram-policy`: the RAM policies a stack's deploy needs, derived from the rulebook's RAM
 * actions for every resource type and look-up the plan uses, split by the account they run in.
 * The default provider and explicit providers without a role run as the deploy identity; a
 * provider that assumes a role runs as that role, in its account, which must trust the deployer.
 */
import { mapSecrets, RecordedCall, RecordedResource } from "../mocks";
import { lookupEntries, resourceEntries } from "../mocks/rulebook";
import { assumedRole } from "../mocks/rulebook/local";
import { Plan } from "./planStack";

interface Statement {
    Effect: "Allow";
    Action: string[];
    Resource: string | string[];
    Condition?: Record<string, Record<string, string>>;
}

/** A RAM policy document (policy language version 1). */
export interface PolicyDocument {
    Version: "1";
    Statement: Statement[];
}

/** A role's trust policy: who may assume it. */
export interface TrustPolicy {
    Version: "1";
    Statement: Array<{ Effect: "Allow"; Action: "sts:AssumeRole"; Principal: { RAM: string[] } }>;
}

/**
 * One policy to create and attach. A RAM policy document holds at most 6,144 characters
 * (CreatePolicy, Resource Management API reference, 2025-12-15), so the actions are split by
 * service and, where one service needs more, into numbered parts.
 */
export interface NamedPolicy {
    /** A suffix for the policy name: the service (`vpc`, `ecs`, ...), `roles` for assume-role and service-linked roles. */
    name: string;
    document: PolicyDocument;
}

/** The longest policy document RAM accepts, in characters. */
export const maxPolicyDocumentLength = 6144;

/** The role one member account must create for the deployer to assume. */
export interface MemberRole {
    /** The provider (resource name) that assumes it. */
    provider: string;
    accountId: string;
    roleArn: string;
    /** Who may assume the role: the deployer's account. */
    trustPolicy: TrustPolicy;
    /** What the role must be allowed: everything the program does in that account. */
    permissionPolicies: NamedPolicy[];
}

export interface RamPolicies {
    /** The policies of the identity `pulumi up` runs as (a RAM user or role of the deploying account). */
    deployer: NamedPolicy[];
    /** Per account reached by assume-role: the role to create there. Empty for single-account stacks. */
    memberRoles: MemberRole[];
}

/** Services whose first use creates a service-linked role, which the caller must be allowed to create. */
const serviceLinkedRoles: Record<string, string> = {
    // CreateNatGateway: the first NAT gateway creates AliyunServiceRoleForNatgw (NAT Gateway API reference, 2026-01-12).
    "alicloud:vpc/natGateway:NatGateway": "nat.aliyuncs.com",
};

const providerType = "pulumi:providers:alicloud";

/** The provider URN of a reference `<urn>::<id>`. */
function providerUrn(reference: string | undefined): string | undefined {
    return reference ? reference.slice(0, reference.lastIndexOf("::")) : undefined;
}

const documentOf = (statements: Statement[]): PolicyDocument => ({ Version: "1", Statement: statements });

/** The actions as policies of one service each (split further when one is too long), then the extra statements. */
function policies(actions: Set<string>, extra: Statement[] = []): NamedPolicy[] {
    const byService = new Map<string, string[]>();
    for (const action of [...actions].sort()) {
        const service = action.split(":")[0];
        byService.set(service, [...(byService.get(service) ?? []), action]);
    }
    const named: NamedPolicy[] = [];
    for (const [service, list] of byService) {
        const parts: string[][] = [[]];
        for (const action of list) {
            const candidate = [...parts[parts.length - 1], action];
            if (JSON.stringify(documentOf([{ Effect: "Allow", Action: candidate, Resource: "*" }])).length > maxPolicyDocumentLength) {
                parts.push([action]);
            } else {
                parts[parts.length - 1] = candidate;
            }
        }
        parts.forEach((part, i) =>
            named.push({ name: parts.length === 1 ? service : `${service}-${i + 1}`, document: documentOf([{ Effect: "Allow", Action: part, Resource: "*" }]) }),
        );
    }
    return extra.length > 0 ? [...named, { name: "roles", document: documentOf(extra) }] : named;
}

/** The actions one resource or look-up needs, from the rulebook. */
function resourceActions(resource: RecordedResource): string[] {
    return [...(resourceEntries.get(resource.type)?.ram ?? [])];
}

function lookupActions(call: RecordedCall): string[] {
    const entry = lookupEntries.get(call.token);
    if (entry === undefined) return [];
    return [...entry.ram, ...(entry.ramWhen ?? []).filter((w) => w.when(call.inputs)).flatMap((w) => w.actions)];
}

function serviceLinkedRoleStatements(types: Set<string>): Statement[] {
    const services = [...new Set([...types].map((t) => serviceLinkedRoles[t]).filter((s): s is string => s !== undefined))].sort();
    return services.map((service) => ({
        Effect: "Allow",
        Action: ["ram:CreateServiceLinkedRole"],
        Resource: "*",
        Condition: { StringEquals: { "ram:ServiceName": service } },
    }));
}

/** The RAM policies the plan's deploy needs: the deployer's, and a role per assumed account. */
export function ramPolicies(plan: Pick<Plan, "recorded" | "calls">): RamPolicies {
    const providers = new Map(
        plan.recorded.filter((r) => r.type === providerType).map((r) => [r.urn, { resource: r, inputs: mapSecrets(r.rawInputs) as Record<string, any> }]),
    );
    const roleOf = (urn: string | undefined) => (urn === undefined ? undefined : assumedRole(providers.get(urn)?.inputs ?? {})?.roleArn);
    const accounts = new Map<string, { actions: Set<string>; types: Set<string> }>();
    const account = (key: string) => accounts.get(key) ?? accounts.set(key, { actions: new Set(), types: new Set() }).get(key)!;
    // Work done through a provider with a role is done by that role; all else by the deployer.
    const keyOf = (urn: string | undefined) => (roleOf(urn) === undefined ? "deployer" : urn!);

    for (const resource of plan.recorded.filter((r) => r.custom && r.type !== providerType)) {
        const target = account(keyOf(resource.options.provider));
        resourceActions(resource).forEach((a) => target.actions.add(a));
        target.types.add(resource.type);
    }
    for (const call of plan.calls) {
        lookupActions(call).forEach((a) => account(keyOf(providerUrn(call.provider))).actions.add(a));
    }

    const roleProviders = [...providers.keys()].filter((urn) => roleOf(urn) !== undefined);
    const deployerAccountId =
        [...providers.values()].find((p) => assumedRole(p.inputs) === undefined && p.inputs.accessKey === undefined)?.inputs.accountId ?? "<deployer account id>";
    const deployerStatements = serviceLinkedRoleStatements(account("deployer").types);
    if (roleProviders.length > 0) {
        deployerStatements.push({ Effect: "Allow", Action: ["sts:AssumeRole"], Resource: roleProviders.map((urn) => roleOf(urn)!).sort() });
    }
    const memberRoles = roleProviders.map((urn): MemberRole => {
        const member = account(urn);
        const inputs = providers.get(urn)!.inputs;
        return {
            provider: urn.slice(urn.lastIndexOf("::") + 2),
            accountId: String(inputs.accountId ?? "<member account id>"),
            roleArn: roleOf(urn)!,
            trustPolicy: { Version: "1", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: { RAM: [`acs:ram::${deployerAccountId}:root`] } }] },
            permissionPolicies: policies(member.actions, serviceLinkedRoleStatements(member.types)),
        };
    });
    return { deployer: policies(account("deployer").actions, deployerStatements), memberRoles };
}
