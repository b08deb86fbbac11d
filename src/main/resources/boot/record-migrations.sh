#!/usr/bin/env bash
# On the leader: once Server Pro logs that its migrations finished, record its version in the SSM parameter the
# followers wait on. After a reboot on the same version the parameter already says so and nobody waits.
set -euo pipefail
# shellcheck source=boot-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/boot-lib.sh"

# grep reads all of the logs (no -q): an early exit would fail `docker logs` with SIGPIPE under pipefail.
server_pro_finished_migrations() {
  docker logs "$SERVER_PRO_CONTAINER" 2>&1 | grep --fixed-strings 'Finished migrations' >/dev/null
}

if migrations_recorded_for_this_version; then
  log "migrations of Server Pro $SERVER_PRO_VERSION already recorded"
  exit 0
fi
wait_until "$MIGRATION_WAIT_SECONDS" "Server Pro $SERVER_PRO_VERSION to finish its migrations" \
  server_pro_finished_migrations
aws ssm put-parameter --name "$MIGRATION_PARAMETER" --region "$AWS_REGION" \
  --type String --value "$SERVER_PRO_VERSION" --overwrite >/dev/null
log "recorded: migrations of Server Pro $SERVER_PRO_VERSION finished"
