package io.github.overleafha.infra.local;

import com.pulumi.core.Output;
import com.pulumi.docker.Container;
import com.pulumi.docker.ContainerArgs;
import com.pulumi.docker.Volume;
import com.pulumi.docker.VolumeArgs;
import com.pulumi.docker.inputs.ContainerUploadArgs;
import com.pulumi.docker.inputs.ContainerVolumeArgs;
import com.pulumi.resources.ComponentResourceOptions;
import io.github.overleafha.core.BucketRole;
import io.github.overleafha.core.ObjectStoreClient;
import io.github.overleafha.render.IamPolicies;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * MinIO standing in for S3: the guide's four buckets, and one user per Server Pro client of the store
 * ({@link ObjectStoreClient}), each allowed only its buckets. All credentials are generated once and kept in the
 * stack's state; they reach the containers only as secret environment variables.
 */
public final class MinioStorage extends LocalComponent {

    public static final int PORT = 9000;
    /** MinIO's own default; Server Pro's S3 client needs a region, whatever it is. */
    public static final String REGION = "us-east-1";
    /** MinIO's limits: an access key of 3-20 characters, a secret key of 8-40. */
    private static final int ACCESS_KEY_LENGTH = 20;
    private static final int SECRET_KEY_LENGTH = 40;
    /** Where the setup container finds its script and the policies, named {@code <policy>.json}. */
    private static final String SETUP_DIR = "/overleaf-setup";
    private static final String SETUP_SCRIPT = "minio-setup.sh";
    /** The setup script's environment: mc reads alias "minio", root login included, from MC_HOST_minio. */
    static final String ROOT_LOGIN_VARIABLE = "MC_HOST_minio";
    static final String BUCKETS_VARIABLE = "BUCKETS";

    private final SortedMap<String, String> bucketNames;
    private final Map<String, Output<String>> serverProCredentials = new TreeMap<>();
    private final Container server;
    private final Container setup;

    /**
     * @param volumeName       the data volume's name on the host
     * @param bucketNamePrefix each bucket's name is this and its role's suffix
     * @param clientImage      the MinIO client (mc) image the one-shot setup runs
     */
    public record Args(String volumeName, String bucketNamePrefix, Output<String> image, Output<String> clientImage,
                       Output<String> networkName) {
    }

    public MinioStorage(String name, Args args, ComponentResourceOptions options) {
        super("MinioStorage", name, options);
        String volumeName = args.volumeName();
        String bucketNamePrefix = args.bucketNamePrefix();
        Output<String> image = args.image();
        Output<String> clientImage = args.clientImage();
        Output<String> networkName = args.networkName();
        bucketNames = BucketRole.namesBySuffix(bucketNamePrefix);
        Output<String> rootUser = generatedSecret("root-user", ACCESS_KEY_LENGTH);
        Output<String> rootPassword = generatedSecret("root-password", SECRET_KEY_LENGTH);
        for (ObjectStoreClient client : ObjectStoreClient.values()) {
            // The user's name is its access key: not secret in itself, but a secret variable to Server Pro.
            serverProCredentials.put(client.accessKeyVariable(), Output.ofSecret(client.id()));
            serverProCredentials.put(client.secretKeyVariable(),
                    generatedSecret(client.id() + "-secret-key", SECRET_KEY_LENGTH));
        }
        var data = new Volume(childName("data"), VolumeArgs.builder().name(volumeName).build(), protectedData());
        server = new Container(childName("server"), ContainerArgs.builder()
                .name("minio")
                .hostname("minio")
                .image(image)
                .command("server", "/data")
                .envs(ContainerEnvironment.of(new TreeMap<>(), Map.of(
                        "MINIO_ROOT_USER", rootUser,
                        "MINIO_ROOT_PASSWORD", rootPassword)))
                .volumes(ContainerVolumeArgs.builder().volumeName(data.name()).containerPath("/data").build())
                .networksAdvanced(joinedAt(networkName, LocalAddresses.MINIO))
                .restart("always")
                .build(), uniqueOnHost());
        setup = setup(clientImage, rootUser, rootPassword, networkName);
        registerOutputs(Map.of("bucketNames", Output.of(bucketNames)));
    }

    /** Runs once; every step tolerates finding its work done, so a re-run changes nothing. */
    private Container setup(Output<String> clientImage, Output<String> rootUser, Output<String> rootPassword,
                            Output<String> networkName) {
        SortedMap<String, String> plain = new TreeMap<>();
        plain.put(BUCKETS_VARIABLE, String.join(" ", bucketNames.values()));
        Map<String, Output<String>> secret = new TreeMap<>();
        // Generated keys are letters and digits only, so they need no escaping in the URL.
        secret.put(ROOT_LOGIN_VARIABLE, Output.tuple(rootUser, rootPassword)
                .applyValue(login -> "http://" + login.t1 + ":" + login.t2 + "@" + endpointAddress()));
        List<ContainerUploadArgs> uploads = new ArrayList<>();
        uploads.add(ContainerUploadArgs.builder().file(SETUP_DIR + "/" + SETUP_SCRIPT).content(setupScript()).build());
        for (ObjectStoreClient client : ObjectStoreClient.values()) {
            secret.put(setupAccessKeyVariable(client), serverProCredentials.get(client.accessKeyVariable()));
            secret.put(setupSecretKeyVariable(client), serverProCredentials.get(client.secretKeyVariable()));
            uploads.add(ContainerUploadArgs.builder()
                    .file(SETUP_DIR + "/" + policyName(client) + ".json")
                    .content(IamPolicies.bucketAccess(client.buckets().stream()
                            .map(role -> IamPolicies.bucketArn(bucketName(role)))
                            .toArray(String[]::new)))
                    .build());
        }
        return new Container(childName("setup"), ContainerArgs.builder()
                .name("minio-setup")
                .image(clientImage)
                .entrypoints("sh")
                .command(SETUP_DIR + "/" + SETUP_SCRIPT)
                .envs(ContainerEnvironment.of(plain, secret))
                .uploads(uploads)
                .networksAdvanced(joined(networkName))
                .attach(true)
                .mustRun(false)
                .restart("no")
                .build(), uniqueOnHost(server));
    }

    /** A client's keys in the setup script's environment, e.g. FILESTORE_ACCESS_KEY. */
    static String setupAccessKeyVariable(ObjectStoreClient client) {
        return client.name() + "_ACCESS_KEY";
    }

    static String setupSecretKeyVariable(ObjectStoreClient client) {
        return client.name() + "_SECRET_KEY";
    }

    /** The MinIO policy of a client, as the setup script names it. */
    static String policyName(ObjectStoreClient client) {
        return "overleaf-" + client.id();
    }

    static String setupScript() {
        try (InputStream in = MinioStorage.class.getResourceAsStream(SETUP_SCRIPT)) {
            Objects.requireNonNull(in, SETUP_SCRIPT + " is packaged beside this class");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SETUP_SCRIPT, e);
        }
    }

    private static String endpointAddress() {
        return LocalAddresses.MINIO + ":" + PORT;
    }

    /** The S3 endpoint Server Pro talks to. */
    public static String endpoint() {
        return "http://" + endpointAddress();
    }

    /** Bucket names by role suffix. */
    public SortedMap<String, String> bucketNames() {
        return Collections.unmodifiableSortedMap(bucketNames);
    }

    private String bucketName(BucketRole role) {
        return bucketNames.get(role.suffix());
    }

    /** Server Pro's S3 key variables and their values, all secret. */
    public Map<String, Output<String>> serverProCredentials() {
        return Collections.unmodifiableMap(serverProCredentials);
    }

    /** "succeeded" once the setup exited 0; fails {@code pulumi up} otherwise. */
    public Output<String> setUp() {
        return succeeded(setup, "minio-setup");
    }

    /** Done once the buckets, users and policies exist: Server Pro must not start before. */
    public Container setup() {
        return setup;
    }

    public List<Container> containers() {
        return List.of(server, setup);
    }
}
