package io.github.overleafha.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.overleafha.core.ImageReference;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves an image tag to its manifest digest through a registry's HTTP API (Docker Registry HTTP API v2, which
 * quay.io, Docker Hub and the OCI distribution spec share): no Docker daemon. The login is sent only to the image's
 * own registry host, over HTTPS (plain HTTP only to a loopback registry, as Docker allows), never through a redirect
 * and never to a token service on another host. The digest is always the sha256 of the manifest bytes received,
 * never a header taken on trust; each request, body included, has an overall deadline and a size bound.
 */
public final class RegistryClient {

    /** What a registry may answer for a tag; an index (manifest list) first, so the digest covers every platform. */
    static final List<String> MANIFEST_TYPES = List.of(
            "application/vnd.oci.image.index.v1+json",
            "application/vnd.docker.distribution.manifest.list.v2+json",
            "application/vnd.oci.image.manifest.v1+json",
            "application/vnd.docker.distribution.manifest.v2+json");
    private static final String DIGEST_HEADER = "Docker-Content-Digest";
    /** Docker Hub's API host; image names say docker.io. */
    private static final String DOCKER_HUB_API = "registry-1.docker.io";
    private static final int MAX_TOKEN_BYTES = 64 * 1024;
    private static final int MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
    private static final Pattern LOOPBACK = Pattern.compile("localhost|127(?:\\.[0-9]{1,3}){3}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A registry login: user name and password (or token). */
    public record Login(String username, String password) {
        @Override
        public String toString() {
            return "Login[" + username + ", password hidden]";
        }
    }

    /** The registry refused, answered something unusable, or could not be reached. */
    public static final class RegistryException extends Exception {
        RegistryException(String message) {
            super(message);
        }

        RegistryException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final HttpClient http;
    /** How long one request may take, from sending it to the last byte of its answer. */
    private final Duration deadline;

    public RegistryClient() {
        this(Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    RegistryClient(Duration connectTimeout, Duration deadline) {
        // Never follow a redirect: it could carry the Authorization header, or a digest, from somewhere else.
        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(connectTimeout).build();
        this.deadline = deadline;
    }

    /**
     * The digest of {@code image}'s tag, as the registry reports it. {@code login} is sent only to
     * {@code image.registry()} (Basic), or to a token service on that same host (Bearer).
     */
    public String digest(ImageReference image, Optional<Login> login) throws RegistryException {
        String tag = image.tag().orElseThrow(() -> new IllegalArgumentException(image + " has no tag to resolve"));
        URI base = baseUri(image.registry());
        Optional<String> authorization = authorize(base, image, login);
        URI manifest = base.resolve("/v2/" + image.path() + "/manifests/" + tag);
        // Always the manifest itself: a Docker-Content-Digest header alone (as a HEAD gives) could name any digest.
        HttpResponse<byte[]> get = send(request(manifest, authorization).GET(), manifest,
                MAX_MANIFEST_BYTES, "the manifest of " + image);
        checkManifestStatus(get, image);
        checkContentType(get, image);
        String computed = "sha256:" + sha256(get.body());
        Optional<String> header = get.headers().firstValue(DIGEST_HEADER);
        if (header.isPresent() && !checkedDigest(header.get(), image).equals(computed)) {
            throw new RegistryException(image.registry() + " reported digest " + header.get() + " for " + image
                    + " but the manifest it sent hashes to " + computed);
        }
        return computed;
    }

    /** HTTPS, except for a registry on this machine. */
    static URI baseUri(String registry) {
        String host = registry.equals(ImageReference.DOCKER_HUB) ? DOCKER_HUB_API : registry;
        String name = host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
        return URI.create((LOOPBACK.matcher(name).matches() ? "http://" : "https://") + host + "/");
    }

    /** The Authorization header the manifest request needs, if any, after the registry's challenge. */
    private Optional<String> authorize(URI base, ImageReference image, Optional<Login> login) throws RegistryException {
        URI ping = base.resolve("/v2/");
        HttpResponse<byte[]> answer = send(HttpRequest.newBuilder(ping).timeout(Duration.ofSeconds(30)).GET(), ping,
                MAX_TOKEN_BYTES, "the answer of " + ping);
        if (answer.statusCode() == 200) {
            return Optional.empty();
        }
        if (answer.statusCode() != 401) {
            throw new RegistryException(ping + " answered " + answer.statusCode() + ": not a Docker registry v2 API");
        }
        Challenge challenge = Challenge.parse(answer.headers().firstValue("WWW-Authenticate").orElse(""))
                .orElseThrow(() -> new RegistryException(image.registry() + " asked for a login without a usable challenge"));
        if (challenge.scheme().equals("basic")) {
            return Optional.of(basic(login.orElseThrow(() -> new RegistryException(
                    image.registry() + " needs a login: set registryUsername and the REGISTRY_PASSWORD variable"))));
        }
        if (!challenge.scheme().equals("bearer")) {
            throw new RegistryException(image.registry() + " asked for " + challenge.scheme() + " authentication, which is not supported");
        }
        return Optional.of("Bearer " + token(base, image, challenge, login));
    }

    private String token(URI base, ImageReference image, Challenge challenge, Optional<Login> login) throws RegistryException {
        String realmText = challenge.parameters().get("realm");
        if (realmText == null) {
            throw new RegistryException(image.registry() + " gave no token realm");
        }
        URI realm;
        try {
            realm = new URI(realmText);
        } catch (java.net.URISyntaxException e) {
            throw new RegistryException(image.registry() + " gave a token realm that is not a URL: " + realmText, e);
        }
        // The authority includes any user info, so "user@host" is never the registry's own origin.
        boolean sameOrigin = base.getScheme().equals(realm.getScheme()) && base.getAuthority().equals(realm.getAuthority());
        boolean secure = "https".equals(realm.getScheme()) || sameOrigin;
        if (!secure || realm.getHost() == null) {
            throw new RegistryException(image.registry() + " sent its token service to " + realmText
                    + ": only an HTTPS host (or the registry's own loopback address) is used");
        }
        if (login.isPresent() && !sameOrigin) {
            throw new RegistryException(image.registry() + " sent its token service to " + realm.getAuthority()
                    + ": the registry login is only ever sent to " + image.registry() + " itself");
        }
        Map<String, String> query = new LinkedHashMap<>();
        Optional.ofNullable(challenge.parameters().get("service")).ifPresent(service -> query.put("service", service));
        query.put("scope", "repository:" + image.path() + ":pull");
        StringBuilder uri = new StringBuilder(realmText).append(realmText.contains("?") ? '&' : '?');
        query.forEach((key, value) -> uri.append(key).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
        URI tokenUri = URI.create(uri.substring(0, uri.length() - 1));
        HttpRequest.Builder request = HttpRequest.newBuilder(tokenUri).timeout(Duration.ofSeconds(30)).GET();
        login.ifPresent(credentials -> request.header("Authorization", basic(credentials)));
        HttpResponse<byte[]> response = send(request, tokenUri, MAX_TOKEN_BYTES, "the token answer");
        byte[] body = response.body();
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new RegistryException(image.registry() + " refused the login for " + image.path()
                    + " (" + response.statusCode() + "): check registryUsername and REGISTRY_PASSWORD");
        }
        if (response.statusCode() != 200) {
            throw new RegistryException("the token service of " + image.registry() + " answered " + response.statusCode());
        }
        try {
            JsonNode json = JSON.readTree(body);
            String token = json.path("token").asText(json.path("access_token").asText(""));
            if (token.isEmpty() || token.chars().anyMatch(c -> c <= ' ' || c >= 127)) {
                throw new RegistryException("the token service of " + image.registry() + " sent no usable token");
            }
            return token;
        } catch (IOException e) {
            throw new RegistryException("the token service of " + image.registry() + " did not answer JSON", e);
        }
    }

    private static String basic(Login login) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (login.username() + ":" + login.password()).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(URI uri, Optional<String> authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", String.join(", ", MANIFEST_TYPES));
        authorization.ifPresent(value -> request.header("Authorization", value));
        return request;
    }

    /**
     * Sends {@code request} and reads its whole answer within the deadline, at most {@code limit} bytes of body
     * ({@code what} names it in errors). A registry that trickles its answer is cut off at the deadline.
     */
    private HttpResponse<byte[]> send(HttpRequest.Builder request, URI uri, int limit, String what) throws RegistryException {
        CompletableFuture<HttpResponse<byte[]>> answer =
                http.sendAsync(request.build(), info -> new BoundedBody(limit));
        try {
            return answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new RegistryException(uri + " did not answer in full within " + deadline.toMillis() + " ms", e);
        } catch (ExecutionException | CancellationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof TooLarge) {
                throw new RegistryException(what + " is larger than " + limit + " bytes", cause);
            }
            throw new RegistryException("cannot reach " + uri + ": " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new RegistryException("interrupted while asking " + uri, e);
        }
    }

    /** A body over its bound. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("answer over its size bound");
        }
    }

    /** Collects a body of at most {@code limit} bytes; past it, cancels the transfer and fails with TooLarge. */
    private static final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final int limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        BoundedBody(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (result.isDone()) {
                    return;
                }
                if (buffer.remaining() > limit - bytes.size()) {
                    result.completeExceptionally(new TooLarge());
                    subscription.cancel();
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }

    private static void checkManifestStatus(HttpResponse<byte[]> response, ImageReference image) throws RegistryException {
        int status = response.statusCode();
        if (status == 404) {
            throw new RegistryException(image.registry() + " has no tag " + image.tag().orElseThrow() + " of " + image.path());
        }
        if (status == 401 || status == 403) {
            throw new RegistryException(image.registry() + " refused access to " + image.path() + " (" + status
                    + "): check registryUsername and REGISTRY_PASSWORD");
        }
        if (status / 100 == 3) {
            throw new RegistryException(image.registry() + " redirected the manifest request for " + image
                    + " to " + response.headers().firstValue("Location").orElse("(nowhere)") + ", which is not followed");
        }
        if (status != 200) {
            throw new RegistryException(image.registry() + " answered " + status + " for the manifest of " + image);
        }
    }

    private static void checkContentType(HttpResponse<byte[]> response, ImageReference image) throws RegistryException {
        String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!MANIFEST_TYPES.contains(type)) {
            throw new RegistryException(image.registry() + " answered the manifest of " + image + " as '" + type
                    + "', not an image index or manifest whose digest Docker pulls by");
        }
    }

    private static String checkedDigest(String digest, ImageReference image) throws RegistryException {
        String trimmed = digest.trim();
        if (!ImageReference.isDigest(trimmed)) {
            throw new RegistryException(image.registry() + " reported '" + digest + "' as the digest of " + image
                    + ", not sha256:<64 hex digits>");
        }
        return trimmed;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A WWW-Authenticate challenge: a scheme (lower case) and its parameters, quoted values unquoted. */
    record Challenge(String scheme, Map<String, String> parameters) {

        private static final Pattern SCHEME = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_-]*)\\s*");
        private static final Pattern PARAMETER = Pattern.compile(
                "\\s*([A-Za-z][A-Za-z0-9_-]*)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^\\s,\"]*))\\s*(?:,|$)");

        static Optional<Challenge> parse(String header) {
            Matcher scheme = SCHEME.matcher(header);
            if (!scheme.lookingAt()) {
                return Optional.empty();
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            Matcher parameter = PARAMETER.matcher(header);
            int at = scheme.end();
            while (at < header.length()) {
                parameter.region(at, header.length());
                if (!parameter.lookingAt()) {
                    return Optional.empty();
                }
                String value = parameter.group(2) != null ? parameter.group(2).replaceAll("\\\\(.)", "$1") : parameter.group(3);
                parameters.putIfAbsent(parameter.group(1).toLowerCase(Locale.ROOT), value);
                at = parameter.end();
            }
            return Optional.of(new Challenge(scheme.group(1).toLowerCase(Locale.ROOT), Map.copyOf(parameters)));
        }
    }
}
