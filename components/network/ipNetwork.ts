import { Address4, Address6 } from "ip-address";
import { tryParseCidr } from "./cidr";
import { overlappingPairs } from "./overlapSweep";

/** 4 for IPv4, 6 for IPv6. */
export type IpFamily = 4 | 6;

/** A parsed IPv4 or IPv6 network; addresses are unsigned integers as bigint. */
export interface IpNetwork {
    readonly family: IpFamily;
    /** Canonical "address/prefix" (IPv6 in its shortest form). */
    readonly text: string;
    readonly prefix: number;
    readonly first: bigint;
    /** Last address of the network (inclusive). */
    readonly last: bigint;
}

/** How lenient `parseIpNetwork` is. */
export interface ParseIpNetworkOptions {
    /** Accept a bare address as a /32 (IPv4) or /128 (IPv6) network. Default: false. */
    allowBareAddress?: boolean;
    /** Accept host bits and widen to the network that contains them. Default: false (an error). */
    allowHostBits?: boolean;
}

const ADDRESS_BITS: Record<IpFamily, number> = { 4: 32, 6: 128 };
const BARE_IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6_PREFIX = /^(?:12[0-8]|1[01]\d|[1-9]?\d)$/;

/** The whole address space of a family: 0.0.0.0/0 or ::/0. */
export function wholeSpace(family: IpFamily): IpNetwork {
    const bits = ADDRESS_BITS[family];
    return { family, text: family === 4 ? "0.0.0.0/0" : "::/0", prefix: 0, first: 0n, last: (1n << BigInt(bits)) - 1n };
}

/**
 * Parses an IPv4 or IPv6 network ("10.0.0.0/16", "2001:db8::/56", "::0/0",
 * "0:0:0:0:0:0:0:0/0"). IPv4 is strict (no leading zeros, octets 0..255, prefix 0..32); IPv6
 * follows RFC 4291 text forms without a zone index. Returns `{ error }` naming the value and the
 * fix when the text is not a network (or, unless allowed, is a bare address or has host bits).
 */
export function parseIpNetwork(text: string, options: ParseIpNetworkOptions = {}): { network: IpNetwork } | { error: string } {
    const trimmed = text.trim();
    if (trimmed.includes(":")) {
        return parseIpv6(trimmed, options);
    }
    if (options.allowBareAddress && BARE_IPV4.test(trimmed)) {
        return parseIpv4(`${trimmed}/32`, options);
    }
    return parseIpv4(trimmed, options);
}

function parseIpv4(text: string, options: ParseIpNetworkOptions): { network: IpNetwork } | { error: string } {
    const strict = tryParseCidr(text);
    if ("block" in strict) {
        return { network: { family: 4, text: strict.block.text, prefix: strict.block.prefix, first: strict.block.first, last: strict.block.last } };
    }
    if (options.allowHostBits && /host bits/.test(strict.error)) {
        const start = new Address4(text).startAddress();
        return parseIpv4(`${start.correctForm()}/${text.split("/")[1]}`, options);
    }
    return { error: `"${text}" is not an IPv4 or IPv6 network; write it as address/prefix, e.g. 10.0.0.0/16 or 2001:db8::/56` };
}

function parseIpv6(text: string, options: ParseIpNetworkOptions): { network: IpNetwork } | { error: string } {
    const malformed = { error: `"${text}" is not an IPv6 network; write it as address/prefix, e.g. 2001:db8::/56` };
    const [address, prefix, ...rest] = text.split("/");
    if (rest.length > 0 || address.includes("%") || (prefix === undefined && !options.allowBareAddress) || (prefix !== undefined && !IPV6_PREFIX.test(prefix))) {
        return malformed;
    }
    if (!Address6.isValid(address)) {
        return malformed;
    }
    const parsed = new Address6(prefix === undefined ? address : `${address}/${prefix}`);
    const length = prefix === undefined ? 128 : Number(prefix);
    const start = parsed.startAddress();
    if (parsed.bigInt() !== start.bigInt() && !options.allowHostBits) {
        return { error: `"${text}" has host bits set; the network starts at ${start.correctForm()}/${length}, write that instead` };
    }
    const first = start.bigInt();
    const last = first + (1n << BigInt(128 - length)) - 1n;
    return { network: { family: 6, text: `${start.correctForm()}/${length}`, prefix: length, first, last } };
}

/** True when every address of `inner` is in `outer` (same family). */
export function networkContains(outer: IpNetwork, inner: IpNetwork): boolean {
    return outer.family === inner.family && outer.first <= inner.first && inner.last <= outer.last;
}

/** True when the networks share an address (same family). */
export function networksOverlap(a: IpNetwork, b: IpNetwork): boolean {
    return a.family === b.family && a.first <= b.last && b.first <= a.last;
}

/**
 * True when the networks of `family` among `networks` together cover its whole address space,
 * e.g. 0.0.0.0/1 + 128.0.0.0/1, or "::0/0" alone.
 */
export function coversWholeSpace(networks: readonly IpNetwork[], family: IpFamily): boolean {
    const space = wholeSpace(family);
    const sorted = networks.filter((n) => n.family === family).sort((x, y) => (x.first < y.first ? -1 : x.first > y.first ? 1 : 0));
    let next = space.first; // the lowest address not covered yet
    for (const network of sorted) {
        if (network.first > next) {
            return false;
        }
        if (network.last >= next) {
            next = network.last + 1n;
        }
        if (next > space.last) {
            return true;
        }
    }
    return false;
}

/** The families whose whole address space the parsable entries of `texts` cover together. */
export function wholeSpaceFamilies(texts: readonly string[], options: ParseIpNetworkOptions = { allowBareAddress: true, allowHostBits: true }): IpFamily[] {
    const networks = texts.flatMap((text) => {
        const parsed = parseIpNetwork(text, options);
        return "network" in parsed ? [parsed.network] : [];
    });
    return ([4, 6] as const).filter((family) => coversWholeSpace(networks, family));
}

/** A parsed network with a name to report it by. */
export interface LabeledNetwork<T = string> {
    label: T;
    network: IpNetwork;
}

/** Every pair of overlapping networks (same family), `a` before `b` in the input, ordered by `a` then `b`. */
export function findNetworkOverlaps<T>(networks: ReadonlyArray<LabeledNetwork<T>>): Array<{ a: LabeledNetwork<T>; b: LabeledNetwork<T> }> {
    return overlappingPairs(networks.map((n) => n.network)).map(([i, j]) => ({ a: networks[i], b: networks[j] }));
}
