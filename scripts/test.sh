#!/usr/bin/env bash
# The project's test command: checks for a Java 25 JDK, installs the outside tools the tests run for real (HAProxy,
# ShellCheck, cloud-init, jq, jp, systemd-analyze) when they are missing, then runs every test with Maven.
set -euo pipefail
cd "$(dirname "$0")/.."

# The Java 25 JDK a test runs the program on (plan/Java25CommonPoolTest): not in Debian, so it is not installed here;
# checked first, so a missing one is said before any apt-get work.
export JAVA25_HOME=${JAVA25_HOME:-${JAVA_HOME_25_X64:-/usr/lib/jvm/temurin-25-jdk-amd64}}
if [[ ! -x $JAVA25_HOME/bin/java ]]; then
    echo "missing a Java 25 JDK at $JAVA25_HOME: install Temurin 25 (Debian/Ubuntu: the package" \
        "temurin-25-jdk of https://adoptium.net/installation/linux/; or a JDK from" \
        "https://adoptium.net/temurin/releases/?version=25), or set JAVA25_HOME to one, and run again" >&2
    exit 1
fi

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
