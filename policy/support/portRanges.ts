/** An inclusive TCP/UDP port range. */
export interface PortRange {
    from: number;
    to: number;
}

/** Every port: what "-1/-1" (the provider's default) and "1/65535" mean. */
export const allPorts: PortRange = { from: 1, to: 65535 };

/**
 * Parses a security group rule's `portRange` ("22/22", "1/65535", "-1/-1").
 * Unset and "-1/-1" mean every port. Returns `undefined` when the text is not a range.
 */
export function parsePortRange(text: string | undefined): PortRange | undefined {
    if (text === undefined || text.trim() === "" || text.trim() === "-1/-1") {
        return allPorts;
    }
    const match = /^\s*(\d{1,5})\s*\/\s*(\d{1,5})\s*$/.exec(text);
    if (match === null) {
        return undefined;
    }
    const from = Number(match[1]);
    const to = Number(match[2]);
    if (from < 1 || to > 65535 || from > to) {
        return undefined;
    }
    return { from, to };
}

/** True when `port` is inside `range` (both ends included). */
export function includesPort(range: PortRange, port: number): boolean {
    return range.from <= port && port <= range.to;
}

/** True when the range covers every port. */
export function coversAllPorts(range: PortRange): boolean {
    return range.from <= allPorts.from && range.to >= allPorts.to;
}
