#!/bin/sh
# One-shot MinIO setup of the local demo: the buckets ($BUCKETS), and per Server Pro client of the store a user
# with its policy (<policy>.json beside this script). Every step tolerates finding its work done, so a re-run
# changes nothing. Credentials come only from the environment: MC_HOST_minio (mc's alias URL with the root
# login) and <CLIENT>_ACCESS_KEY / <CLIENT>_SECRET_KEY.
set -eu
here=$(dirname "$0")

tries=0
until mc admin info minio >/dev/null 2>&1; do
  tries=$((tries + 1))
  if [ "$tries" -ge 60 ]; then
    echo "MinIO did not answer within a minute" >&2
    exit 1
  fi
  sleep 1
done

for bucket in $BUCKETS; do
  mc mb --ignore-existing "minio/$bucket"
done

# add_client ACCESS_KEY SECRET_KEY POLICY: a user (re-adding one sets its secret key) with the policy attached.
add_client() {
  mc admin user add minio "$1" "$2"
  mc admin policy create minio "$3" "$here/$3.json"
  # MinIO refuses to attach a policy that is already attached, as on every run after the first.
  if ! attached=$(mc admin policy attach minio "$3" --user "$1" 2>&1); then
    case "$attached" in
      *"already"*) ;;
      *) echo "$attached" >&2; exit 1 ;;
    esac
  fi
}

add_client "$FILESTORE_ACCESS_KEY" "$FILESTORE_SECRET_KEY" overleaf-filestore
add_client "$HISTORY_ACCESS_KEY" "$HISTORY_SECRET_KEY" overleaf-history
