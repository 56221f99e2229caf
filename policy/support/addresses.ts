import { tryParseCidr } from "alicloud-blueprints/network";

/**
 * True when a source block admits every address: any IPv4 block with prefix 0 (0.0.0.0/0) or
 * the IPv6 "::/0". A bare address or a narrower block is not the world.
 */
export function isWorldBlock(text: string): boolean {
    const trimmed = text.trim();
    if (trimmed === "::/0") {
        return true;
    }
    const parsed = tryParseCidr(trimmed);
    return "block" in parsed && parsed.block.prefix === 0;
}

/**
 * The entries of an RDS / Redis whitelist. An entry may itself hold several comma-separated
 * addresses (the API's `SecurityIps` is one comma-separated string), so entries are split.
 */
export function whitelistEntries(securityIps: readonly unknown[] | undefined): string[] {
    return (securityIps ?? [])
        .flatMap((entry) => String(entry).split(","))
        .map((entry) => entry.trim())
        .filter((entry) => entry !== "");
}
