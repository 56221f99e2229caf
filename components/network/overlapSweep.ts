import type { IpFamily } from "./ipNetwork";

/** An address range as the overlap sweep sees it: a CIDR network of one family. */
export interface SweepRange {
    /** Default: 4. */
    family?: IpFamily;
    first: bigint;
    last: bigint;
    prefix: number;
}

/**
 * Index pairs `[i, j]` (i < j) of the ranges that share an address, sorted by i then j.
 * CIDR networks either nest or are disjoint, so a sweep keeps the open ones as a nested chain:
 * O(n log n + pairs). Ranges of different families never overlap.
 */
export function overlappingPairs(ranges: readonly SweepRange[]): Array<[number, number]> {
    const order = ranges
        .map((range, index) => ({ range, index }))
        .sort(
            (x, y) =>
                (x.range.family ?? 4) - (y.range.family ?? 4) ||
                (x.range.first < y.range.first ? -1 : x.range.first > y.range.first ? 1 : 0) ||
                x.range.prefix - y.range.prefix ||
                x.index - y.index,
        );
    const open: typeof order = [];
    const pairs: Array<[number, number]> = [];
    for (const current of order) {
        while (
            open.length > 0 &&
            ((open[open.length - 1].range.family ?? 4) !== (current.range.family ?? 4) || open[open.length - 1].range.last < current.range.first)
        ) {
            open.pop();
        }
        for (const earlier of open) {
            pairs.push(earlier.index < current.index ? [earlier.index, current.index] : [current.index, earlier.index]);
        }
        open.push(current);
    }
    return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
