package io.github.overleafha.render;

import io.github.overleafha.core.EdgePolicy;
import io.github.overleafha.render.HaproxyTopology.Server;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Inputs shaped like the guide's sample: Server Pro's default compile timeout, three nodes, node 1 by git-bridge. */
final class HaproxyFixtures {

    static final EdgePolicy POLICY = EdgePolicy.forTimeouts(Duration.ofSeconds(180), Duration.ofSeconds(600));

    private HaproxyFixtures() {
    }

    static HaproxyTopology guideTopology(String publicSiteUrl) {
        return new HaproxyTopology(
                List.of(new Server("server-pro-ha-1", "198.18.1.1", 80),
                        new Server("server-pro-ha-2", "198.18.1.2", 80),
                        new Server("server-pro-ha-3", "198.18.1.3", 80)),
                "server-pro-ha-1", "0.0.0.0", 80, URI.create(publicSiteUrl));
    }
}
