package io.github.overleafha.images;

import io.github.overleafha.core.ImageReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry client against a fake Docker Registry v2 on 127.0.0.1, honest first, then hostile or broken. */
class RegistryClientTest {

    private static final String MANIFEST = "{\"schemaVersion\":2,\"mediaType\":\"" + FakeRegistry.INDEX_TYPE
            + "\",\"manifests\":[]}";
    private static final Optional<RegistryClient.Login> LOGIN =
            Optional.of(new RegistryClient.Login(FakeRegistry.USER, FakeRegistry.PASSWORD));

    private FakeRegistry registry;
    private ImageReference image;
    private final RegistryClient client = new RegistryClient();

    @BeforeEach
    void start() throws Exception {
        registry = new FakeRegistry();
        registry.put("sharelatex/sharelatex-pro", "6.2.2", MANIFEST);
        image = ImageReference.of(registry.host() + "/sharelatex/sharelatex-pro", "6.2.2");
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void swapsTheLoginForAPullTokenThenHashesTheIndexItFetches() throws Exception {
        assertThat(client.digest(image, LOGIN)).isEqualTo(FakeRegistry.digestOf(MANIFEST));

        assertThat(registry.seenAt("/v2/").get(0).authorization()).as("the ping carries no login").isNull();
        FakeRegistry.Seen token = registry.seenAt("/token").get(0);
        assertThat(token.authorization()).isEqualTo(FakeRegistry.basic(FakeRegistry.USER, FakeRegistry.PASSWORD));
        assertThat(token.query()).isEqualTo("service=" + registry.host().replace(":", "%3A")
                + "&scope=repository%3Asharelatex%2Fsharelatex-pro%3Apull");
        FakeRegistry.Seen manifest = registry.seenAt("/v2/sharelatex/").get(0);
        assertThat(manifest.method()).isEqualTo("GET");
        assertThat(manifest.authorization()).isEqualTo("Bearer " + FakeRegistry.TOKEN);
        assertThat(manifest.accept()).startsWith("application/vnd.oci.image.index.v1+json, "
                + "application/vnd.docker.distribution.manifest.list.v2+json");
        assertThat(registry.seen).hasSize(3);
    }

    @Test
    void anOpenRegistryIsNeverSentALogin() throws Exception {
        registry.anonymous = true;

        assertThat(client.digest(image, LOGIN)).isEqualTo(FakeRegistry.digestOf(MANIFEST));
        assertThat(registry.seen).isNotEmpty().allSatisfy(request -> assertThat(request.authorization()).isNull());
    }

    @Test
    void withoutADigestHeaderItHashesTheManifestItself() throws Exception {
        registry.sendDigestHeader = false;

        assertThat(client.digest(image, LOGIN)).isEqualTo(FakeRegistry.digestOf(MANIFEST));
        assertThat(registry.seenAt("/v2/sharelatex/")).extracting(FakeRegistry.Seen::method).containsExactly("GET");
    }

    /** The header alone is never believed: a registry naming another manifest's digest is caught by the hash. */
    @Test
    void aReportedDigestThatIsNotTheManifestsHashIsRefused() {
        registry.digestOverride = "sha256:" + "e".repeat(64);

        assertThatThrownBy(() -> client.digest(image, LOGIN)).isInstanceOf(RegistryClient.RegistryException.class)
                .hasMessageContaining("reported digest sha256:" + "e".repeat(64))
                .hasMessageContaining("but the manifest it sent hashes to " + FakeRegistry.digestOf(MANIFEST));
    }

    @Test
    void aManifestTrickledPastTheDeadlineIsGivenUpOn() {
        registry.stallManifestMillis = 3_000;
        RegistryClient impatient = new RegistryClient(Duration.ofSeconds(5), Duration.ofMillis(500));
        long start = System.nanoTime();

        assertThatThrownBy(() -> impatient.digest(image, LOGIN)).isInstanceOf(RegistryClient.RegistryException.class)
                .hasMessageContaining("did not answer in full within");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
    }

    @Test
    void aManifestOverItsBoundIsRefused() {
        registry.put("sharelatex/sharelatex-pro", "6.2.2", "{\"pad\":\"" + "x".repeat(4 * 1024 * 1024) + "\"}");

        assertThatThrownBy(() -> client.digest(image, LOGIN)).hasMessageContaining("is larger than 4194304 bytes");
    }

    @Test
    void aTokenServiceOnAnotherHostNeverSeesTheLogin() {
        registry.realm = "https://auth.example.invalid/token";
        assertThatThrownBy(() -> client.digest(image, LOGIN)).isInstanceOf(RegistryClient.RegistryException.class)
                .hasMessageContaining("the registry login is only ever sent to " + registry.host() + " itself");

        // The same machine under another name is another host too.
        registry.realm = "http://localhost:" + URI.create("http://" + registry.host()).getPort() + "/token";
        assertThatThrownBy(() -> client.digest(image, LOGIN)).hasMessageContaining("only an HTTPS host");
        assertThat(registry.seenAt("/token")).isEmpty();
    }

    @Test
    void aTokenServiceWithUserInfoOrPlainHttpElsewhereIsRefused() {
        registry.realm = "https://someone@" + registry.host() + "/token";
        assertThatThrownBy(() -> client.digest(image, LOGIN)).hasMessageContaining("only ever sent to");

        registry.realm = "http://auth.example.com/token";
        assertThatThrownBy(() -> client.digest(image, Optional.empty())).hasMessageContaining("only an HTTPS host");
        registry.realm = "https:///token";
        assertThatThrownBy(() -> client.digest(image, Optional.empty())).hasMessageContaining("only an HTTPS host");
        assertThat(registry.seenAt("/token")).isEmpty();
    }

    @Test
    void aRedirectedManifestIsNotFollowed() {
        registry.redirectManifestTo = "http://" + registry.host() + "/elsewhere";

        assertThatThrownBy(() -> client.digest(image, LOGIN)).hasMessageContaining("which is not followed");
        assertThat(registry.seenAt("/elsewhere")).isEmpty();
    }

    @Test
    void aMalformedDigestIsRefused() {
        registry.digestOverride = "sha256:abc";

        assertThatThrownBy(() -> client.digest(image, LOGIN)).hasMessageContaining("reported 'sha256:abc'");
    }

    @Test
    void aSchemaOneManifestIsRefused() {
        registry.contentType = "application/vnd.docker.distribution.manifest.v1+prettyjws";

        assertThatThrownBy(() -> client.digest(image, LOGIN)).hasMessageContaining("not an image index or manifest");
    }

    @Test
    void aMissingTagAWrongPasswordAndAMissingLoginSayWhatIsWrong() {
        assertThatThrownBy(() -> client.digest(ImageReference.of(image.repository(), "9.9.9"), LOGIN))
                .hasMessageContaining("has no tag 9.9.9 of sharelatex/sharelatex-pro");
        assertThatThrownBy(() -> client.digest(image, Optional.of(new RegistryClient.Login(FakeRegistry.USER, "wrong"))))
                .hasMessageContaining("refused the login").hasMessageNotContaining("wrong");
        assertThatThrownBy(() -> client.digest(image, Optional.empty())).hasMessageContaining("refused the login");
    }

    @Test
    void aTokenAnswerWithoutATokenOrTooLargeIsRefused() {
        registry.tokenBody = "{\"expires_in\":300}";
        assertThatThrownBy(() -> client.digest(image, LOGIN)).hasMessageContaining("sent no usable token");

        registry.tokenBody = "{\"token\":\"" + "a".repeat(70_000) + "\"}";
        assertThatThrownBy(() -> client.digest(image, LOGIN)).hasMessageContaining("larger than");

        registry.tokenBody = "{\"token\":\"a\\r\\nX-Injected: 1\"}";
        assertThatThrownBy(() -> client.digest(image, LOGIN)).hasMessageContaining("sent no usable token");
    }

    @Test
    void aBasicChallengeGetsTheLoginFromTheRegistryItselfOnly() throws Exception {
        registry.challenge = "Basic realm=\"fake registry\"";

        assertThat(client.digest(image, LOGIN)).isEqualTo(FakeRegistry.digestOf(MANIFEST));
        assertThat(registry.seenAt("/token")).isEmpty();
        assertThatThrownBy(() -> client.digest(image, Optional.empty())).hasMessageContaining("needs a login");
    }

    @Test
    void anUnknownChallengeIsRefused() {
        registry.challenge = "Negotiate";

        assertThatThrownBy(() -> client.digest(image, LOGIN)).hasMessageContaining("negotiate authentication");
    }

    @Test
    void readsChallengesWithQuotedCommasAndEscapes() {
        assertThat(RegistryClient.Challenge.parse(
                "Bearer realm=\"https://quay.io/v2/auth\",service=\"quay.io\",scope=\"repository:a/b:pull,push\""))
                .contains(new RegistryClient.Challenge("bearer", Map.of("realm", "https://quay.io/v2/auth",
                        "service", "quay.io", "scope", "repository:a/b:pull,push")));
        assertThat(RegistryClient.Challenge.parse("Basic realm=\"say \\\"hi\\\"\", charset=UTF-8"))
                .contains(new RegistryClient.Challenge("basic", Map.of("realm", "say \"hi\"", "charset", "UTF-8")));
        assertThat(RegistryClient.Challenge.parse("Bearer realm=\"unterminated")).isEmpty();
        assertThat(RegistryClient.Challenge.parse("")).isEmpty();
    }

    @Test
    void usesHttpsExceptForARegistryOnThisMachine() {
        assertThat(RegistryClient.baseUri("quay.io")).hasToString("https://quay.io/");
        assertThat(RegistryClient.baseUri("docker.io")).hasToString("https://registry-1.docker.io/");
        assertThat(RegistryClient.baseUri("registry.example.edu:5000")).hasToString("https://registry.example.edu:5000/");
        assertThat(RegistryClient.baseUri("127.0.0.1.nip.io:5000")).hasToString("https://127.0.0.1.nip.io:5000/");
        assertThat(RegistryClient.baseUri("localhost:5000")).hasToString("http://localhost:5000/");
        assertThat(RegistryClient.baseUri("127.0.0.1:5000")).hasToString("http://127.0.0.1:5000/");
    }
}
