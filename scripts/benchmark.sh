#!/usr/bin/env bash
# Times the offline plan of the dev stack at 3 and 30 nodes against an empty Pulumi Java program on the same
# mock engine (the floor), all in one run, and prints medians and ratios beside the targets and beside the
# committed baseline (bench/baseline.txt, measured on this project's 2-core machine).
# Usage: scripts/benchmark.sh [runs]   (default 7 runs of each)
#        scripts/benchmark.sh --save-baseline [runs]   (also rewrites bench/baseline.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
save_baseline=false
if [[ ${1:-} == --save-baseline ]]; then
    save_baseline=true
    shift
fi
runs=${1:-7}
baseline=bench/baseline.txt
jar=target/overleaf-ha.jar
# Always measure the code as it is now; Maven's output only matters when the build fails.
if ! build_log=$(mvn -q -B -ntp package -DskipTests 2>&1); then
    echo "$build_log" >&2
    exit 1
fi
classes=$(mktemp -d)
trap 'rm -rf "$classes"' EXIT
javac -d "$classes" -cp "$jar" bench/EmptyProgram.java

median_ms() { # runs a command $runs times, prints the median wall time in milliseconds
    local times=() start end
    for ((i = 0; i < runs; i++)); do
        start=$(date +%s%N)
        "$@" >/dev/null
        end=$(date +%s%N)
        times+=($(((end - start) / 1000000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

floor=$(median_ms java -cp "$jar:$classes" EmptyProgram)
three=$(median_ms java -jar "$jar" plan --stack dev --format json)
thirty=$(median_ms java -jar "$jar" plan --stack dev --format json --set overleaf-ha:nodeCount=30)
# Each resource's own "type" sits at the resources array's indent; inputs named "type" sit deeper.
count_resources() { java -jar "$jar" plan --stack dev --format json "$@" | grep -c '^    "type" : '; }
resources3=$(count_resources)
resources30=$(count_resources --set overleaf-ha:nodeCount=30)

baseline_of() { # the committed figure for a case, or "-" when there is none
    [[ -f $baseline ]] && awk -v key="$1" -F= '$1 == key { print $2; found = 1 } END { if (!found) print "-" }' "$baseline" || echo "-"
}

echo "runs of each: $runs  (machine: $(nproc) cores, $(java -version 2>&1 | head -1))"
printf '%-28s %10s %12s %10s\n' "case" "median ms" "baseline ms" "resources"
printf '%-28s %10s %12s %10s\n' "empty program (floor)" "$floor" "$(baseline_of floor_ms)" 0
printf '%-28s %10s %12s %10s\n' "dev plan, 3 nodes" "$three" "$(baseline_of three_nodes_ms)" "$resources3"
printf '%-28s %10s %12s %10s\n' "dev plan, 30 nodes" "$thirty" "$(baseline_of thirty_nodes_ms)" "$resources30"
awk -v f="$floor" -v t="$three" -v h="$thirty" 'BEGIN {
    printf "3 nodes / floor    = %.2f  (target <= 1.50)\n", t / f
    printf "30 nodes / 3 nodes = %.2f  (target <= 1.30)\n", h / t
}'
if $save_baseline; then
    printf 'floor_ms=%s\nthree_nodes_ms=%s\nthirty_nodes_ms=%s\n' "$floor" "$three" "$thirty" > "$baseline"
    echo "saved $baseline"
fi
