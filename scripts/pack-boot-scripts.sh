#!/usr/bin/env bash
# Writes the gzipped copies of the node boot scripts that user data carries (src/main/resources/boot/packed).
# They are committed, not made at build or run time: gzip output differs between zlib builds, and user data
# that changed with the machine running `pulumi preview` would replace every node. Run after editing a script;
# PackedBootScriptsTest fails until the copies match.
set -euo pipefail
cd "$(dirname "$0")/../src/main/resources/boot"
mkdir -p packed
rm -f packed/*.gz
for script in *.sh; do
    gzip -9 --no-name --stdout "$script" > "packed/$script.gz"
done
