package dev.lockstep.ref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageRefTest {
  private static final String HEX = "a".repeat(64);

  @Test
  void aTagAloneFloats() throws Exception {
    ImageRef ref = ImageRef.parse("debian:bookworm-slim");
    assertThat(ref.isPinned()).isFalse();
    assertThat(ref.repository()).isEqualTo("debian");
    assertThat(ref.effectiveTag()).isEqualTo("bookworm-slim");
  }

  @Test
  void aDigestPinsEvenWithATagBesideIt() throws Exception {
    ImageRef ref = ImageRef.parse("ghcr.io/org/app:1.2@sha256:" + HEX);
    assertThat(ref.isPinned()).isTrue();
    assertThat(ref.registry()).contains("ghcr.io");
    assertThat(ref.tag()).contains("1.2");
    assertThat(ref.toString()).isEqualTo("ghcr.io/org/app:1.2@sha256:" + HEX);
  }

  @Test
  void aRegistryWithAPortIsNotATag() throws Exception {
    ImageRef ref = ImageRef.parse("localhost:5000/app");
    assertThat(ref.registry()).contains("localhost:5000");
    assertThat(ref.tag()).isEmpty();
    assertThat(ref.effectiveTag()).isEqualTo("latest");
  }

  @Test
  void aShortDigestIsRefused() {
    assertThatThrownBy(() -> ImageRef.parse("debian@sha256:abc"))
        .isInstanceOf(InvalidReferenceException.class)
        .hasMessageContaining("64");
  }

  @Test
  void upperCaseRepositoriesAreRefused() {
    assertThatThrownBy(() -> ImageRef.parse("Debian:12"))
        .isInstanceOf(InvalidReferenceException.class);
  }
}
