import { tryParseCidr } from "./cidr";
import { coversWholeSpace, IpNetwork } from "./ipNetwork";

/**
 * The problem with a list of IPv4 source blocks that, together, admit the whole internet
 * (0.0.0.0/1 + 128.0.0.0/1, or any split of 0.0.0.0/0), naming the argument, the blocks and the
 * fix; `undefined` when they do not. Blocks that do not parse are left to the caller's own checks.
 */
export function wholeInternetProblem(arg: string, cidrs: readonly string[], what: string): string | undefined {
    const networks: IpNetwork[] = cidrs.flatMap((cidr) => {
        const parsed = tryParseCidr(cidr);
        return "block" in parsed ? [{ family: 4 as const, ...parsed.block }] : [];
    });
    if (!coversWholeSpace(networks, 4)) {
        return undefined;
    }
    const listed = cidrs.map((cidr) => JSON.stringify(cidr)).join(", ");
    return `${arg}: [${listed}] together cover every IPv4 address (0.0.0.0/0) and open ${what} to the whole internet; list only the blocks you administer from, e.g. 198.51.100.7/32`;
}
