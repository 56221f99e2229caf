/**
 * `T` with every key that has a default made required: the type of a blueprint's arguments after
 * its defaults are applied, derived instead of written out a second time.
 */
export type Defaulted<T, D> = Omit<T, keyof D> & { [K in keyof D & keyof T]-?: Exclude<T[K], undefined | null> };

function fresh<V>(value: V): V {
    if (Array.isArray(value)) {
        return [...value] as V;
    }
    return typeof value === "object" && value !== null ? { ...value } : value;
}

/**
 * The arguments with every unset (undefined or null) key of `defaults` filled in; arrays and maps
 * are copied, so no two resolutions share a default's list.
 */
export function applyDefaults<T extends object, D extends { [K in keyof T]?: unknown }>(args: T, defaults: D): Defaulted<T, D> {
    const resolved: Record<string, unknown> = { ...(args as Record<string, unknown>) };
    for (const [key, value] of Object.entries(defaults)) {
        if (resolved[key] === undefined || resolved[key] === null) {
            resolved[key] = fresh(value);
        }
    }
    return resolved as Defaulted<T, D>;
}
