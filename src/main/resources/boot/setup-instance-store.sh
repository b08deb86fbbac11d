#!/usr/bin/env bash
# Puts the instance store under /var/lib/overleaf (RAID0 when there are several disks) and moves Docker's data
# there: compiles, uploads and images want a fast local disk. Runs before docker.service on every boot: after a
# reboot it finds the array and filesystem again; after a stop/start the disks are new and it starts over.
set -euo pipefail
# shellcheck source=boot-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/boot-lib.sh"

RAID_NAME=overleaf
DOCKER_DATA_ROOT="$INSTANCE_STORE_MOUNT/docker"

# Each instance-store disk has several by-id links (one per namespace, say): resolve and dedupe them.
instance_store_disks() {
  local link
  for link in "$DISK_BY_ID"/nvme-Amazon_EC2_NVMe_Instance_Storage_*; do
    if [[ -e "$link" ]]; then realpath "$link"; fi
  done | sort -u
}

# raid0_array DISK...: print the RAID0 array of DISKs, creating it on a node's first boot.
raid0_array() {
  local array="$ROOT/dev/md/$RAID_NAME"
  if [[ ! -e "$array" ]]; then
    # udev re-assembles the array at boot; should it not have yet, assemble before creating anew.
    # --homehost=any keeps the name /dev/md/overleaf whatever the hostname is.
    mdadm --assemble "$array" "$@" >&2 2>/dev/null ||
      mdadm --create "$array" --run --level=0 --raid-devices="$#" --name="$RAID_NAME" --homehost=any "$@" >&2
  fi
  echo "$array"
}

# Docker reads data-root at start; this unit runs before docker.service, so the first start already uses it.
point_docker_at_instance_store() {
  local config="$ROOT/etc/docker/daemon.json" current='{}'
  mkdir -p "$(dirname "$config")" "$DOCKER_DATA_ROOT"
  if [[ -s "$config" ]]; then current=$(<"$config"); fi
  jq --arg root "$DOCKER_DATA_ROOT" '. + {"data-root": $root}' <<<"$current" >"$config.new"
  mv "$config.new" "$config"
}

mapfile -t disks < <(instance_store_disks)
case ${#disks[@]} in
  0) die "no NVMe instance store under $DISK_BY_ID: Overleaf nodes need an instance type with one (m6id, c6id, r6id ...)" ;;
  1) device=${disks[0]} ;;
  *) device=$(raid0_array "${disks[@]}") ;;
esac
log "instance store: ${disks[*]} as $device"
mount_by_uuid "$device" "$INSTANCE_STORE_MOUNT"
mkdir -p "$ROOT$SERVER_PRO_DATA_DIR" "$SERVER_PRO_LOG_DIR"
point_docker_at_instance_store
