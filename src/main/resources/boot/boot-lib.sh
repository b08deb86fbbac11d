# shellcheck shell=bash
# Sourced by every Overleaf boot script: paths, boot.env, logging and the shared steps.
# shellcheck disable=SC2034 # the paths are used by the scripts that source this file
# OVERLEAF_BOOT_ROOT prefixes every host path (devices included) so tests run against a temp dir.

ROOT="${OVERLEAF_BOOT_ROOT:-}"
CONFIG_DIR="$ROOT/etc/overleaf"
DISK_BY_ID="$ROOT/dev/disk/by-id"
FSTAB="$ROOT/etc/fstab"
INSTANCE_STORE_MOUNT="$ROOT/var/lib/overleaf"
GIT_BRIDGE_MOUNT="$ROOT/var/lib/git-bridge"
# Secrets that leave the env file (a file Server Pro reads, or a multi-line value), one file each, root only.
SECRET_FILE_DIR="$CONFIG_DIR/secret-files"
# Server Pro's own log files (its runit services write them under /var/log/overleaf), kept on the instance store.
SERVER_PRO_LOG_DIR="$INSTANCE_STORE_MOUNT/logs/server-pro"
# What one boot step found for a later one (the units run them in order): on tmpfs, so never a value from an
# earlier boot.
RUN_DIR="$ROOT/run/overleaf"
# git-bridge's volume id: attach-leader-resources.sh finds it by tag, setup-git-bridge-volume.sh mounts it.
GIT_BRIDGE_VOLUME_ID_FILE="$RUN_DIR/git-bridge-volume-id"
# Seconds between two checks of anything awaited; a test may shorten the loop.
POLL_SECONDS="${OVERLEAF_BOOT_POLL_SECONDS:-10}"

log() { echo "$*" >&2; }
die() { echo "error: $*" >&2; exit 1; }

# The node's parameters, written by cloud-init.
# shellcheck source=/dev/null
source "$CONFIG_DIR/boot.env"

# This instance's id, as cloud-init recorded it: names its log streams, and a new leader attaches resources to it.
instance_id() { cat "$ROOT/var/lib/cloud/data/instance-id"; }

# newest_of WHAT VERB LINES: the id of the newest of LINES, "CREATED<TAB>ID" each (the AWS CLI's text output of a
# query ending in .[CreatedDate,ID]), or nothing when there are none. They are sorted here, over every line: the CLI
# runs --query on each page of a paginated call by itself and prints each result, so sorting or indexing in the
# query would only order a page (a filtered list may spread its matches over pages, some empty). ISO timestamps in one
# zone sort as text. Lines without a tab (an absent list prints None) are no ids.
# Older ones are data `pulumi destroy` left in AWS with retainDataOnDestroy before the stack was brought up again:
# the stack's own is the newest. The log names the others, oldest first ("N WHAT: VERB the newest, ID; older ...").
# Callers check the id.
newest_of() {
  local found
  mapfile -t found < <(LC_ALL=C sort <<<"$3" | cut -sf2)
  ((${#found[@]} > 0)) || return 0
  if ((${#found[@]} > 1)); then
    log "${#found[@]} $1: $2 the newest, ${found[-1]}; older (left by a destroy?): ${found[*]:0:${#found[@]}-1}"
  fi
  echo "${found[-1]}"
}

# wait_until LIMIT_SECONDS WHAT COMMAND...: run COMMAND every POLL_SECONDS until it succeeds; fail after LIMIT_SECONDS.
wait_until() {
  local limit=$1 what=$2 waited=0
  shift 2
  until "$@"; do
    ((waited < limit)) || die "gave up after ${limit}s waiting for $what"
    log "waiting for $what (${waited}s so far)"
    sleep "$POLL_SECONDS"
    waited=$((waited + POLL_SECONDS))
  done
}

# mount_by_uuid DEVICE DIR: give DEVICE an XFS filesystem unless it has one, and mount it on DIR through fstab.
mount_by_uuid() {
  local device=$1 dir=$2 uuid entry
  if [[ -z "$(blkid -o value -s TYPE "$device" || true)" ]]; then
    log "no filesystem on $device: formatting it"
    mkfs.xfs "$device" >&2
  fi
  uuid=$(blkid -o value -s UUID "$device")
  # nofail: a replaced disk (stop/start) must not stop the boot; this script fixes the entry on every boot.
  entry="UUID=$uuid $dir xfs defaults,noatime,nofail 0 2"
  if ! grep -qxF "$entry" "$FSTAB"; then
    awk -v dir="$dir" '$2 != dir' "$FSTAB" >"$FSTAB.new"
    echo "$entry" >>"$FSTAB.new"
    mv "$FSTAB.new" "$FSTAB"
  fi
  mkdir -p "$dir"
  mountpoint -q "$dir" || mount --fstab "$FSTAB" "$dir"
}

# pull_missing IMAGE...: pull each IMAGE the host does not have yet. Images already here are not fetched again, so a
# registry outage does not stop a restart.
pull_missing() {
  local image
  for image in "$@"; do
    docker image inspect "$image" >/dev/null 2>&1 || docker pull --quiet "$image" >&2
  done
}

# How long a node waits for the migrations, or for the nodes that must stop before them: the leader may first pull
# several GB of images, then migrate.
MIGRATION_WAIT_SECONDS=3600

# The version of Server Pro whose migrations the leader has finished, or nothing before the first one.
recorded_migrations_version() {
  aws ssm get-parameter --name "$MIGRATION_PARAMETER" --region "$AWS_REGION" \
    --query Parameter.Value --output text || true
}

migrations_recorded_for_this_version() {
  [[ "$(recorded_migrations_version)" == "$SERVER_PRO_VERSION" ]]
}

# run_container NAME DOCKER_RUN_ARGS...: replace this shell by the container in the foreground, so that
# systemd supervises it. Its output goes to CloudWatch, one stream per instance and container; Docker's local cache
# still serves `docker logs`. Non-blocking, with an 8 MB buffer: a throttled or unreachable CloudWatch drops log
# lines rather than stall the container's writes.
run_container() {
  local name=$1 instance
  shift
  instance=$(instance_id)
  # A container left behind by an unclean stop would hold the name.
  docker rm --force "$name" >/dev/null 2>&1 || true
  # Both containers of the leader share a network so that git-bridge reaches Server Pro's internal ports.
  docker network create overleaf >/dev/null 2>&1 || docker network inspect overleaf >/dev/null
  exec docker run --rm --name "$name" --network overleaf \
    --log-driver awslogs \
    --log-opt "awslogs-region=$AWS_REGION" \
    --log-opt "awslogs-group=$LOG_GROUP" \
    --log-opt "awslogs-stream=$instance/$name" \
    --log-opt mode=non-blocking --log-opt max-buffer-size=8m \
    "$@"
}
