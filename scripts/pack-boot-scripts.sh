#!/usr/bin/env bash
# Writes the archive of the node boot scripts that user data carries (src/main/resources/boot/packed/boot-scripts.tar.gz).
# It is committed, not made at build or run time: tar and gzip output differ between versions, and user data that
# changed with the machine running `pulumi preview` would roll every node. Run after editing a script;
# PackedBootScriptsTest fails until the archive matches. One archive, not one file per script: compressed together
# the scripts take about half the room (user data is limited to 16 KB). Whole-line comments stay in the repository
# only: every line whose first non-blank character is # goes, except the shebang and shellcheck directives.
set -euo pipefail
cd "$(dirname "$0")/../src/main/resources/boot"
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
for script in *.sh; do
    awk 'NR == 1 && /^#!/ { print; next } /^[[:space:]]*# shellcheck / { print; next } /^[[:space:]]*#/ { next } { print }' \
        "$script" >"$staging/$script"
    # The library is sourced, the others run.
    if [[ "$script" == boot-lib.sh ]]; then chmod 0644 "$staging/$script"; else chmod 0755 "$staging/$script"; fi
done
mkdir -p packed
rm -f packed/*.gz
(cd "$staging" && tar --format=ustar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf - -- *.sh) |
    gzip -9 --no-name >packed/boot-scripts.tar.gz
