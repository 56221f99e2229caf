/**
 * nginx site and page for a HA node: the page names the node (so a client can tell which node
 * holds the VIP) and `/healthz` is what keepalived's `chk_nginx` script probes on 127.0.0.1.
 */

import { describeValue, integerProblem, throwIfProblems } from "../vocabulary";
import { filePathProblem, urlPathProblem } from "./keepalived";

/** Options for {@link renderNginxSite}. */
export interface NginxSiteOptions {
    /** Directory served as the site root (holds `index.html`). Default: `/var/www/havip`. */
    webRoot?: string;
    /** TCP port nginx listens on, for the VIP and for the health check. Default: `80`. */
    port?: number;
    /** Path answered with 200 "ok" for the keepalived health check. Default: `/healthz`. */
    healthPath?: string;
}

/** Default web root on Debian and RHEL-family images. */
export const DEFAULT_WEB_ROOT = "/var/www/havip";
/** Default health path probed by the keepalived check script. */
export const DEFAULT_HEALTH_PATH = "/healthz";

const NODE_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

/** Returns the problems with `nodeName` (empty when it is fine to use in pages and file names). */
export function validateNodeName(nodeName: string, arg = "nodeName"): string[] {
    return typeof nodeName === "string" && NODE_NAME_PATTERN.test(nodeName)
        ? []
        : [`${arg}: ${describeValue(nodeName)} is not a node name; use 1 to 63 letters, digits, ".", "_" or "-", starting with a letter or digit`];
}

/** Renders the `index.html` that names the node; the line `served-by: <node>` is what tests parse. */
export function renderIndexPage(nodeName: string): string {
    throwIfProblems("index page options", validateNodeName(nodeName));
    return [
        "<!doctype html>",
        `<html><head><meta charset="utf-8"><title>${nodeName}</title></head>`,
        `<body><h1>${nodeName}</h1>`,
        `<p>served-by: ${nodeName}</p>`,
        "</body></html>",
        "",
    ].join("\n");
}

/** Extracts the node name from a page rendered by {@link renderIndexPage}, or undefined. */
export function servedBy(page: string): string | undefined {
    return /served-by: ([A-Za-z0-9._-]+)/.exec(page)?.[1];
}

/** Renders the nginx server block: default server on `port`, the node page, and the health path. */
export function renderNginxSite(opts: NginxSiteOptions = {}): string {
    const webRoot = opts.webRoot ?? DEFAULT_WEB_ROOT;
    const port = opts.port ?? 80;
    const healthPath = opts.healthPath ?? DEFAULT_HEALTH_PATH;
    throwIfProblems("nginx site options", [integerProblem("port", port, 1, 65535), filePathProblem("webRoot", webRoot), urlPathProblem("healthPath", healthPath)]);
    return [
        "# Managed by alicloud-blueprints provision: changes are overwritten on the next run.",
        "server {",
        `    listen ${port} default_server;`,
        "    server_name _;",
        `    root ${webRoot};`,
        "    index index.html;",
        "",
        `    location = ${healthPath} {`,
        "        access_log off;",
        "        default_type text/plain;",
        '        return 200 "ok\\n";',
        "    }",
        "",
        "    location / {",
        '        add_header Cache-Control "no-store";',
        "        try_files $uri $uri/ =404;",
        "    }",
        "}",
        "",
    ].join("\n");
}
