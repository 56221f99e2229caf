#!/usr/bin/env bash
# Installs the Debian packages the tests need: the real keepalived and nginx for the HA tests,
# the shellcheck linter for the rendered scripts, ssh (`ssh -G`) for the rendered ssh_config,
# iproute2/iptables for the network namespaces, openssh-server for the host-key pinning spec (a real
# sshd), util-linux (nsenter, runuser) and passwd (useradd) that the install script uses.
# Idempotent: installs only what is missing. Needs root (or sudo).
set -euo pipefail

packages=(keepalived nginx-light shellcheck iproute2 iptables curl procps openssh-client openssh-server util-linux passwd)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ "${#missing[@]}" -eq 0 ]; then
    echo "test packages: all installed"
    exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "installing ${missing[*]} needs root; run this script as root" >&2; exit 1; }
    as_root=(sudo)
fi
echo "test packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
