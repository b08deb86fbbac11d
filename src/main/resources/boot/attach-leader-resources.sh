#!/usr/bin/env bash
# On the leader: takes node 1's fixed network interface (every node's GIT_BRIDGE_HOST) and git-bridge's volume over.
# The leader's group launches a replacement before it terminates the old leader, so the old one may still hold
# them: wait until they are free, then attach them here. After a reboot they are attached to this instance already.
# Both are found by the stack's leader tag in node 1's zone. The instance role may attach only resources carrying that
# tag, and only to instances of the leader's group. The volume's id goes on to setup-git-bridge-volume.sh.
set -euo pipefail
# shellcheck source=boot-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/boot-lib.sh"

# The old leader is terminated once this one serves traffic: after its image pulls and the deregistration delay.
RELEASE_WAIT_SECONDS=3600
# Where git-bridge's volume is attached; on Nitro instances it appears as an NVMe device named by volume id.
VOLUME_DEVICE=/dev/sdf
# Device index 0 is the interface the instance was launched with.
INTERFACE_DEVICE_INDEX=1

instance=$(instance_id)

# leader_resource KIND: the id of the volume or network interface tagged for this stack's leader in node 1's zone (the
# interface: in LEADER_SUBNET too, when set; the volume: the one restored from GIT_BRIDGE_SNAPSHOT_ID, or created empty
# when that is empty). AWS assigns the ids on create; user data names what is known before. Exactly one interface
# matches, or the boot stops. Volumes are data, which `pulumi destroy` leaves in EC2 with retainDataOnDestroy: a stack
# brought up again finds the retained one too, so the newest volume is the stack's own (newest_of sorts by creation).
leader_resource() {
  local ids id filters=("Name=tag:$LEADER_RESOURCE_TAG,Values=$LEADER_RESOURCE_TAG_VALUE" "Name=availability-zone,Values=$LEADER_ZONE")
  case $1 in
    volume)
      ids=$(aws ec2 describe-volumes --filters "${filters[@]}" --region "$AWS_REGION" \
        --query "Volumes[?SnapshotId=='$GIT_BRIDGE_SNAPSHOT_ID'].[CreateTime,VolumeId]" --output text)
      id=$(newest_of "volumes tagged $LEADER_RESOURCE_TAG=$LEADER_RESOURCE_TAG_VALUE in $LEADER_ZONE" taking "$ids") ;;
    network-interface)
      if [[ -n "$LEADER_SUBNET" ]]; then filters+=("Name=subnet-id,Values=$LEADER_SUBNET"); fi
      # Paginated (--page-size): in an account with many interfaces EC2 refuses an unpaginated describe unless it
      # filters by subnet, VPC or another listed key, and without LEADER_SUBNET this one does not.
      ids=$(aws ec2 describe-network-interfaces --filters "${filters[@]}" --region "$AWS_REGION" --page-size 1000 \
        --query 'NetworkInterfaces[].NetworkInterfaceId' --output text)
      # Exactly one: two ids, and the tab (one page) or newline (two pages) between them, fail the check below. The
      # CLI prints nothing for a page without any, so a single match on any page passes.
      id=$ids ;;
  esac
  [[ "$id" =~ ^(vol|eni)-[0-9a-f]+$ ]] ||
    die "expected one $1 tagged $LEADER_RESOURCE_TAG=$LEADER_RESOURCE_TAG_VALUE in $LEADER_ZONE, found: ${ids:-none}"
  echo "$id"
}

# holder KIND ID: the instance the volume or network interface ID is attached to, "None" when it is free. By id: one
# page, so [0] is that resource's.
holder() {
  case $1 in
    volume) aws ec2 describe-volumes --volume-ids "$2" --region "$AWS_REGION" \
      --query 'Volumes[0].Attachments[0].InstanceId' --output text ;;
    network-interface) aws ec2 describe-network-interfaces --network-interface-ids "$2" --region "$AWS_REGION" \
      --query 'NetworkInterfaces[0].Attachment.InstanceId' --output text ;;
  esac
}

# free_or_here KIND ID: whether no other instance holds it; leaves the holder it found in $current_holder.
free_or_here() {
  current_holder=$(holder "$1" "$2")
  [[ "$current_holder" == None || "$current_holder" == "$instance" ]]
}

# take KIND ID: attach the volume or network interface ID to this instance, once no other instance holds it.
take() {
  local kind=$1 id=$2
  wait_until "$RELEASE_WAIT_SECONDS" "$kind $id to be released by the leader this instance replaces" free_or_here "$kind" "$id"
  if [[ "$current_holder" == "$instance" ]]; then
    log "$kind $id is attached to this instance already"
    return
  fi
  case $kind in
    volume) aws ec2 attach-volume --volume-id "$id" --instance-id "$instance" --device "$VOLUME_DEVICE" \
      --region "$AWS_REGION" >/dev/null ;;
    network-interface) aws ec2 attach-network-interface --network-interface-id "$id" --instance-id "$instance" \
      --device-index "$INTERFACE_DEVICE_INDEX" --region "$AWS_REGION" >/dev/null ;;
  esac
  log "attached $kind $id to $instance"
}

# git-bridge's image first, while the old leader still serves git: once the interface and volume are here (the old
# leader is gone, git is down), git-bridge starts at once instead of after a pull. Already here after a reboot.
pull_missing "$GIT_BRIDGE_IMAGE"

# The address first: AL2023's amazon-ec2-net-utils configures the second interface with its own routing table.
interface=$(leader_resource network-interface)
volume=$(leader_resource volume)
take network-interface "$interface"
take volume "$volume"
mkdir -p "$RUN_DIR"
echo "$volume" >"$GIT_BRIDGE_VOLUME_ID_FILE"
