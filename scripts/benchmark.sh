#!/usr/bin/env bash
# Times the offline plan of the dev stack at 3 and 30 nodes, run through the launcher (bin/overleaf-ha) as the
# README runs it, against an empty Pulumi Java program on the same mock engine run with the JVM's default flags
# (the floor), all in one run, and prints medians and ratios beside the targets and beside the committed
# baseline (bench/baseline.txt, measured on this project's 2-core machine). The three cases are interleaved, run
# by run, so load from other processes falls on all of them alike; the min-max spread shows how noisy it was.
# The targets are on wall time; CPU time (all threads) is printed too: on a loaded machine the scheduler shares
# the cores per thread, which favours the floor's many JVM threads, and CPU time is steadier.
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

floor=(java -cp "$jar:$classes" EmptyProgram)
three=(bin/overleaf-ha plan --stack dev --format json)
thirty=(bin/overleaf-ha plan --stack dev --format json --set overleaf-ha:nodeCount=30)
quiet_plan() { # a plan's standard output; its standard error (the example stack's placeholder notice) only if it fails
    local err status=0
    err=$(mktemp)
    "$@" 2>"$err" || status=$?
    ((status == 0)) || cat "$err" >&2
    rm -f "$err"
    return "$status"
}
# The launcher's first run after a build makes its class-data archive; that is not what a plan costs.
quiet_plan "${three[@]}" >/dev/null

run_once() { # wall time and CPU time (user + system, all threads) of one run of a command, in milliseconds
    local TIMEFORMAT='%R %U %S' times
    times=$({ time "$@" >/dev/null 2>&1; } 2>&1)
    awk -v t="$times" 'BEGIN { split(t, a, " "); printf "%d %d\n", a[1] * 1000, (a[2] + a[3]) * 1000 }'
}
floor_times=() three_times=() thirty_times=() floor_cpus=() three_cpus=() thirty_cpus=()
for ((i = 0; i < runs; i++)); do
    read -r wall cpu <<<"$(run_once "${floor[@]}")"; floor_times+=("$wall"); floor_cpus+=("$cpu")
    read -r wall cpu <<<"$(run_once "${three[@]}")"; three_times+=("$wall"); three_cpus+=("$cpu")
    read -r wall cpu <<<"$(run_once "${thirty[@]}")"; thirty_times+=("$wall"); thirty_cpus+=("$cpu")
done
stats() { # median, min and max of the arguments
    printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)], a[1], a[NR] }'
}
read -r floor_ms floor_min floor_max <<<"$(stats "${floor_times[@]}")"
read -r three_ms three_min three_max <<<"$(stats "${three_times[@]}")"
read -r thirty_ms thirty_min thirty_max <<<"$(stats "${thirty_times[@]}")"
read -r floor_cpu _ <<<"$(stats "${floor_cpus[@]}")"
read -r three_cpu _ <<<"$(stats "${three_cpus[@]}")"
read -r thirty_cpu _ <<<"$(stats "${thirty_cpus[@]}")"

# Each resource's own "type" sits at the resources array's indent; inputs named "type" sit deeper.
count_resources() { quiet_plan "${three[@]}" "$@" | grep -c '^    "type" : '; }
resources3=$(count_resources)
resources30=$(count_resources --set overleaf-ha:nodeCount=30)

baseline_of() { # the committed figure for a case, or "-" when there is none
    [[ -f $baseline ]] && awk -v key="$1" -F= '$1 == key { print $2; found = 1 } END { if (!found) print "-" }' "$baseline" || echo "-"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
ratio3=$(ratio "$three_ms" "$floor_ms")
ratio30=$(ratio "$thirty_ms" "$three_ms")

echo "runs of each: $runs, interleaved  (machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1))"
printf '%-34s %10s %15s %12s %10s %12s\n' "case" "median ms" "min-max ms" "baseline ms" "resources" "CPU ms"
printf '%-34s %10s %15s %12s %10s %12s\n' "empty program, default flags" "$floor_ms" "$floor_min-$floor_max" "$(baseline_of floor_ms)" 0 "$floor_cpu"
printf '%-34s %10s %15s %12s %10s %12s\n' "bin/overleaf-ha plan dev, 3 nodes" "$three_ms" "$three_min-$three_max" "$(baseline_of three_nodes_ms)" "$resources3" "$three_cpu"
printf '%-34s %10s %15s %12s %10s %12s\n' "bin/overleaf-ha plan dev, 30 nodes" "$thirty_ms" "$thirty_min-$thirty_max" "$(baseline_of thirty_nodes_ms)" "$resources30" "$thirty_cpu"
within() { awk -v r="$1" -v t="$2" 'BEGIN { print (r <= t ? "within target" : "OVER TARGET") }'; }
printf '%-22s = %s  (target <= 1.50, baseline %s)  %s  [CPU time ratio %s]\n' "3 nodes / floor" "$ratio3" \
    "$(baseline_of three_nodes_over_floor)" "$(within "$ratio3" 1.50)" "$(ratio "$three_cpu" "$floor_cpu")"
printf '%-22s = %s  (target <= 1.25, baseline %s)  %s  [CPU time ratio %s]\n' "30 nodes / 3 nodes" "$ratio30" \
    "$(baseline_of thirty_over_three_nodes)" "$(within "$ratio30" 1.25)" "$(ratio "$thirty_cpu" "$three_cpu")"
if $save_baseline; then
    printf 'floor_ms=%s\nthree_nodes_ms=%s\nthirty_nodes_ms=%s\nthree_nodes_over_floor=%s\nthirty_over_three_nodes=%s\n' \
        "$floor_ms" "$three_ms" "$thirty_ms" "$ratio3" "$ratio30" > "$baseline"
    echo "saved $baseline"
fi
