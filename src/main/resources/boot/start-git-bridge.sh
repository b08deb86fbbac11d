#!/usr/bin/env bash
# Starts git-bridge on the leader (ExecStart of overleaf-git-bridge.service), its repositories on the EBS volume.
set -euo pipefail
# shellcheck source=boot-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/boot-lib.sh"

run_container "$GIT_BRIDGE_CONTAINER" \
  --user root \
  --env-file "$CONFIG_DIR/git-bridge.env" \
  --volume "$GIT_BRIDGE_MOUNT:/data/git-bridge" \
  --publish 8000:8000 \
  "$GIT_BRIDGE_IMAGE" /server-pro-start.sh
