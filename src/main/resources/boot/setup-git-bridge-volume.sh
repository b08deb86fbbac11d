#!/usr/bin/env bash
# Mounts git-bridge's EBS volume on /var/lib/git-bridge (leader only) and grows its filesystem to the volume's size.
# attach-leader-resources.sh, the step before, found the volume and attached it: its id comes from there, and its
# device appears a little later, so wait for it. It keeps the repositories across instance replacements, so never
# format it twice.
set -euo pipefail
# shellcheck source=boot-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/boot-lib.sh"

VOLUME_WAIT_SECONDS=600
[[ -s "$GIT_BRIDGE_VOLUME_ID_FILE" ]] || die "no volume id in $GIT_BRIDGE_VOLUME_ID_FILE: attach-leader-resources.sh runs first"
volume_id=$(<"$GIT_BRIDGE_VOLUME_ID_FILE")
# The NVMe serial of an EBS volume is its id without the dash.
volume="$DISK_BY_ID/nvme-Amazon_Elastic_Block_Store_${volume_id//-/}"

wait_until "$VOLUME_WAIT_SECONDS" "EBS volume $volume_id at $volume" test -e "$volume"
mount_by_uuid "$volume" "$GIT_BRIDGE_MOUNT"
# gitBridgeVolumeSizeGiB may have grown the volume since the filesystem was made; when it did not, this changes nothing.
xfs_growfs "$GIT_BRIDGE_MOUNT" >&2
