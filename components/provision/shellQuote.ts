/** Single-quotes a value for bash: the value is one word and nothing in it is expanded. */
export function shellQuote(value: string): string {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
