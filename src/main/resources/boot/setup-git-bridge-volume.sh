#!/usr/bin/env bash
# Mounts git-bridge's EBS volume on /var/lib/git-bridge (leader only) and grows its filesystem to the volume's size.
# The volume is attached after the instance starts, so wait for it; it keeps the repositories across instance
# replacements, so never format it twice.
set -euo pipefail
# shellcheck source=boot-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/boot-lib.sh"

VOLUME_WAIT_SECONDS=600
volume_id=$(leader_resource volume)
# The NVMe serial of an EBS volume is its id without the dash.
volume="$DISK_BY_ID/nvme-Amazon_Elastic_Block_Store_${volume_id//-/}"

wait_until "$VOLUME_WAIT_SECONDS" "EBS volume $volume_id at $volume" test -e "$volume"
mount_by_uuid "$volume" "$GIT_BRIDGE_MOUNT"
# gitBridgeVolumeSizeGiB may have grown the volume since the filesystem was made; when it did not, this changes nothing.
xfs_growfs "$GIT_BRIDGE_MOUNT" >&2
