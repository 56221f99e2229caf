import { z } from "zod";

/** Formats a config value path such as `alicloud-blueprints:cluster.adminCidrs[0]`. */
function pathOf(key: string, path: readonly PropertyKey[]): string {
    return path.reduce<string>((text, part) => (typeof part === "number" ? `${text}[${part}]` : `${text}.${String(part)}`), key);
}

function describe(value: unknown): string {
    return JSON.stringify(value) ?? String(value);
}

/** One readable line per problem, naming the config path, the value and the fix. */
export function configProblemMessages(key: string, issues: readonly z.core.$ZodIssue[], knownKeys: readonly string[]): string[] {
    return issues.map((issue) => {
        const at = pathOf(key, issue.path);
        switch (issue.code) {
            case "invalid_value":
                return `${at}: ${describe(issue.input)} is not one of ${issue.values.join(", ")}; use one of them`;
            case "invalid_type":
                if (issue.input === undefined) {
                    return `${at}: is required and not set; set it to a ${issue.expected}`;
                }
                return `${at}: ${describe(issue.input)} is not a ${issue.expected}; write a ${issue.expected} value`;
            case "unrecognized_keys":
                return `${at}: ${issue.keys.map((k) => `"${k}"`).join(", ")} ${issue.keys.length === 1 ? "is not a setting" : "are not settings"}; the settings are ${[...knownKeys].sort().join(", ")}`;
            default:
                return `${at}: ${issue.message}`;
        }
    });
}
