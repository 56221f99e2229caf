/** What rendered shell may contain: quoting and the shapes of paths and names. */

/** An absolute path without spaces, quotes or other shell syntax. */
export const SAFE_PATH = /^\/[A-Za-z0-9._\/-]+$/;

/** A Linux user or group name. */
export const USER_NAME = /^[a-z_][a-z0-9_-]{0,31}$/;

/** Single-quotes a value for bash. */
export function shellQuote(value: string): string {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
