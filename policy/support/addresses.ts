import { coversWholeSpace, IpFamily, IpNetwork, parseIpNetwork } from "alicloud-blueprints/network";

/** A source or whitelist entry as written, and what it parses to. */
export type ParsedSource = { text: string; network: IpNetwork } | { text: string; error: string };

/**
 * Parses a traffic source ("0.0.0.0/0", "::0/0", "0:0:0:0:0:0:0:0/0", "203.0.113.7"): a bare
 * address is a host, and host bits widen to the network they name (the cloud reads
 * "10.0.0.1/8" as 10.0.0.0/8), so every spelling of the internet is seen as one.
 */
export function parseSource(text: string): ParsedSource {
    const parsed = parseIpNetwork(String(text), { allowBareAddress: true, allowHostBits: true });
    return "network" in parsed ? { text, network: parsed.network } : { text, error: parsed.error };
}

/** The family whose whole space this one source admits (any /0), if any. */
export function worldFamilyOf(source: ParsedSource): IpFamily | undefined {
    return "network" in source && source.network.prefix === 0 ? source.network.family : undefined;
}

/** The families whose whole space the parsed sources cover together. */
export function worldFamilies(sources: readonly ParsedSource[]): IpFamily[] {
    const networks = sources.flatMap((s) => ("network" in s ? [s.network] : []));
    return ([4, 6] as const).filter((family) => coversWholeSpace(networks, family));
}

/** "all of IPv4", "all of IPv6", "all of IPv4 and IPv6". */
export function describeFamilies(families: readonly IpFamily[]): string {
    return `all of ${families.map((f) => `IPv${f}`).join(" and ")}`;
}

/**
 * The entries of an RDS / Redis whitelist. An entry may itself hold several comma-separated
 * addresses (the API's `SecurityIps` is one comma-separated string), so entries are split; a
 * whole whitelist given as one string is split the same way.
 */
export function whitelistEntries(securityIps: unknown): string[] {
    const entries = Array.isArray(securityIps) ? securityIps : securityIps === undefined || securityIps === null ? [] : [securityIps];
    return entries
        .flatMap((entry) => String(entry).split(","))
        .map((entry) => entry.trim())
        .filter((entry) => entry !== "");
}

/**
 * True for a whitelist entry that admits everyone: any /0 however written, and the bare
 * "0.0.0.0", which Checkov (CKV_ALI_9), KICS (rds_instance_publicly_accessible) and Alibaba's
 * InfraGuard (rds-white-list-internet-ip-access-check, redis-public-and-any-ip-access-check) all
 * read as "any address".
 */
export function isOpenWhitelistEntry(entry: string): boolean {
    return entry.trim() === "0.0.0.0" || worldFamilyOf(parseSource(entry)) !== undefined;
}
