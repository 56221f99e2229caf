/**
 * The first-boot wait of the install scripts: on a node that has just booted, cloud-init may still
 * be configuring it and apt (unattended upgrades, cloud-init's own package step) may hold the dpkg
 * and apt locks, so an `apt-get` run now fails with "Could not get lock". The rendered bash waits,
 * with a bound, for cloud-init to finish and for the locks to be free, and says so when a bound is
 * reached: cloud-init still running is reported and the script goes on; a lock still held after its
 * bound fails the script naming the lock and its holder.
 *
 * Locks are detected through /proc/locks, which lists POSIX (fcntl) locks, the kind apt and dpkg
 * take, and flock(2) locks alike, keyed by device and inode; no lsof or fuser is needed.
 */
import { describeValue, integerProblem, throwIfProblems } from "../vocabulary";

/** Options of {@link renderFirstBootWait}. */
export interface FirstBootWaitOptions {
    /** Seconds to wait for `cloud-init status --wait` before going on without it, 1 to 3600. Default: 300. */
    cloudInitSeconds?: number;
    /** Seconds to wait for every lock to be free before failing, 1 to 3600. Default: 600. */
    lockSeconds?: number;
    /** Absolute paths of the lock files apt and dpkg take. Default: {@link aptLockFiles}. */
    lockFiles?: string[];
}

/** The locks apt-get and dpkg take (Debian and Ubuntu); files that do not exist are never held. */
export const aptLockFiles = ["/var/lib/dpkg/lock-frontend", "/var/lib/dpkg/lock", "/var/lib/apt/lists/lock", "/var/cache/apt/archives/lock"];

export const firstBootDefaults = { cloudInitSeconds: 300, lockSeconds: 600 } as const;

/** The longest the rendered wait can take, in seconds (for timeouts around the script). */
export function firstBootWaitBudgetSeconds(opts: FirstBootWaitOptions = {}): number {
    return (opts.cloudInitSeconds ?? firstBootDefaults.cloudInitSeconds) + (opts.lockSeconds ?? firstBootDefaults.lockSeconds);
}

function optionProblems(opts: FirstBootWaitOptions): Array<string | undefined> {
    return [
        opts.cloudInitSeconds === undefined ? undefined : integerProblem("cloudInitSeconds", opts.cloudInitSeconds, 1, 3600),
        opts.lockSeconds === undefined ? undefined : integerProblem("lockSeconds", opts.lockSeconds, 1, 3600),
        ...(opts.lockFiles ?? []).map((file, i) =>
            /^\/[A-Za-z0-9._\/-]+$/.test(file) ? undefined : `lockFiles[${i}]: ${describeValue(file)} is not a plain absolute path; use letters, digits, ".", "_", "-" and "/" only`,
        ),
    ];
}

/**
 * Bash lines defining `wait_for_first_boot` and calling it. They expect the script's `log` and
 * `fail` functions (both print with the node's name). Throws an InvalidArgumentsError listing every bad option.
 */
export function renderFirstBootWait(opts: FirstBootWaitOptions = {}): string[] {
    throwIfProblems("the first-boot wait", optionProblems(opts));
    const cloudInitSeconds = opts.cloudInitSeconds ?? firstBootDefaults.cloudInitSeconds;
    const lockSeconds = opts.lockSeconds ?? firstBootDefaults.lockSeconds;
    const lockFiles = opts.lockFiles ?? aptLockFiles;
    return [
        "# First boot: wait (bounded) for cloud-init and for the apt/dpkg locks before any package step.",
        "# lock_holder FILE prints the pid holding a lock on FILE (POSIX or flock, from /proc/locks), or nothing.",
        "lock_holder() {",
        '    [ -e "$1" ] && [ -r /proc/locks ] || return 0',
        "    local dev ino",
        '    read -r dev ino < <(stat -L -c \'%d %i\' "$1") || return 0',
        "    local id",
        '    id=$(printf \'%02x:%02x:%d\' $(( (dev >> 8) & 0xfff )) $(( (dev & 0xff) | ((dev >> 12) & 0xfff00) )) "$ino")',
        // Lines with "->" are processes waiting for the lock, not holding it.
        "    awk -v id=\"$id\" '$2 != \"->\" && $6 == id { print $5; exit }' /proc/locks",
        "}",
        "",
        "wait_for_first_boot() {",
        `    local cloud_init_seconds=${cloudInitSeconds} lock_seconds=${lockSeconds} status=0`,
        "    if command -v cloud-init >/dev/null 2>&1; then",
        '        timeout "$cloud_init_seconds" cloud-init status --wait >/dev/null 2>&1 || status=$?',
        '        if [ "$status" = 124 ]; then',
        '            log "cloud-init still running after ${cloud_init_seconds} s; going on without waiting longer"',
        '        elif [ "$status" != 0 ]; then',
        '            log "cloud-init finished with status $status (see cloud-init status --long); going on"',
        "        fi",
        "    fi",
        '    local deadline=$(( SECONDS + lock_seconds )) file holder waited=0',
        `    for file in ${lockFiles.join(" ")}; do`,
        "        while holder=$(lock_holder \"$file\"); [ -n \"$holder\" ]; do",
        '            if [ "$SECONDS" -ge "$deadline" ]; then',
        '                fail "$file is still locked after ${lock_seconds} s by pid $holder ($(ps -o comm= -p "$holder" 2>/dev/null || echo gone)); let it finish, then run again"',
        "            fi",
        '            [ "$waited" = 1 ] || log "waiting for $file (held by pid $holder) for up to ${lock_seconds} s"',
        "            waited=1",
        "            sleep 2",
        "        done",
        "    done",
        "}",
        "wait_for_first_boot",
    ];
}
