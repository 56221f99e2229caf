import * as fs from "node:fs";
import * as path from "node:path";

export const readmePath = path.resolve(__dirname, "../../README.md");

const markers = (region: string) => [`<!-- schema:${region}:start -->`, `<!-- schema:${region}:end -->`];

/** The README with every `schema:<region>` block replaced by its generated text. */
export function replaceRegions(readme: string, regions: Record<string, string>): { text: string; missing: string[] } {
    const missing: string[] = [];
    let text = readme;
    for (const [region, body] of Object.entries(regions)) {
        const [start, end] = markers(region);
        const from = text.indexOf(start);
        const to = text.indexOf(end);
        if (from < 0 || to < from) {
            missing.push(region);
            continue;
        }
        text = `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
    }
    return { text, missing };
}

export function readReadme(): string {
    return fs.readFileSync(readmePath, "utf8");
}
