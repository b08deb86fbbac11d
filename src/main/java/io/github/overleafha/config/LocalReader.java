package io.github.overleafha.config;

import io.github.overleafha.core.ImageReference;
import io.github.overleafha.core.Ipv4Cidr;
import io.github.overleafha.core.StackNames;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads a stack on one Docker host, the guide's demo: where HAProxy is published, the data directory, the images. */
final class LocalReader implements TargetReader {

    private static final Pattern LOCAL_DIR = Pattern.compile("(/[A-Za-z0-9._-]+)+");

    @Override
    public boolean publicSite() {
        return false;
    }

    @Override
    public KeyDeclaration.Scope scope() {
        return KeyDeclaration.Scope.LOCAL;
    }

    @Override
    public StackConfig.Target read(ConfigReader in, StackConfig.Site site, StackConfig.ServerPro serverPro,
                                   StackConfig.Fleet fleet, StackConfig.Storage storage) {
        refuseAwsOnlyModes(in);
        String address = in.required("localHttpAddress", "127.0.0.1");
        if (!address.isEmpty() && Ipv4Cidr.parse(address + "/32").isEmpty()) {
            in.problem("localHttpAddress", address, "Docker publishes ports on an IPv4 address of the host",
                    "write 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)");
        }
        int port = in.integer("localHttpPort");
        String dataDir = in.required("localDataDir", "/var/lib/overleaf-ha-local");
        if (!dataDir.isEmpty() && !LOCAL_DIR.matcher(dataDir).matches()) {
            in.problem("localDataDir", dataDir, "Docker binds host directories by absolute path, and a colon or space breaks the bind",
                    "write an absolute path of letters, digits, /, ., _ and - without a trailing slash, e.g. /var/lib/overleaf-ha-local");
        }
        List<String> images = new ArrayList<>();
        for (String key : List.of("haproxyImage", "minioImage", "minioClientImage", "mongoImage", "redisImage")) {
            String image = in.required(key, "repository:tag");
            if (!image.isEmpty() && !ImageReference.parse(image).filter(ImageReference::hasPinnedTag).isPresent()) {
                in.problem(key, image, "a local demo must start the same bits every time",
                        "write repository:tag with a tag other than latest");
            }
            images.add(image);
        }
        var local = new StackConfig.Local(address, port, dataDir, images.get(0), images.get(1), images.get(2), images.get(3),
                images.get(4));
        checkPublishedPort(in, site, local);
        in.checkNames(StackNames::pulumiProblems);
        return local;
    }

    /** The AWS-only modes an operator may switch on by mistake in a local stack file. */
    private static void refuseAwsOnlyModes(ConfigReader in) {
        if (in.bool("maintenance")) {
            in.problem("maintenance", "true", "maintenance mode is the AWS fleet's upgrade procedure; the local stack has no groups to stop",
                    "set maintenance to false (stop the local stack's containers by hand to upgrade)");
        }
        in.optional("recoveryRegion").ifPresent(region -> in.problem("recoveryRegion", region,
                "the local stack has no second region", "remove recoveryRegion from the local stack"));
    }

    /** The local demo serves the site on the published port: a site URL on this machine must name that port. */
    private static void checkPublishedPort(ConfigReader in, StackConfig.Site site, StackConfig.Local local) {
        URI url = site.url();
        boolean thisMachine = List.of("localhost", "127.0.0.1").contains(site.host());
        int port = url.getPort() != -1 ? url.getPort() : url.getScheme().equals("https") ? 443 : 80;
        if (thisMachine && port != local.httpPort()) {
            in.problem("siteUrl", url.toString(), "HAProxy is published on port " + local.httpPort() + " (localHttpPort), not " + port,
                    "write " + url.getScheme() + "://" + site.host() + ":" + local.httpPort() + ", or set localHttpPort to " + port);
        }
    }
}
