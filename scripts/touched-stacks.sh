#!/usr/bin/env bash
# Prints, as a JSON array, the AWS stacks that the change from <base> to <head> touches:
#   - a change to Pulumi.<stack>.yaml touches that stack only;
#   - any other change (code, pom.xml, Pulumi.yaml, scripts) touches every stack.
# A stack is listed only if its file exists at <head> (a deleted stack has nothing to preview or deploy),
# and never if its file sets `overleaf-ha:target: local`: that stack runs on a Docker host, not in AWS.
# <base> may be any tree-ish: from the empty tree every file is new, so every AWS stack is listed.
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 <base-sha> <head-sha>" >&2
    exit 2
fi
base=$1
head=$2

# Stack files sit at the repository root. Pulumi stack names are letters, digits, '-', '_' and '.',
# so a name needs no JSON escaping.
stack_file='^Pulumi\.([A-Za-z0-9_.-]+)\.yaml$'
local_target='^[[:space:]]*overleaf-ha:target:[[:space:]]*["'\'']?local["'\'']?[[:space:]]*(#.*)?$'

targets_local() {
    local content
    content=$(git show "$head:Pulumi.$1.yaml")
    grep -Eq "$local_target" <<<"$content"
}

changed_files=$(git diff --name-only --no-renames "$base" "$head")
root_files=$(git ls-tree --name-only "$head")

only_stack_files=true
declare -A changed_stacks=()
while IFS= read -r file; do
    [[ -n $file ]] || continue
    if [[ $file =~ $stack_file ]]; then
        changed_stacks[${BASH_REMATCH[1]}]=1
    else
        only_stack_files=false
    fi
done <<<"$changed_files"

listed=""
while IFS= read -r file; do
    [[ $file =~ $stack_file ]] || continue
    stack=${BASH_REMATCH[1]}
    if [[ $only_stack_files == true && ! -v changed_stacks[$stack] ]]; then
        continue
    fi
    if targets_local "$stack"; then
        continue
    fi
    listed+="${listed:+,}\"$stack\""
done <<<"$root_files"

printf '[%s]\n' "$listed"
