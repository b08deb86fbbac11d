#!/usr/bin/env bash
# Starts this node's Server Pro container (ExecStart of overleaf-server-pro.service). Server Pro runs its database
# migrations at start and they take no lock: a follower starts only once the leader has recorded that it finished
# the migrations of this very version, so two nodes never migrate at once. A leader about to migrate starts only
# once no other instance of its group is starting or in service (in maintenance the group replaces it terminate
# first and never beside it) and, from an older version, once no follower runs (the followers' group is empty in
# maintenance), so no old-version node serves while the database changes under it. It then records
# "migrating:<version>": the parameter never names the old version during the migrations.
set -euo pipefail
# shellcheck source=boot-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/boot-lib.sh"

# The group is asked for by name: DescribeAutoScalingGroups pages groups (50 a page by default), so its one group comes
# on one page and --query, which the CLI runs on each page alone with --output text, sees all of it.
followers_stopped() {
  [[ "$(aws autoscaling describe-auto-scaling-groups --auto-scaling-group-names "$FOLLOWER_GROUP" \
    --region "$AWS_REGION" --query 'length(AutoScalingGroups[0].Instances)' --output text)" == 0 ]]
}

# Instances of the leader's group other than this one that are starting or in service.
other_leaders_stopped() {
  local others
  others="InstanceId != '$(instance_id)' && (LifecycleState == 'InService' || starts_with(LifecycleState, 'Pending'))"
  [[ "$(aws autoscaling describe-auto-scaling-groups --auto-scaling-group-names "$LEADER_GROUP" \
    --region "$AWS_REGION" --output text --query "length(AutoScalingGroups[0].Instances[?$others])")" == 0 ]]
}

# Redis's host, from its replication group (user data names the group: its endpoint exists only once the group
# does). The primary endpoint keeps its name across failovers; a replaced group has another id, so new user data. By
# id: one page.
write_redis_env() {
  local host
  host=$(aws elasticache describe-replication-groups --replication-group-id "$REDIS_REPLICATION_GROUP" \
    --region "$AWS_REGION" --query 'ReplicationGroups[0].NodeGroups[0].PrimaryEndpoint.Address' --output text)
  [[ -n "$host" && "$host" != None ]] || die "Redis replication group $REDIS_REPLICATION_GROUP has no primary endpoint"
  for variable in $REDIS_HOST_VARIABLES; do echo "$variable=$host"; done >"$CONFIG_DIR/redis.env.new"
  mv "$CONFIG_DIR/redis.env.new" "$CONFIG_DIR/redis.env"
}

# Sandboxed compiles need every TeX Live image on the host. A follower pulls while the leader migrates.
read -ra images <<<"$SERVER_PRO_IMAGE $TEX_LIVE_IMAGES"
pull_missing "${images[@]}"

if [[ "$LEADER" != true ]]; then
  wait_until "$MIGRATION_WAIT_SECONDS" "the leader to finish the migrations of Server Pro $SERVER_PRO_VERSION" \
    migrations_recorded_for_this_version
else
  recorded=$(recorded_migrations_version)
  if [[ "$recorded" != "$SERVER_PRO_VERSION" ]]; then
    wait_until "$MIGRATION_WAIT_SECONDS" "every other leader to stop before migrating (set maintenance to true)" \
      other_leaders_stopped
    # Nothing recorded yet: a new stack, whose followers wait for this leader. Anything else but this version
    # (an unreadable value included) means the followers may run the old version.
    if [[ "$recorded" != "$NO_MIGRATIONS_YET" ]]; then
      wait_until "$MIGRATION_WAIT_SECONDS" "every follower to stop before migrating from '$recorded' (set maintenance to true)" \
        followers_stopped
    fi
    # NodeBootSpec.MIGRATING_PREFIX; record-migrations.sh records the version once the migrations finished.
    aws ssm put-parameter --name "$MIGRATION_PARAMETER" --region "$AWS_REGION" \
      --type String --value "migrating:$SERVER_PRO_VERSION" --overwrite >/dev/null
  fi
fi

# Secrets an env file cannot carry (fetch-secrets.sh wrote each to a file): files Server Pro reads are mounted
# read-only where its variables point; multi-line values come from this shell's environment (--env NAME).
secret_args=()
for entry in $SECRET_FILES; do
  secret_args+=(--volume "$SECRET_FILE_DIR/${entry%%=*}:${entry#*=}:ro")
done
for name in $MULTILINE_SECRETS; do
  export "$name=$(<"$SECRET_FILE_DIR/$name")"
  secret_args+=(--env "$name")
done

write_redis_env
run_container "$SERVER_PRO_CONTAINER" \
  --env-file "$CONFIG_DIR/server-pro.env" \
  --env-file "$CONFIG_DIR/redis.env" \
  --env-file "$CONFIG_DIR/secrets.env" \
  "${secret_args[@]}" \
  --volume /var/run/docker.sock:/var/run/docker.sock \
  --volume "$ROOT$SERVER_PRO_DATA_DIR:/var/lib/overleaf" \
  --volume "$SERVER_PRO_LOG_DIR:/var/log/overleaf" \
  --publish 80:80 \
  "$SERVER_PRO_IMAGE"
