/**
 * Characters a label cannot show as themselves: controls (Graphviz drops a newline or a tab without
 * a trace and refuses the rest, as XML does), format characters such as bidi overrides (they would
 * reorder the text after them, unseen), lone surrogates and noncharacters (not XML either).
 */
const unshowable = /[\p{Cc}\p{Cf}\p{Cs}\p{Noncharacter_Code_Point}]/gu;

/**
 * Text for a Graphviz HTML-like label, taken literally. Every label of the diagram is one, so
 * a character it cannot show is written as its code point (`<U+000A>`); `&`, `<`, `>` and quotes
 * become entities; and since Graphviz expands `\G`, `\N`, `\L`, ... (the graph's or node's name)
 * even there, after decoding entities, each backslash is doubled, which Graphviz reads as one
 * literal backslash.
 */
export function escapeHtml(value: string): string {
    return value
        .replace(unshowable, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`)
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&#39;")
        .replace(/\\/g, "\\\\");
}

/** Text in a font colour and size, escaped. */
export function styled(value: string, options: { color?: string; size?: number; bold?: boolean } = {}): string {
    let html = escapeHtml(value);
    if (options.bold) {
        html = `<b>${html}</b>`;
    }
    const attributes = [options.color && `color="${options.color}"`, options.size && `point-size="${options.size}"`].filter(Boolean).join(" ");
    return attributes ? `<font ${attributes}>${html}</font>` : html;
}

/** Lines joined with left-aligned breaks (each already HTML). */
export function lines(htmlLines: readonly string[]): string {
    return htmlLines.map((line) => `${line}<br align="left"/>`).join("");
}

/** Attributes of a table or cell, from a map (undefined values left out). */
export function attributes(values: Record<string, string | number | undefined>): string {
    return Object.entries(values)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => ` ${k}="${v}"`)
        .join("");
}
