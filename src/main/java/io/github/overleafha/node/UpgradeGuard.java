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
 * runs, the load balancer shows a maintenance page, the leader is replaced terminate-first and migrates alone).
 */
public final class UpgradeGuard {

    private UpgradeGuard() {
    }

    /**
     * @param recordedVersion the migration parameter's value, read at preview; empty before the first deploy
     * @throws InvalidConfigException when serverProVersion would change outside maintenance
     */
    public static void check(StackConfig config, Optional<String> recordedVersion) {
        ServerProVersion wanted = config.serverPro().version();
        Optional<ServerProVersion> recorded = recordedVersion.flatMap(ServerProVersion::parse);
        if (recorded.isEmpty() || recorded.get().equals(wanted) || config.fleet().maintenance()) {
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
