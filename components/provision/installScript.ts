/**
 * One idempotent bash script per node: installs nginx + keepalived + curl when missing, writes each
 * file only when its content, mode or owner differ, validates, and applies a change with the least
 * disruptive action: nginx and keepalived are reloaded (keepalived's SIGHUP keeps its VRRP state);
 * keepalived is restarted only when its global settings changed, and a node holding the VIP first
 * hands it over (a clean stop sends priority 0, so the next backup takes over at once).
 * Its last lines are `changed: ...` and `restarted: ...` (`none` when nothing happened), then
 * `reloaded: ...` and `started: ...` when something was. Secrets travel inside the script (stdin of
 * the remote command) and are never printed.
 */
import { describeValue, enumProblem, throwIfProblems, userNameProblem } from "../vocabulary";
import { ProvisionEnvironment, ServiceControl } from "./environment";
import { renderFirstBootWait } from "./firstBoot";
import { keepalivedFunctions, vrrpFactsProblems, VrrpNodeFacts } from "./installKeepalived";
import { filePathProblem } from "./keepalived";
import { shellQuote } from "./shellQuote";
import { validateNodeName } from "./nginx";

export { VrrpNodeFacts } from "./installKeepalived";

/** Which service must re-read its configuration when a file changes. */
export enum ManagedService {
    /** Reloaded (`nginx -s reload` / `systemctl reload-or-restart`). */
    Nginx = "nginx",
    /** Reloaded (SIGHUP), or restarted with a VIP handover when `global_defs` changed. */
    Keepalived = "keepalived",
    /** A systemd unit or drop-in: `systemctl daemon-reload`, no restart. */
    SystemdUnit = "systemd",
    /** Content is read on every request (e.g. the page): nothing to do. */
    None = "none",
}

/** A file the script keeps in place. */
export interface InstallFile {
    /** Absolute path on the node. Required. */
    path: string;
    /** Exact content; a trailing newline is added when missing. Required. */
    content: string;
    /** Octal mode as `stat -c %a` prints it, e.g. `"644"`. Required. */
    mode: string;
    /** Owner user. Default: `"root"`. */
    owner?: string;
    /** Owner group. Default: `"root"`. */
    group?: string;
    /** Service to restart when this file changes. Default: `ManagedService.None`. */
    service?: ManagedService;
}

/** Options for {@link renderInstallScript}. */
export interface InstallScriptOptions {
    /** Name shown in the script's messages. Required. */
    nodeName: string;
    /** Files to keep in place. Required. */
    files: InstallFile[];
    /** Paths and service control. Required (see `systemdEnvironment()`). */
    environment: ProvisionEnvironment;
    /** Install, check and run keepalived with these facts; absent renders an nginx-only script (web nodes behind a load balancer). Default: none. */
    vrrp?: VrrpNodeFacts;
}

/** A heredoc delimiter that does not occur as a line of `content`. */
function heredocDelimiter(content: string, index: number): string {
    const lines = new Set(content.split("\n"));
    let delimiter = `PROVISION_FILE_${index}`;
    while (lines.has(delimiter)) {
        delimiter += "_";
    }
    return delimiter;
}

/**
 * Every value the script writes outside a quoted heredoc is checked here: the node name (in a
 * comment and a variable), each file's path, mode, owner, group and service, and the paths of
 * the environment. File contents travel in quoted heredocs and need no check.
 */
function scriptOptionProblems(opts: InstallScriptOptions): string[] {
    const problems: Array<string | undefined> = [...validateNodeName(opts.nodeName)];
    opts.files.forEach((file, i) => {
        const at = `files[${i}]`;
        problems.push(filePathProblem(`${at}.path`, file.path));
        if (typeof file.mode !== "string" || !/^[0-7]{3,4}$/.test(file.mode)) {
            problems.push(`${at}.mode: ${describeValue(file.mode)} is not an octal mode; use octal digits such as "644"`);
        }
        problems.push(userNameProblem(`${at}.owner`, file.owner ?? "root"), userNameProblem(`${at}.group`, file.group ?? "root"));
        problems.push(enumProblem(`${at}.service`, file.service ?? ManagedService.None, ManagedService));
        if (file.content.includes("\0")) {
            problems.push(`${at}.content: holds a NUL byte, which no text file and no shell heredoc can carry; remove it`);
        }
    });
    const env = opts.environment;
    env.nginxSitesToRemove.forEach((path, i) => problems.push(filePathProblem(`environment.nginxSitesToRemove[${i}]`, path)));
    for (const key of ["nginxSitePath", "webRoot", "keepalivedConfPath", "checkScriptPath"] as const) {
        problems.push(filePathProblem(`environment.${key}`, env[key]));
    }
    if (opts.vrrp !== undefined) {
        problems.push(...vrrpFactsProblems(opts.vrrp));
    }
    return problems.filter((p): p is string => p !== undefined);
}

function serviceFunctions(name: string, control: ServiceControl): string[] {
    return [
        `${name}_enable() { ${control.enable}; }`,
        `${name}_is_active() { ${control.isActive}; }`,
        `${name}_start() { ${control.start}; }`,
        `${name}_restart() { ${control.restart}; }`,
        `${name}_reload() { ${control.reload}; }`,
        `${name}_stop() { ${control.stop}; }`,
    ];
}

function stageFile(file: InstallFile, index: number): string[] {
    const content = file.content.endsWith("\n") ? file.content : `${file.content}\n`;
    const delimiter = heredocDelimiter(content, index);
    const service = file.service ?? ManagedService.None;
    return [
        `cat > "$STAGE/file${index}" <<'${delimiter}'`,
        content + delimiter,
        `put_file "$STAGE/file${index}" ${shellQuote(file.path)} ${file.mode.replace(/^0(?=\d{3}$)/, "")} ${file.owner ?? "root"} ${file.group ?? "root"} ${service}`,
    ];
}

/** Renders the install script. The same function renders the ECS script and the test-node script. */
export function renderInstallScript(opts: InstallScriptOptions): string {
    throwIfProblems("install script options", scriptOptionProblems(opts));
    const env = opts.environment;
    const vrrp = opts.vrrp;
    const keepalived = vrrp !== undefined;
    /** The lines, or nothing when keepalived is not managed. */
    const ifKeepalived = (...lines: string[]): string[] => (keepalived ? lines : []);
    return [
        "#!/usr/bin/env bash",
        `# Provisions nginx${keepalived ? " + keepalived" : ""} on ${opts.nodeName}. Idempotent: a second run changes nothing.`,
        "set -euo pipefail",
        "umask 077",
        "export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        `NODE=${shellQuote(opts.nodeName)}`,
        "",
        'log() { printf \'[provision %s] %s\\n\' "$NODE" "$*"; }',
        'fail() { printf \'[provision %s] ERROR: %s\\n\' "$NODE" "$*" >&2; exit 1; }',
        "",
        ...serviceFunctions("nginx", env.nginx),
        ...ifKeepalived(...serviceFunctions("keepalived", env.keepalived)),
        ...(vrrp === undefined ? [] : ["", ...keepalivedFunctions(vrrp, env)]),
        "",
        "install_missing_packages() {",
        "    local missing=()",
        "    command -v nginx >/dev/null 2>&1 || missing+=(nginx)",
        ...ifKeepalived("    command -v keepalived >/dev/null 2>&1 || missing+=(keepalived)"),
        "    [ -x /usr/bin/curl ] || missing+=(curl)",
        "    [ ${#missing[@]} -eq 0 ] && return 0",
        '    log "installing ${missing[*]}"',
        "    if command -v apt-get >/dev/null 2>&1; then",
        "        DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null || fail \"apt-get update failed\"",
        '        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null || fail "apt-get install ${missing[*]} failed"',
        "    elif command -v dnf >/dev/null 2>&1; then",
        '        dnf install -y -q "${missing[@]}" >/dev/null || fail "dnf install ${missing[*]} failed"',
        "    elif command -v yum >/dev/null 2>&1; then",
        '        yum install -y -q "${missing[@]}" >/dev/null || fail "yum install ${missing[*]} failed (nginx may need EPEL)"',
        "    else",
        '        fail "no apt-get, dnf or yum found: install ${missing[*]} first"',
        "    fi",
        "}",
        "",
        "STAGE=$(mktemp -d)",
        "trap 'rm -rf \"$STAGE\"' EXIT",
        "CHANGED=()",
        "NGINX_CHANGED=0",
        "SYSTEMD_CHANGED=0",
        ...ifKeepalived("KEEPALIVED_CHANGED=0", "KEEPALIVED_RESTART=0"),
        ": > \"$STAGE/rollback\"",
        "",
        "mark_changed() {",
        '    CHANGED+=("$1")',
        '    case "$2" in',
        "        nginx) NGINX_CHANGED=1 ;;",
        "        systemd) SYSTEMD_CHANGED=1 ;;",
        ...ifKeepalived("        keepalived) KEEPALIVED_CHANGED=1 ;;"),
        "    esac",
        "}",
        "",
        "# Remembers how to undo a change to $1, so a failed validation leaves the old files in place.",
        "remember() {",
        '    local backup="$STAGE/backup${#CHANGED[@]}"',
        '    if [ -e "$1" ] || [ -L "$1" ]; then cp -a "$1" "$backup"; else backup=-; fi',
        '    printf \'%s %s\\n\' "$backup" "$1" >> "$STAGE/rollback"',
        "}",
        "",
        "rollback() {",
        "    local backup path",
        "    while read -r backup path; do",
        '        if [ "$backup" = - ]; then rm -f "$path"; else cp -a "$backup" "$path"; fi',
        '    done < "$STAGE/rollback"',
        "}",
        "",
        "# put_file STAGED DEST MODE OWNER GROUP SERVICE: installs DEST only when content/mode/owner differ.",
        "put_file() {",
        '    local staged=$1 dest=$2 mode=$3 owner=$4 group=$5 service=$6',
        '    if [ -f "$dest" ] && [ ! -L "$dest" ] && cmp -s "$staged" "$dest" \\',
        '        && [ "$(stat -c \'%a %U %G\' "$dest")" = "$mode $owner $group" ]; then',
        "        return 0",
        "    fi",
        "    # Directories must stay readable by the daemons (nginx workers run as www-data or nginx).",
        '    (umask 022 && mkdir -p "$(dirname "$dest")")',
        '    remember "$dest"',
        ...ifKeepalived(
            '    if [ "$service" = keepalived ] && [ -f "$dest" ] && [ "$(restart_key_of "$dest")" != "$(restart_key_of "$staged")" ]; then',
            "        KEEPALIVED_RESTART=1",
            "    fi",
        ),
        '    install -o "$owner" -g "$group" -m "$mode" "$staged" "$dest.provision-new" || fail "cannot write $dest"',
        '    mv -f "$dest.provision-new" "$dest"',
        '    mark_changed "$dest" "$service"',
        "}",
        "",
        "remove_site() {",
        '    if [ -e "$1" ] || [ -L "$1" ]; then',
        '        remember "$1"',
        '        rm -f "$1"',
        '        mark_changed "removed $1" nginx',
        "    fi",
        "}",
        "",
        "# ensure_service NAME CHANGED HOW: applies changed files to a running NAME (HOW is reload or",
        "# restart), starts a stopped one, then checks that it runs.",
        "ensure_service() {",
        "    local name=$1 changed=$2 how=$3",
        '    if [ "$changed" = 1 ]; then',
        '        "${name}_enable" || fail "cannot enable $name"',
        "    fi",
        '    if ! "${name}_is_active"; then',
        '        "${name}_start" || fail "cannot start $name"',
        '        STARTED+=("$name")',
        '    elif [ "$changed" = 0 ]; then',
        "        return 0",
        '    elif [ "$how" = reload ]; then',
        '        "${name}_reload" || fail "cannot reload $name"',
        '        RELOADED+=("$name")',
        "    else",
        '        "${name}_restart_safely"',
        '        RESTARTED+=("$name")',
        "    fi",
        "    local _",
        "    for _ in $(seq 1 50); do",
        '        "${name}_is_active" && return 0',
        "        sleep 0.1",
        "    done",
        '    fail "$name did not stay running (check its log; another instance may hold its pid file)"',
        "}",
        "",
        "[ \"$(id -u)\" = 0 ] || fail \"run as root (e.g. sudo bash -s)\"",
        ...renderFirstBootWait(),
        "install_missing_packages",
        ...ifKeepalived("ensure_script_user"),
        "",
        ...opts.files.flatMap((file, i) => stageFile(file, i)),
        ...env.nginxSitesToRemove.map((path) => `remove_site ${shellQuote(path)}`),
        "",
        'if [ "$NGINX_CHANGED" = 1 ] && ! nginx -t -q 2> "$STAGE/nginx-check.log"; then',
        "    sed 's/^/  nginx -t: /' \"$STAGE/nginx-check.log\" >&2",
        "    rollback",
        '    fail "nginx -t rejected the new configuration; previous files restored"',
        "fi",
        ...ifKeepalived(
            'if [ "$KEEPALIVED_CHANGED" = 1 ] && ! check_keepalived_config; then',
            "    rollback",
            '    fail "keepalived -t rejected the new configuration; previous files restored"',
            "fi",
        ),
        "",
        'if [ "$SYSTEMD_CHANGED" = 1 ]; then',
        `    ${env.daemonReload} || fail "cannot reload the systemd units"`,
        "fi",
        "RESTARTED=()",
        "RELOADED=()",
        "STARTED=()",
        'ensure_service nginx "$NGINX_CHANGED" reload',
        ...ifKeepalived('ensure_service keepalived "$KEEPALIVED_CHANGED" "$([ "$KEEPALIVED_RESTART" = 1 ] && echo restart || echo reload)"'),
        "",
        'if [ ${#CHANGED[@]} -eq 0 ]; then echo "changed: none"; else echo "changed: ${CHANGED[*]}"; fi',
        'if [ ${#RESTARTED[@]} -eq 0 ]; then echo "restarted: none"; else echo "restarted: ${RESTARTED[*]}"; fi',
        'if [ ${#RELOADED[@]} -gt 0 ]; then echo "reloaded: ${RELOADED[*]}"; fi',
        'if [ ${#STARTED[@]} -gt 0 ]; then echo "started: ${STARTED[*]}"; fi',
        "",
    ].join("\n");
}
