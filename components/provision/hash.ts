import * as crypto from "crypto";
import { InstallFile } from "./installScript";

/**
 * sha256 (hex) over the rendered files (path, mode, owner, group, content) and any extra parts
 * (e.g. the rendered script). Used as `triggers` so an unchanged configuration never re-runs.
 * When the content holds a secret, the hash must be stored as a secret too (short secrets can
 * be brute-forced from an unsalted hash).
 */
export function contentHash(files: InstallFile[], extraParts: string[] = []): string {
    const hash = crypto.createHash("sha256");
    const canonical = files
        .map((f) => [f.path, f.mode, f.owner ?? "root", f.group ?? "root", f.content])
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    hash.update(JSON.stringify({ files: canonical, extraParts }));
    return hash.digest("hex");
}
