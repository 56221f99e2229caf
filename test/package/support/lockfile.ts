/** The part of an npm v3 lock file entry this module reads and writes. */
export interface LockEntry {
    name?: string;
    version?: string;
    resolved?: string;
    integrity?: string;
    link?: boolean;
    dev?: boolean;
    devOptional?: boolean;
    optional?: boolean;
    peer?: boolean;
    dependencies?: Record<string, string>;
    optionalDependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
    peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    [field: string]: unknown;
}

export interface LockFile {
    name?: string;
    version?: string;
    lockfileVersion: number;
    requires?: boolean;
    packages: Record<string, LockEntry>;
}

/** A package packed to a tarball: where the consumer finds it and what its manifest declares. */
export interface PackedPackage {
    name: string;
    version: string;
    /** The tarball's file name inside the consumer project. */
    filename: string;
    /** The tarball's sha512 integrity, as `npm pack --json` reports it. */
    integrity: string;
    /** The workspace folder it was packed from (its lock key, e.g. "components"). */
    workspaceFolder: string;
    dependencies: Record<string, string>;
}

/** The folder holding a lock key: "node_modules/a/node_modules/b" -> "node_modules/a"; top-level keys -> "". */
function parentOf(key: string): string {
    const at = key.lastIndexOf("/node_modules/");
    return at < 0 ? "" : key.slice(0, at);
}

/** Node.js resolution over lock keys: the nearest node_modules/<name> from `from` upwards. */
function resolveKey(packages: Record<string, LockEntry>, from: string, name: string): string | undefined {
    for (let dir = from; ; dir = parentOf(dir)) {
        const key = `${dir ? `${dir}/` : ""}node_modules/${name}`;
        if (packages[key] !== undefined && !packages[key].link) {
            return key;
        }
        if (dir === "") {
            return undefined;
        }
    }
}

/** Packages the consumer declares itself, by name; their versions are the workspace's. */
export interface ConsumerDependencies {
    dependencies: readonly string[];
    devDependencies: readonly string[];
}

/**
 * A lock file for a consumer project that installs the packed tarballs plus its own dependencies
 * (names only), with every other package pinned to exactly the version and integrity the
 * workspace's own lock file pins: `npm ci --offline` then installs it from the npm cache that
 * the workspace's `npm ci` filled, without asking the registry for anything.
 * Packages nested under a workspace folder move under the tarball's node_modules folder.
 * Throws when a dependency is missing from the workspace lock (the consumer could not install).
 */
export function consumerLockFile(workspace: LockFile, packed: readonly PackedPackage[], own: ConsumerDependencies): LockFile {
    const source = workspace.packages;
    const renamed = (key: string): string => {
        const owner = packed.find((p) => key === p.workspaceFolder || key.startsWith(`${p.workspaceFolder}/`));
        return owner ? `node_modules/${owner.name}${key.slice(owner.workspaceFolder.length)}` : key;
    };
    const packages: Record<string, LockEntry> = {};
    const pending: Array<{ from: string; dependencies: Record<string, string>; optional: Set<string> }> = [];
    const include = (key: string) => {
        const target = renamed(key);
        if (packages[target] !== undefined) {
            return;
        }
        const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = source[key];
        packages[target] = entry;
        const optional = new Set([
            ...Object.keys(entry.optionalDependencies ?? {}),
            ...Object.entries(entry.peerDependenciesMeta ?? {}).filter(([, meta]) => meta.optional).map(([name]) => name),
        ]);
        pending.push({ from: key, dependencies: { ...entry.peerDependencies, ...entry.optionalDependencies, ...entry.dependencies }, optional });
    };

    const pinned = (names: readonly string[]): Record<string, string> => {
        const versions: Record<string, string> = {};
        for (const name of names) {
            const key = resolveKey(source, "", name);
            if (key === undefined) {
                throw new Error(`${name} is not in the workspace's package-lock.json`);
            }
            versions[name] = source[key].version!;
            include(key);
        }
        return versions;
    };
    const ownDependencies = pinned(own.dependencies);
    const ownDevDependencies = pinned(own.devDependencies);
    for (const p of packed) {
        packages[`node_modules/${p.name}`] = {
            version: p.version,
            resolved: `file:${p.filename}`,
            integrity: p.integrity,
            dependencies: p.dependencies,
        };
        pending.push({ from: p.workspaceFolder, dependencies: p.dependencies, optional: new Set() });
    }
    while (pending.length > 0) {
        const { from, dependencies, optional } = pending.shift()!;
        for (const name of Object.keys(dependencies)) {
            if (packed.some((p) => p.name === name)) {
                continue;
            }
            const key = resolveKey(source, from, name);
            if (key !== undefined) {
                include(key);
            } else if (!optional.has(name)) {
                throw new Error(`${name} (needed by ${from || "the consumer"}) is not in the workspace's package-lock.json`);
            }
        }
    }
    const root: LockEntry = {
        name: "consumer",
        version: "1.0.0",
        dependencies: { ...ownDependencies, ...Object.fromEntries(packed.map((p) => [p.name, `file:${p.filename}`])) },
        devDependencies: ownDevDependencies,
    };
    return { name: "consumer", version: "1.0.0", lockfileVersion: 3, requires: true, packages: { "": root, ...packages } };
}
