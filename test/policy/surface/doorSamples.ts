import { Door } from "../../../policy/support/doors";
import { ProviderResource } from "./providerSurface";

/** The value that opens a door, and one that leaves it shut (`undefined`: no shut variant, e.g. `exists`). */
export function doorValues(door: Door): { open: unknown; shut: unknown } {
    switch (door.test.kind) {
        case "on":
        case "onUnlessFalse":
            return { open: true, shut: false };
        case "positive":
            return { open: 10, shut: 0 };
        case "oneOf":
            return { open: door.test.values[0].toUpperCase(), shut: "Intranet" === door.test.values[0] ? "Internet" : "Intranet" };
        case "noneOf":
            return { open: "internet", shut: door.test.values[0] };
        case "exists":
            return { open: undefined, shut: undefined };
    }
}

/**
 * Props that set `input` (a dotted path) to `value`, wrapping a segment in a list where the
 * provider's type for that path is a list, so "nodeGroups.withPublicIp" becomes
 * `{ nodeGroups: [{ withPublicIp: value }] }`.
 */
export function propsWith(resource: ProviderResource, input: string, value: unknown): Record<string, unknown> {
    const segments = input.split(".");
    const isList = (at: string) => resource.inputs.find((i) => i.path === at)?.type.includes("[]") ?? false;
    let node: unknown = value;
    for (let depth = segments.length - 1; depth >= 0; depth--) {
        const object = { [segments[depth]]: node };
        const parent = segments.slice(0, depth).join(".");
        node = depth > 0 && isList(parent) ? [object] : object;
    }
    return node as Record<string, unknown>;
}

/** Deep merge of sample props (lists hold one sample element each, merged too). */
export function mergeProps(a: unknown, b: unknown): unknown {
    if (Array.isArray(a) && Array.isArray(b)) {
        return [mergeProps(a[0], b[0])];
    }
    if (a !== null && b !== null && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
        const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
        for (const [key, value] of Object.entries(b as Record<string, unknown>)) {
            out[key] = key in out ? mergeProps(out[key], value) : value;
        }
        return out;
    }
    return b;
}

/** Props with every door of the list shut, and then `open` (if given) opened. */
export function sampleProps(resource: ProviderResource, doors: readonly Door[], open?: Door): Record<string, unknown> {
    const settable = doors.filter((d) => d.input !== "");
    const shut = settable.reduce<unknown>((props, d) => mergeProps(props, propsWith(resource, d.input, doorValues(d).shut)), {});
    return (open === undefined || open.input === "" ? shut : mergeProps(shut, propsWith(resource, open.input, doorValues(open).open))) as Record<string, unknown>;
}
