import { Address4 } from "ip-address";
import { overlappingPairs } from "./overlapSweep";

/** A parsed IPv4 CIDR block; addresses are unsigned 32-bit values as bigint. */
export interface CidrBlock {
    /** Canonical "a.b.c.d/n". */
    readonly text: string;
    readonly prefix: number;
    /** First address of the block. */
    readonly first: bigint;
    /** Last address of the block (inclusive). */
    readonly last: bigint;
    /** Number of addresses, 2^(32 - prefix). */
    readonly size: bigint;
}

/** A CIDR value that cannot be used; the message names the value and the fix. */
export class CidrError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "CidrError";
    }
}

// Octets 0..255 and prefixes 0..32, both without leading zeros. ip-address alone is more
// lenient (it accepts a bare address as /32), so the shape is checked here first.
const OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const STRICT_CIDR = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}/(?:3[0-2]|[12]?\\d)$`);

const ADDRESS_BITS = 32;

/** Number of addresses in a block with the given prefix length. */
export function blockSize(prefix: number): bigint {
    return 1n << BigInt(ADDRESS_BITS - prefix);
}

/** The dotted-quad form of an address given as a bigint. */
export function formatAddress(address: bigint): string {
    return Address4.fromBigInt(address).correctForm();
}

/**
 * Builds the block of length `prefix` that starts at `first`.
 * The caller guarantees `first` is aligned to the block size.
 */
export function blockAt(first: bigint, prefix: number): CidrBlock {
    const size = blockSize(prefix);
    return { text: `${formatAddress(first)}/${prefix}`, prefix, first, last: first + size - 1n, size };
}

/**
 * Parses a strict IPv4 CIDR block "a.b.c.d/n" (n 0..32, octets 0..255, no leading zeros).
 * Throws `CidrError` when the text is malformed or has host bits set.
 */
export function parseCidr(text: string): CidrBlock {
    if (!STRICT_CIDR.test(text)) {
        throw new CidrError(`"${text}" is not an IPv4 CIDR block; write it as address/prefix, e.g. 10.0.0.0/16`);
    }
    const address = new Address4(text);
    const prefix = address.subnetMask;
    const start = address.startAddress();
    const canonical = `${start.correctForm()}/${prefix}`;
    if (address.bigInt() !== start.bigInt()) {
        throw new CidrError(`"${text}" has host bits set; the block starts at ${canonical}, write that instead`);
    }
    return blockAt(start.bigInt(), prefix);
}

/** Like `parseCidr`, but returns the problem as `{ error }` instead of throwing. */
export function tryParseCidr(text: string): { block: CidrBlock } | { error: string } {
    try {
        return { block: parseCidr(text) };
    } catch (err) {
        if (err instanceof CidrError) return { error: err.message };
        throw err;
    }
}

/** True when every address of `inner` is in `outer` (a block contains itself). */
export function contains(outer: CidrBlock, inner: CidrBlock): boolean {
    return outer.first <= inner.first && inner.last <= outer.last;
}

/** True when the blocks share at least one address; adjacent blocks do not overlap. */
export function overlaps(a: CidrBlock, b: CidrBlock): boolean {
    return a.first <= b.last && b.first <= a.last;
}

/**
 * The address at offset `index` from the block's first address (0 = the network address).
 * Throws `CidrError` when `index` is not a whole number inside the block.
 */
export function hostAddress(block: CidrBlock, index: number): string {
    if (!Number.isInteger(index) || index < 0 || BigInt(index) >= block.size) {
        throw new CidrError(
            `host index ${index} is outside ${block.text}; use a whole number from 0 to ${block.size - 1n}`,
        );
    }
    return formatAddress(block.first + BigInt(index));
}

/** A CIDR block with a name to report it by (an argument, a vSwitch, an account). */
export interface LabeledBlock {
    label: string;
    cidr: string;
}

/**
 * Every pair of overlapping blocks. Within a pair `a` comes before `b` in the input, and
 * pairs are ordered by the input position of `a`, then of `b`. O(n log n + pairs).
 * Throws `CidrError` (prefixed with the label) when a block does not parse.
 */
export function findOverlaps(blocks: LabeledBlock[]): Array<{ a: LabeledBlock; b: LabeledBlock }> {
    const parsed = blocks.map((labeled) => {
        const result = tryParseCidr(labeled.cidr);
        if ("error" in result) throw new CidrError(`${labeled.label}: ${result.error}`);
        return result.block;
    });
    return overlappingPairs(parsed).map(([i, j]) => ({ a: blocks[i], b: blocks[j] }));
}
