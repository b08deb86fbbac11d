#!/usr/bin/env bash
# Writes the gzipped copies of the node boot scripts that user data carries (src/main/resources/boot/packed).
# They are committed, not made at build or run time: gzip output differs between zlib builds, and user data
# that changed with the machine running `pulumi preview` would replace every node. Run after editing a script;
# PackedBootScriptsTest fails until the copies match. Whole-line comments stay in the repository only (user data is
# limited to 16 KB): every line whose first non-blank character is # goes, except the shebang and shellcheck directives.
set -euo pipefail
cd "$(dirname "$0")/../src/main/resources/boot"
mkdir -p packed
rm -f packed/*.gz
for script in *.sh; do
    awk 'NR == 1 && /^#!/ { print; next } /^[[:space:]]*# shellcheck / { print; next } /^[[:space:]]*#/ { next } { print }' "$script" |
        gzip -9 --no-name --stdout > "packed/$script.gz"
done
