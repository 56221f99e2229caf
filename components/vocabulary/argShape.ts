import { z } from "zod";
import shapes from "./shapes.generated.json";
import { closestHint, describeValue, isEventual, withArticle } from "./problems";

/**
 * One property of the component schema, as `npm run docs` copies it from the analyzer's schema
 * into shapes.generated.json (types only, no descriptions).
 */
export interface PropertyShape {
    type?: string;
    $ref?: string;
    items?: PropertyShape;
    additionalProperties?: PropertyShape;
    plain?: boolean;
}

/** An object type or an enum of the package. */
export interface TypeShape {
    properties?: Record<string, PropertyShape>;
    required?: string[];
    enum?: string[];
}

/** What the analyzer reads from one component's TypeScript: its inputs and its outputs. */
export interface ComponentShape {
    inputs: Record<string, PropertyShape>;
    requiredInputs: string[];
    outputs: string[];
}

export interface PackageShapes {
    components: Record<string, ComponentShape>;
    types: Record<string, TypeShape>;
}

/** The shapes of the package, generated from the component schema (test/schema checks they are current). */
export const packageShapes: PackageShapes = shapes as PackageShapes;

/** Where arguments are left out of a shape: paths such as `sshPrivateKey` or `accounts[].accessKey`. */
export type OmittedPaths = readonly string[];

const eventual = z.custom<unknown>((value) => isEventual(value));

function typeName(ref: string): string {
    return ref.slice(ref.lastIndexOf(":") + 1);
}

function zodOfProperty(property: PropertyShape, path: string, omit: OmittedPaths): z.ZodType {
    let inner: z.ZodType;
    if (property.$ref !== undefined) {
        inner = property.$ref.startsWith("#/types/") ? zodOfType(typeName(property.$ref), path, omit) : z.unknown();
    } else if (property.type === "array" && property.items) {
        inner = z.array(zodOfProperty(property.items, `${path}[]`, omit));
    } else if (property.type === "object" && property.additionalProperties) {
        inner = z.record(z.string(), zodOfProperty(property.additionalProperties, path, omit));
    } else if (property.type === "string") {
        inner = z.string();
    } else if (property.type === "number" || property.type === "integer") {
        inner = z.number();
    } else if (property.type === "boolean") {
        inner = z.boolean();
    } else {
        inner = z.unknown();
    }
    // An Input<T> may also be an Output or a Promise; a plain value must be known now.
    return property.plain === true ? inner : z.union([inner, eventual]);
}

function zodOfObject(properties: Record<string, PropertyShape>, required: readonly string[], path: string, omit: OmittedPaths): z.ZodObject {
    const fields: Record<string, z.ZodType> = {};
    for (const [name, property] of Object.entries(properties)) {
        const at = path === "" ? name : `${path}.${name}`;
        if (omit.includes(at)) {
            continue;
        }
        const field = zodOfProperty(property, at, omit);
        fields[name] = required.includes(name) ? field : field.optional();
    }
    return z.strictObject(fields);
}

function zodOfType(name: string, path: string, omit: OmittedPaths): z.ZodType {
    const type = packageShapes.types[name];
    if (type === undefined) {
        throw new Error(`shapes.generated.json has no type ${name}; run \`npm run docs\``);
    }
    if (type.enum !== undefined) {
        return z.enum(type.enum as [string, ...string[]]);
    }
    return zodOfObject(type.properties ?? {}, type.required ?? [], path, omit);
}

/**
 * The zod schema of a component's arguments, derived from the component schema: the same names,
 * types, enums, required keys and plain-vs-Input as `pulumi package add` serves; unknown keys are
 * refused. `omit` leaves arguments out (the stack reads secret ones from secret config instead).
 * @internal zod types stay out of the published declarations (consumers need not compile zod's).
 */
export function argsSchema(component: string, omit: OmittedPaths = []): z.ZodObject {
    const shape = packageShapes.components[component];
    if (shape === undefined) {
        throw new Error(`shapes.generated.json has no component ${component}; run \`npm run docs\``);
    }
    return zodOfObject(shape.inputs, shape.requiredInputs, "", omit);
}

/** Formats a value path such as `adminCidrs[0]` or `alicloud-blueprints:cluster.adminCidrs[0]`. */
export function pathText(prefix: string, path: readonly PropertyKey[]): string {
    return path.reduce<string>(
        (text, part) => (typeof part === "number" ? `${text}[${part}]` : text === "" ? String(part) : `${text}.${String(part)}`),
        prefix,
    );
}

function typeWord(expected: string): string {
    return expected === "record" ? "object" : expected;
}

function unionProblem(at: string, issue: z.core.$ZodIssueInvalidUnion): string {
    // Input<T>: the first branch is T, the second an Output; report what T wanted.
    const first = issue.errors[0]?.[0];
    if (first?.code === "invalid_type") {
        return typeProblem(at, first.expected, issue.input);
    }
    return `${at}: ${describeValue(issue.input)} is not accepted here; ${first?.message ?? issue.message}`;
}

function typeProblem(at: string, expected: string, input: unknown): string {
    const word = typeWord(expected);
    if (input === undefined) {
        return `${at}: is required and not set; set it to ${withArticle(word)}`;
    }
    if (input === null) {
        return `${at}: is empty (null); set ${withArticle(word)} or leave ${at} out for its default`;
    }
    if (isEventual(input)) {
        return `${at}: is ${describeValue(input)}, but this argument decides what is created, so it must be known at preview; pass a plain ${word}`;
    }
    if ((typeof input === "number" && !Number.isFinite(input)) || (word === "number" && ["NaN", "Infinity", "-Infinity"].includes(String(input)))) {
        return `${at}: ${String(input)} is not a number; write a number such as 4`;
    }
    return `${at}: ${describeValue(input)} is not ${withArticle(word)}; ${typeFix(word, input)}`;
}

/**
 * The fix for a value of the wrong type. YAML decides a scalar's type by its quotes: `"4"` is text,
 * an unquoted account id is a number (past 2^53 with its last digits lost), so say which way to write it.
 */
function typeFix(word: string, input: unknown): string {
    if (typeof input === "string" && ((word === "number" && /^-?\d+(\.\d+)?$/.test(input.trim())) || (word === "boolean" && /^(true|false)$/.test(input.trim())))) {
        return `write ${input.trim()} without quotes`;
    }
    if (word === "string" && typeof input === "number") {
        return Number.isSafeInteger(input) || !Number.isInteger(input)
            ? `write it in quotes: "${input}"`
            : "write it in quotes, with the digits you were given (unquoted, a number this long loses its last digits)";
    }
    if (word === "string" && typeof input === "boolean") {
        return `write it in quotes: "${input}"`;
    }
    return `write ${withArticle(word)}`;
}

/** `<at>: "key" is not a setting (did you mean "x"?); the settings are ...`. */
export function unknownKeyProblem(at: string, key: string, known: readonly string[]): string {
    return `${at === "" ? "args" : at}: ${describeValue(key)} is not a setting${closestHint(key, known)}; the settings are ${known.join(", ")}`;
}

/** One readable line per zod issue, naming the path, the value and the fix. @internal */
export function shapeProblemMessages(prefix: string, issues: readonly z.core.$ZodIssue[], knownKeys: (path: readonly PropertyKey[]) => readonly string[]): string[] {
    return issues.flatMap((issue) => message(issue).split("\n"));
    function message(issue: z.core.$ZodIssue): string {
        const at = pathText(prefix, issue.path);
        switch (issue.code) {
            case "invalid_value":
                return `${at}: ${describeValue(issue.input)} is not one of ${issue.values.join(", ")}${closestHint(String(issue.input), issue.values.map(String))}; use one of them`;
            case "invalid_type":
                return typeProblem(at, issue.expected, issue.input);
            case "invalid_union":
                return unionProblem(at, issue);
            case "unrecognized_keys": {
                const known = [...knownKeys(issue.path)].sort();
                return issue.keys.map((key) => unknownKeyProblem(at, key, known)).join("\n");
            }
            default:
                return `${at}: ${issue.message}`;
        }
    }
}

/** The keys a strict object of `schema` accepts at `path` (for the "the settings are" list). @internal */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
    let current: z.ZodType | undefined = schema;
    for (const part of path) {
        current = unwrap(current);
        if (current instanceof z.ZodObject) {
            current = current.shape[String(part)] as z.ZodType | undefined;
        } else if (current instanceof z.ZodArray) {
            current = current.element as z.ZodType;
        } else {
            return [];
        }
    }
    current = unwrap(current);
    return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
    let current = schema;
    for (let i = 0; i < 4 && current !== undefined; i++) {
        if (current instanceof z.ZodOptional) {
            current = current.unwrap() as z.ZodType;
        } else if (current instanceof z.ZodUnion) {
            current = current.options[0] as z.ZodType;
        } else {
            break;
        }
    }
    return current;
}

/**
 * Every problem with the shape of a component's raw arguments (missing or null `args`, wrong
 * types, unknown keys, an Output where a plain value is needed), each naming the argument.
 */
export function argShapeProblems(component: string, args: unknown, prefix = "", omit: OmittedPaths = []): string[] {
    const schema = argsSchema(component, omit);
    if (args === undefined || args === null) {
        const where = prefix === "" ? "args" : prefix;
        return [`${where}: is ${args === null ? "null" : "missing"}; pass an object of arguments (use {} for every default)`];
    }
    const parsed = schema.safeParse(args, { reportInput: true });
    if (parsed.success) {
        return [];
    }
    return shapeProblemMessages(prefix, parsed.error.issues, (path) => keysAt(schema, path));
}
