package io.github.overleafha.images;

import io.github.overleafha.core.ImageReference;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Digests written into a stack file's text without disturbing anything else. */
class StackFileDigestsTest {

    private static final String A = "sha256:" + "a".repeat(64);
    private static final String B = "sha256:" + "b".repeat(64);
    private static final StackFileDigests.Pin PIN = new StackFileDigests.Pin("overleaf-ha:serverProImageDigest",
            ImageReference.of("quay.io/sharelatex/sharelatex-pro", "6.2.2").withDigest(A));

    @Test
    void aKeyIsReplacedInPlaceWithItsIndentAndComment() {
        String text = """
                # top comment
                secretsprovider: awskms://alias/x
                config:
                    aws:region: eu-west-1
                    overleaf-ha:serverProImageDigest: sha256:%s   # old
                    overleaf-ha:smtpPassword:
                        secure: v1:AAAA
                encryptedkey: abc
                """.formatted("c".repeat(64));

        assertThat(StackFileDigests.withEntries(text, "overleaf-ha", List.of(PIN.entry()))).isEqualTo("""
                # top comment
                secretsprovider: awskms://alias/x
                config:
                    aws:region: eu-west-1
                    # renovate: datasource=docker depName=quay.io/sharelatex/sharelatex-pro currentValue=6.2.2
                    overleaf-ha:serverProImageDigest: %s
                    overleaf-ha:smtpPassword:
                        secure: v1:AAAA
                encryptedkey: abc
                """.formatted(A));
    }

    @Test
    void aStackFileTheCliRefusesIsLeftAlone() {
        // A bare key: the Pulumi CLI refuses the whole file, so the editor does not touch it.
        String text = "config:\n  serverProImageDigest: sha256:" + "c".repeat(64) + "\n";

        assertThatThrownBy(() -> StackFileDigests.withEntries(text, "overleaf-ha", List.of(PIN.entry())))
                .hasMessageContaining("would not read as intended").hasMessageContaining("bare key");
    }

    @Test
    void aFileWithoutConfigGetsOne() {
        assertThat(StackFileDigests.withEntries("encryptionsalt: v1:xyz\n", "overleaf-ha", List.of(PIN.entry()))).isEqualTo("""
                encryptionsalt: v1:xyz
                config:
                  # renovate: datasource=docker depName=quay.io/sharelatex/sharelatex-pro currentValue=6.2.2
                  overleaf-ha:serverProImageDigest: %s
                """.formatted(A));
    }

    @Test
    void aNestedValueUnderTheKeyIsLeftForAHuman() {
        String text = "config:\n  overleaf-ha:serverProImageDigest:\n    secure: v1:AAAA\n";

        assertThatThrownBy(() -> StackFileDigests.withEntries(text, "overleaf-ha", List.of(PIN.entry())))
                .hasMessageContaining("set it by hand");
    }

    @Test
    void aRewriteThatWouldReadDifferentlyIsRefused() {
        // A flow mapping on one line: the line editor cannot see the key inside it, and must not guess.
        String text = "config: {overleaf-ha:serverProImageDigest: " + B + "}\n";

        assertThatThrownBy(() -> StackFileDigests.withEntries(text, "overleaf-ha", List.of(PIN.entry())))
                .hasMessageContaining("repeated key");
    }

    @Test
    void aFileWhoseValuesWouldReadDifferentlyIsLeftAlone() {
        // Two config blocks: readers take the last, the editor edits the first.
        String text = "config:\n  aws:region: eu-west-1\nconfig:\n  aws:region: eu-west-2\n";

        assertThatThrownBy(() -> StackFileDigests.withEntries(text, "overleaf-ha", List.of(PIN.entry())))
                .hasMessageContaining("would not read as intended");
    }

    @Test
    void aPinNeedsATagAndADigest() {
        assertThatThrownBy(() -> new StackFileDigests.Pin("overleaf-ha:x", ImageReference.of("quay.io/a", "1")))
                .hasMessageContaining("needs a tag and a digest");
    }
}
