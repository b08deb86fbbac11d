#!/usr/bin/env bash
# Mutation testing with PIT (the `mutation` profile in pom.xml), then the score per package.
#
#   bash scripts/mutation.sh                 the pure packages (core, config, render, node); fails below 90% in any
#   bash scripts/mutation.sh config          one of them, while writing tests for it
#   bash scripts/mutation.sh infra           the Pulumi components (reported, no threshold)
#   bash scripts/mutation.sh config -DtargetTests='io.github.overleafha.config.*'   narrower: extra Maven arguments
#
# The score is PIT's: mutants detected (killed or timed out) over all mutants, uncovered ones included.
# Equivalent survivors, which no test can kill, are listed with their reasons in docs/mutation-testing.md.
# The HTML report is in target/pit-reports/index.html.
set -euo pipefail
cd "$(dirname "$0")/.."

threshold=90
packages=(core config render node)
if (($#)) && [[ $1 != -* ]]; then
    packages=("$1")
    shift
fi
base=io.github.overleafha
targets=$(printf "$base.%s.*," "${packages[@]}")
targets=${targets%,}
enforce=true
[[ ${packages[*]} == infra ]] && enforce=false

# Each package's mutants are for its own tests to kill: the mock-engine tests would only hide a missing unit test,
# and would make every surviving mutant cost minutes.
tests=(-DtargetTests="$targets")
[[ " $* " == *" -DtargetTests="* ]] && tests=()

start=$SECONDS
mvn -B -ntp -q -Pmutation test-compile org.pitest:pitest-maven:mutationCoverage -DtargetClasses="$targets" "${tests[@]}" "$@"
elapsed=$((SECONDS - start))

report=target/pit-reports/mutations.xml
[[ -f $report ]] || { echo "PIT wrote no $report" >&2; exit 1; }

# One <mutation> element per line: its detected attribute and its mutated class give the tally.
awk -v threshold="$threshold" -v enforce="$enforce" -v elapsed="$elapsed" '
    /<mutation / {
        match($0, /<mutatedClass>[^<]*<\/mutatedClass>/)
        class = substr($0, RSTART + 14, RLENGTH - 29)
        sub(/\$.*/, "", class)
        package = class
        sub(/\.[^.]*$/, "", package)
        total[package]++
        if ($0 ~ /detected=.true./) killed[package]++
        else {
            match($0, /status=.[A-Z_]+./); status = substr($0, RSTART + 8, RLENGTH - 9)
            match($0, /<lineNumber>[0-9]+/); line = substr($0, RSTART + 12, RLENGTH - 12)
            match($0, /<description>[^<]*/); description = substr($0, RSTART + 13, RLENGTH - 13)
            survivors[package] = survivors[package] sprintf("    %-11s %s:%s %s\n", status, class, line, description)
        }
    }
    END {
        failed = 0
        for (package in total) order[++n] = package
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (order[j] < order[i]) { t = order[i]; order[i] = order[j]; order[j] = t }
        printf "\nPIT mutation score per package (%d s)\n", elapsed
        for (i = 1; i <= n; i++) {
            package = order[i]
            score = 100 * killed[package] / total[package]
            low = enforce == "true" && score < threshold
            if (low) failed = 1
            printf "  %-36s %4d/%-4d killed  %5.1f%%%s\n", package, killed[package], total[package], score, low ? "  below " threshold "%" : ""
        }
        for (i = 1; i <= n; i++) if (order[i] in survivors) printf "\nnot killed in %s:\n%s", order[i], survivors[order[i]]
        exit failed
    }' "$report"
