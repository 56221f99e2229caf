import * as pulumi from "@pulumi/pulumi";
import { MockMonitor } from "@pulumi/pulumi/runtime/mocks";
import { Address4, Address6 } from "ip-address";
import { projectNamespace } from "./catalog";
import { StackConfig } from "./config";

/** Documentation address blocks (RFC 5737): never routed on the internet, so nothing reaches a node from them. */
export const documentationBlocks = ["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"] as const;
/** The IPv6 documentation prefix (RFC 3849). */
export const documentationBlock6 = "2001:db8::/32";

/**
 * Account ids that are placeholders, not accounts: one digit repeated, a run of 1234567890, or one
 * digit, six or more zeros and up to three digits (the shipped mesh's `1000000000000001`).
 */
const placeholderAccountId = /^(?:(\d)\1*|0?123456789\d*|[1-9]0{6,}\d{0,3})$/;

/** Thrown by a real preview of a stack that still holds example values. */
export class ExampleValuesError extends pulumi.RunError {
    constructor(readonly problems: readonly string[]) {
        super(
            `this stack still holds example values, which cannot work against the real cloud; set them first (the offline plan, npm run plan, accepts them):\n` +
                problems.map((p) => `  - ${p}`).join("\n"),
        );
        this.name = "ExampleValuesError";
    }
}

/**
 * Whether an address or block lies inside a documentation block (RFC 5737, RFC 3849); false for
 * anything else, including a wider block that merely contains one (it holds real addresses too).
 */
export function isDocumentationAddress(value: string): boolean {
    try {
        if (Address4.isValid(value)) {
            const block = new Address4(value);
            return documentationBlocks.some((doc) => block.isInSubnet(new Address4(doc)));
        }
        return Address6.isValid(value) && new Address6(value).isInSubnet(new Address6(documentationBlock6));
    } catch {
        return false;
    }
}

const myAddress = '"$(curl -s https://ifconfig.me)/32"';

function cidrProblems(key: string, cidrs: readonly string[] | undefined, what: string): string[] {
    return (cidrs ?? []).flatMap((cidr, i) =>
        isDocumentationAddress(cidr)
            ? [`${projectNamespace}:${key}[${i}]: ${cidr} is a documentation address; ${what}. Set yours: pulumi config set --path '${projectNamespace}:${key}[${i}]' ${myAddress}`]
            : [],
    );
}

function jumpHostProblem(key: string, host: unknown): string[] {
    return typeof host === "string" && isDocumentationAddress(host)
        ? [`${projectNamespace}:${key}: ${host} is a documentation address, so no command can go through it. Set your bastion: pulumi config set --path '${projectNamespace}:${key}' <its address>`]
        : [];
}

/** A blueprint's settings as the stack read them (already checked), loosely typed. */
interface Settings {
    adminCidrs?: string[];
    allowedCidrs?: string[];
    jumpHost?: { host?: unknown };
    accounts?: Array<{ accountId?: unknown }>;
}

/** Every example value of a stack's config that would make a real deploy fail, each with the key and how to set it. */
export function exampleValueProblems(config: StackConfig): string[] {
    const sshFrom = "SSH from it never reaches the nodes, so provisioning times out";
    const { cluster, havipPair, cenMesh: mesh, appTier } = config.blueprints as Partial<Record<string, Settings>>;
    return [
        ...cidrProblems("cluster.adminCidrs", cluster?.adminCidrs, sshFrom),
        ...cidrProblems("havipPair.adminCidrs", havipPair?.adminCidrs, sshFrom),
        ...cidrProblems("havipPair.allowedCidrs", havipPair?.allowedCidrs, "HTTP from it never reaches the VIP"),
        ...jumpHostProblem("havipPair.jumpHost.host", havipPair?.jumpHost?.host),
        ...cidrProblems("cenMesh.adminCidrs", mesh?.adminCidrs, sshFrom),
        ...cidrProblems("appTier.adminCidrs", appTier?.adminCidrs, sshFrom),
        ...jumpHostProblem("appTier.jumpHost.host", appTier?.jumpHost?.host),
        ...(mesh?.accounts ?? []).flatMap((account, i) =>
            placeholderAccountId.test(String(account.accountId))
                ? [
                      `${projectNamespace}:cenMesh.accounts[${i}].accountId: "${account.accountId}" is a placeholder, so assuming a role in it fails (AssumeRole: no such account). ` +
                          `Set the account's UID: pulumi config set --path '${projectNamespace}:cenMesh.accounts[${i}].accountId' <its 16-digit UID>`,
                  ]
                : [],
        ),
    ];
}

/** True when the program runs under mocks (the offline plan, the tests), not against the real engine. */
export function isOfflinePlan(): boolean {
    return pulumi.runtime.getMonitor() instanceof MockMonitor;
}

/**
 * Stops a real preview of a stack that still holds example values (documentation addresses,
 * placeholder account ids) with the keys to set and how; the offline plan keeps accepting them.
 */
export function refuseExampleValues(config: StackConfig, offline = isOfflinePlan()): StackConfig {
    const problems = offline ? [] : exampleValueProblems(config);
    if (problems.length > 0) {
        throw new ExampleValuesError(problems);
    }
    return config;
}
