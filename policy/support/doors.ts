import { ReportViolation, ResourceValidationArgs } from "@pulumi/policy";
import { readKnown, reportSkippedUnknown } from "./unknowns";

/** How an input's value opens a door to the internet. */
export type DoorTest =
    /** A switch that is on: `true` or "true". */
    | { kind: "on" }
    /** A switch that is on unless it is explicitly `false` (the cloud's default is on). */
    | { kind: "onUnlessFalse" }
    /** A number above 0 (a number or a numeric string): bandwidth that buys a public address. */
    | { kind: "positive" }
    /** One of these strings, case-insensitively. */
    | { kind: "oneOf"; values: readonly string[] }
    /** Anything but these strings, case-insensitively; unset counts as open (the cloud's default). */
    | { kind: "noneOf"; values: readonly string[] }
    /** The resource exists: creating it is what publishes the address. */
    | { kind: "exists" };

/**
 * One way a resource type asks for a public address. `input` is a dotted path; a segment that
 * holds a list applies to each element ("nodeGroups.withPublicIp").
 */
export interface Door {
    /** The input path; "" for `exists`. */
    input: string;
    test: DoorTest;
    /** What an open door means, completing "<input> is <value>, which ...". */
    means: string;
    /** An input that, when set, closes the door (an explicit address given instead). */
    closedBy?: string;
}

/** The doors of each resource type a policy checks, keyed by type token. */
export type DoorTable = Readonly<Record<string, readonly Door[]>>;

/** A door found open, with the value that opened it (undefined: unset, the cloud's default). */
export interface OpenDoor {
    door: Door;
    path: string;
    value: unknown;
}

/** What the doors of one resource say: those open, and those that cannot be read yet. */
export interface DoorReading {
    open: OpenDoor[];
    unknown: Array<{ door: Door; path: string; detail: string }>;
}

/** Reads every door of `doors` on `props`, each on its own, so one unknown value hides no other door. */
export function readDoors(props: Record<string, unknown>, doors: readonly Door[]): DoorReading {
    const reading: DoorReading = { open: [], unknown: [] };
    for (const door of doors) {
        if (door.test.kind === "exists") {
            reading.open.push({ door, path: "", value: undefined });
            continue;
        }
        if (door.closedBy !== undefined) {
            const closer = readKnown(() => props[door.closedBy!]);
            if (!closer.known || (closer.value !== undefined && closer.value !== null && closer.value !== "")) {
                continue; // An explicit address (or one not known yet): not an auto-assigned one.
            }
        }
        for (const leaf of leaves(props, door.input.split("."), [])) {
            if ("detail" in leaf) {
                reading.unknown.push({ door, path: leaf.path, detail: leaf.detail });
            } else if (opens(door.test, leaf.value)) {
                reading.open.push({ door, path: leaf.path, value: leaf.value });
            }
        }
    }
    return reading;
}

type Leaf = { path: string; value: unknown } | { path: string; detail: string };

/** The values at `segments` under `value`, through lists, each read on its own. */
function leaves(value: unknown, segments: string[], at: string[]): Leaf[] {
    const here = at.join(".");
    if (segments.length === 0) {
        return [{ path: here, value }];
    }
    if (Array.isArray(value)) {
        const length = readKnown(() => value.length);
        if (!length.known) {
            return [{ path: here, detail: length.detail }];
        }
        return Array.from({ length: length.value }, (_, i) => i).flatMap((i) => {
            const element = readKnown(() => value[i] as unknown);
            return element.known ? leaves(element.value, segments, [...at.slice(0, -1), `${at[at.length - 1]}[${i}]`]) : [{ path: `${here}[${i}]`, detail: element.detail }];
        });
    }
    if (value === undefined || value === null || typeof value !== "object") {
        return [{ path: [...at, ...segments].join("."), value: undefined }];
    }
    const [head, ...rest] = segments;
    const next = readKnown(() => (value as Record<string, unknown>)[head]);
    return next.known ? leaves(next.value, rest, [...at, head]) : [{ path: [...at, head].join("."), detail: next.detail }];
}

function opens(test: DoorTest, value: unknown): boolean {
    switch (test.kind) {
        case "on":
            return value === true || value === "true";
        case "onUnlessFalse":
            return value !== false && value !== "false";
        case "positive":
            return Number(value ?? 0) > 0;
        case "oneOf":
            return typeof value === "string" && test.values.some((v) => v.toLowerCase() === value.trim().toLowerCase());
        case "noneOf":
            return value === undefined || value === null || value === "" || (typeof value === "string" && !test.values.some((v) => v.toLowerCase() === value.trim().toLowerCase()));
        case "exists":
            return true;
    }
}

/** "internetMaxBandwidthOut is 10", "autoCreateEip is true", "addressType is unset". */
export function describeOpenDoor(open: OpenDoor): string {
    if (open.door.test.kind === "exists") {
        return open.door.means;
    }
    const value = open.value === undefined || open.value === null || open.value === "" ? "unset" : JSON.stringify(open.value);
    return `${open.path} is ${value}, which ${open.door.means}`;
}

/**
 * A resource validation over a door table: one violation per open door, and an advisory note per
 * door whose value is unknown during preview (checked again at update).
 */
export function validateDoors(table: DoorTable, args: ResourceValidationArgs, reportViolation: ReportViolation): void {
    const doors = table[args.type];
    if (doors === undefined) {
        args.notApplicable(`Policy only applies to resources of type ${Object.keys(table).map((t) => `'${t}'`).join(", ")}`);
    }
    const reading = readDoors(args.props, doors);
    for (const open of reading.open) {
        reportViolation(`${describeOpenDoor(open)}.`);
    }
    for (const { path, detail } of reading.unknown) {
        reportSkippedUnknown(reportViolation, args.urn, `${path} is not known yet`, detail);
    }
}
