#!/usr/bin/env bash
# Writes the secrets every node shares to /etc/overleaf/secrets.env (root only) and logs Docker in to the image
# registry. Values never reach the command line, the journal or the user data: they go from the AWS CLI through
# pipes into files and stdin. Never add `set -x` here.
set -euo pipefail
# shellcheck source=boot-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/boot-lib.sh"

umask 077

# The secret is a flat JSON object of variable name -> value for `docker run --env-file`, which has no quoting:
# a value must be one line. Every expected name must be there: if one of them is missing, Server Pro regenerates
# all of its secrets and the nodes no longer agree. Error messages name keys, never values. The names of
# SECRET_FILES (NAME=path in the container) and MULTILINE_SECRETS stay out of the env file and may span lines.
# shellcheck disable=SC2016 # the $names are jq's
ENV_FILE_LINES='
  ($expected | split(" ") | map(select(. != ""))) as $names
  | ($apart | split(" ") | map(select(. != ""))) as $apart
  | if type != "object" then error("the secret is not a JSON object")
    elif any(.[]; type != "string") then error("every value must be a string")
    elif any(to_entries[] | select(.key | IN($apart[]) | not); .value | test("[\r\n]"))
      then error("every value must be a one-line string")
    elif any(keys[]; test("^[A-Za-z_][A-Za-z0-9_]*$") | not) then error("every key must be a variable name")
    elif ($names - keys) != [] then error("missing: \($names - keys | join(" "))")
    else to_entries[] | select(.key | IN($apart[]) | not) | "\(.key)=\(.value)"
    end'
# Server Pro's web service runs as www-data (server-ce/runit/web-overleaf/run: setuser www-data), uid 33 in its
# Ubuntu image: the owner of the files mounted into the container.
SERVER_PRO_WEB_UID=33

# secret_arn NAME_PREFIX: the newest secret whose name starts with NAME_PREFIX. Pulumi gives the secret a name prefix
# (AWS completes it on create), so user data names the prefix, known before the secret exists. ListSecrets' name
# filter is a case-sensitive prefix match and lists no secret pending deletion; the query checks the prefix again.
# An older match is a secret `pulumi destroy` left in AWS with retainDataOnDestroy before the stack was brought up
# again (or the one a replacement is about to delete): the stack's own secret is the newest, since two live stacks
# of the same project and stack names cannot share a region (their log groups and parameters would clash).
secret_arn() {
  local arns arn
  arns=$(aws secretsmanager list-secrets --filters "Key=name,Values=$1" --region "$AWS_REGION" \
    --query "SecretList[?starts_with(Name, '$1')].[CreatedDate,ARN]" --output text)
  arn=$(newest_of "secrets named $1..." reading "$arns")
  [[ -n "$arn" ]] || die "no secret named $1... in $AWS_REGION"
  [[ "$arn" =~ ^arn:[^[:space:]]+$ ]] || die "not a secret's ARN: $arn"
  echo "$arn"
}

secret_string() {
  local arn
  arn=$(secret_arn "$1")
  aws secretsmanager get-secret-value --secret-id "$arn" --region "$AWS_REGION" --query SecretString --output text
}

# Both containers of the leader run this script as they start: each writes its own temp files, then swaps them in.
secrets_env=$(mktemp "$CONFIG_DIR/secrets.env.XXXXXX")
secret_json=$(mktemp "$CONFIG_DIR/secret.json.XXXXXX")
trap 'rm -f "$secrets_env" "$secret_json"' EXIT
secret_string "$SHARED_SECRETS_NAME" >"$secret_json"
mounted=()
for entry in $SECRET_FILES; do mounted+=("${entry%%=*}"); done
read -ra multi_line <<<"$MULTILINE_SECRETS"
jq --raw-output --arg expected "$SHARED_SECRET_NAMES" --arg apart "${mounted[*]} ${multi_line[*]}" "$ENV_FILE_LINES" \
  <"$secret_json" >"$secrets_env"
mv "$secrets_env" "$CONFIG_DIR/secrets.env"
log "wrote $CONFIG_DIR/secrets.env"

# secret_file NAME [OWNER]: the secret's NAME, alone in a read-only file of the secret-file directory.
secret_file() {
  local name=$1 file
  mkdir -p "$SECRET_FILE_DIR"
  file=$(mktemp "$SECRET_FILE_DIR/$name.XXXXXX")
  jq --raw-output --arg name "$name" '.[$name]' <"$secret_json" >"$file"
  chmod 0400 "$file"
  if [[ $# -gt 1 ]]; then chown "$2:$2" "$file"; fi
  mv "$file" "$SECRET_FILE_DIR/$name"
  log "wrote $SECRET_FILE_DIR/$name"
}
for name in "${mounted[@]}"; do secret_file "$name" "$SERVER_PRO_WEB_UID"; done
for name in "${multi_line[@]}"; do secret_file "$name"; done

if [[ -n "$REGISTRY_CREDENTIALS_NAME" ]]; then
  credentials=$(secret_string "$REGISTRY_CREDENTIALS_NAME")
  username=$(printf '%s' "$credentials" | jq --raw-output --exit-status .username)
  printf '%s' "$credentials" | jq --raw-output --exit-status .password |
    docker login --username "$username" --password-stdin "$REGISTRY" >&2
fi
