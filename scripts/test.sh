#!/usr/bin/env bash
# The project's test command: installs the outside tools the tests run for real (HAProxy, ShellCheck,
# cloud-init, jq, jp, systemd-analyze) when they are missing, then runs every test with Maven.
set -euo pipefail
cd "$(dirname "$0")/.."

declare -A package_of=([haproxy]=haproxy [shellcheck]=shellcheck [cloud-init]=cloud-init [jq]=jq [jp]=jp [systemd-analyze]=systemd)
missing=()
for tool in "${!package_of[@]}"; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("${package_of[$tool]}")
done
if ((${#missing[@]})); then
    if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
        echo "missing tools: ${missing[*]}; install them (Debian: sudo apt-get install -y ${missing[*]}) and run again" >&2
        exit 1
    fi
    echo "installing ${missing[*]} from Debian" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

exec mvn -B -ntp test "$@"
