#!/usr/bin/env bash
# Ships Server Pro's own log files (/var/log/overleaf in its container, kept on the instance store) to the stack's
# log group with the CloudWatch agent: one stream per instance and service. The containers' output goes there
# through Docker's awslogs driver. The group's retention is the stack's logRetentionDays.
# The same agent publishes the node's disks' space and inodes (the alarms' metrics), configured by the user data's
# disk-metrics.json, where the program names them once for the agent and the alarms alike.
set -euo pipefail
# shellcheck source=boot-lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/boot-lib.sh"

AGENT_DIR="$ROOT/opt/aws/amazon-cloudwatch-agent"
AGENT_CONFIG="$AGENT_DIR/etc/overleaf.json"
# The package installs its control script here, which need not be on root's PATH.
PATH="$PATH:/opt/aws/amazon-cloudwatch-agent/bin"
# The files Server Pro's runit services write (server-ce/runit/*/run: "exec ... >> /var/log/overleaf/<service>.log").
# Named one by one: the agent follows only the newest file a wildcard matches.
SERVICES="chat clsi contacts docstore document-updater filestore history-v1 notifications project-history real-time
references spelling web web-api"

# Each disk series also carries the instance id, to find the full node; the alarms read the series the agent
# aggregates by group and mount point, which have none.
# shellcheck disable=SC2016 # the $names are jq's
AGENT_JSON='
  [$services | split("[ \n]+"; null)[] | select(. != "")
   | {file_path: "\($dir)/\(.).log", log_group_name: $group, log_stream_name: "\($instance)/server-pro/\(.)",
      timezone: "UTC"}]
  | {agent: {run_as_user: "root"}, logs: {logs_collected: {files: {collect_list: .}}}}
  | . * $disk_metrics[0]
  | .metrics.metrics_collected.disk.append_dimensions.InstanceId = $instance'

# The log directory is setup-instance-store.sh's (this unit runs after it): the agent looks for the files again and
# again, so it need not exist yet, and made here it could land on the root disk under the mount point.
mkdir -p "$(dirname "$AGENT_CONFIG")"
jq --null-input --arg services "$SERVICES" --arg dir "${SERVER_PRO_LOG_DIR#"$ROOT"}" --arg group "$LOG_GROUP" \
  --arg instance "$(instance_id)" --slurpfile disk_metrics "$CONFIG_DIR/disk-metrics.json" "$AGENT_JSON" \
  >"$AGENT_CONFIG.new"
mv "$AGENT_CONFIG.new" "$AGENT_CONFIG"
# fetch-config replaces the agent's configuration and (-s) restarts it: the same result on every boot.
amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -c "file:${AGENT_CONFIG#"$ROOT"}" -s >&2
log "shipping ${SERVER_PRO_LOG_DIR#"$ROOT"}/*.log to $LOG_GROUP, and the disks' space as metrics"
