package io.github.overleafha.node;

import io.github.overleafha.config.ConfigProblem;
import io.github.overleafha.config.InvalidConfigException;
import io.github.overleafha.config.StackConfig;
import io.github.overleafha.core.ServerProVersion;

import java.util.List;
import java.util.Optional;

/**
 * The guide's upgrade, enforced: Server Pro's migrations take no lock and change the database under every node, so
 * a version other than the one the leader last recorded is refused unless the stack is in maintenance (no follower
 * runs, the load balancer shows a maintenance page, the leader is replaced terminate-first and migrates alone). A
 * leader records {@code migrating:<version>} before it migrates: that value is refused outside maintenance whatever
 * the version, since the old version no longer holds and the new one is not ready.
 */
public final class UpgradeGuard {

    private UpgradeGuard() {
    }

    /**
     * @param recordedVersion the migration parameter's value, read at preview; empty before the first deploy; a
     *                        version, {@code none}, or {@code migrating:<version>} while the leader migrates
     * @throws InvalidConfigException when serverProVersion would change outside maintenance
     */
    public static void check(StackConfig config, StackConfig.Aws aws, Optional<String> recordedVersion) {
        ServerProVersion wanted = config.serverPro().version();
        Optional<String> migrating = recordedVersion.filter(value -> value.startsWith(NodeBootSpec.MIGRATING_PREFIX))
                .map(value -> value.substring(NodeBootSpec.MIGRATING_PREFIX.length()));
        if (migrating.isPresent() && !aws.maintenance()) {
            throw new InvalidConfigException(List.of(new ConfigProblem(config.project() + ":maintenance", "false",
                    "the leader started the migrations of Server Pro " + migrating.get() + " and has not recorded them"
                            + " as finished (the migration parameter says '" + recordedVersion.get() + "'): leaving"
                            + " maintenance now would start followers beside a database that is still changing",
                    "keep maintenance true (and serverProVersion at " + migrating.get() + ") and pulumi up until the leader"
                            + " records " + migrating.get() + " (aws ssm get-parameter --name "
                            + config.names().migrationParameter() + "); if its migrations failed, see the leader's"
                            + " server-pro log stream and docs/runbooks.md, Upgrading Server Pro")));
        }
        Optional<ServerProVersion> recorded = recordedVersion.flatMap(ServerProVersion::parse);
        if (recorded.isEmpty() || recorded.get().equals(wanted) || aws.maintenance()) {
            return;
        }
        throw new InvalidConfigException(List.of(new ConfigProblem(config.project() + ":serverProVersion",
                wanted.toString(),
                "the leader last recorded the migrations of Server Pro " + recorded.get() + ", and the followers run it:"
                        + " a new version must not migrate the database while old-version nodes serve (the migrations take"
                        + " no lock)",
                "upgrade in three steps (docs/runbooks.md, Upgrading Server Pro): (1) keep serverProVersion at "
                        + recorded.get() + ", set maintenance to true, pulumi up (followers stop, the site shows the"
                        + " maintenance page), take the backup; (2) set serverProVersion to " + wanted + " and pin its images"
                        + " (pin-images), pulumi up (the leader is replaced and migrates alone); (3) once the leader recorded " + wanted
                        + ", set maintenance to false, pulumi up (the followers start on " + wanted + ")")));
    }
}
