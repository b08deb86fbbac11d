package io.github.overleafha.infra.local;

import com.pulumi.core.Output;
import com.pulumi.docker.Container;
import com.pulumi.docker.ContainerArgs;
import com.pulumi.docker.inputs.ContainerPortArgs;
import com.pulumi.docker.inputs.ContainerUploadArgs;
import com.pulumi.resources.ComponentResourceOptions;

import java.util.Map;

/**
 * HAProxy in front of the nodes, published on one host address and port. Its configuration is uploaded into the
 * container before it starts, so a changed configuration replaces the container and takes effect.
 */
public final class HaproxyLoadBalancer extends LocalComponent {

    /** Unprivileged: the image runs HAProxy as user haproxy, which may bind port 80 only where Docker allows it. */
    public static final int LISTEN_PORT = 8080;
    public static final String CONFIG_FILE = "/usr/local/etc/haproxy/haproxy.cfg";

    private final Container container;

    /**
     * @param haproxyConfig the rendered haproxy.cfg
     * @param hostAddress   the host address the site is published on
     * @param hostPort      the host port the site is published on
     */
    public record Args(Output<String> image, String haproxyConfig, String hostAddress, int hostPort,
                       Output<String> networkName) {
    }

    public HaproxyLoadBalancer(String name, Args args, ComponentResourceOptions options) {
        super("HaproxyLoadBalancer", name, options);
        Output<String> image = args.image();
        String haproxyConfig = args.haproxyConfig();
        String hostAddress = args.hostAddress();
        int hostPort = args.hostPort();
        Output<String> networkName = args.networkName();
        container = new Container(childName("haproxy"), ContainerArgs.builder()
                .name("haproxy")
                .hostname("haproxy")
                .image(image)
                .uploads(ContainerUploadArgs.builder().file(CONFIG_FILE).content(haproxyConfig).build())
                .ports(ContainerPortArgs.builder()
                        .ip(hostAddress)
                        .external(hostPort)
                        .internal(LISTEN_PORT)
                        .protocol("tcp")
                        .build())
                // The nodes trust X-Forwarded-For from this address only.
                .networksAdvanced(joinedAt(networkName, LocalAddresses.LOAD_BALANCER))
                .restart("always")
                .build(), uniqueOnHost());
        registerOutputs(Map.of());
    }

    public Container container() {
        return container;
    }
}
