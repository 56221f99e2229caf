import * as fs from "node:fs";
import * as path from "node:path";

/** One registered resource type: the inputs the patterns found, and its verdict. */
export interface RegistryEntry {
    inputs: string[];
    /** The policy (public address) or policies (CIDR) that read the type. */
    checkedBy?: string | string[];
    /** Candidate inputs of a checked type that are not requests / not compared, with why. */
    notRequests?: Record<string, string>;
    notChecked?: Record<string, string>;
    /** Why the type is not checked. */
    exempt?: string;
}

/** A registry file of policy/surface/. */
export interface Registry {
    about: string;
    provider: string;
    types: Record<string, RegistryEntry>;
}

export const registryDir = path.resolve(__dirname, "../../../policy/surface");

export function readRegistry(file: "publicAddress.json" | "cidr.json"): Registry {
    return JSON.parse(fs.readFileSync(path.join(registryDir, file), "utf8")) as Registry;
}

/** The policies an entry names, as a list. */
export function checkedByOf(entry: RegistryEntry): string[] {
    return entry.checkedBy === undefined ? [] : ([] as string[]).concat(entry.checkedBy);
}

/** "checked by a, b" or "exempt: why", as the surface list prints it. */
export function verdictOf(entry: RegistryEntry): string {
    return entry.exempt !== undefined ? `exempt: ${entry.exempt}` : `checked by ${checkedByOf(entry).join(", ")}`;
}
