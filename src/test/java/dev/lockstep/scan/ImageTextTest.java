package dev.lockstep.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageTextTest {
  private static final String DIGEST = "@sha256:" + "b".repeat(64);

  @Test
  void aTagFloatsAndADigestPins() {
    assertThat(ImageText.judge("nginx:1.25")).isEqualTo(ImageText.Verdict.FLOATING);
    assertThat(ImageText.judge("nginx")).isEqualTo(ImageText.Verdict.FLOATING);
    assertThat(ImageText.judge("nginx:1.25" + DIGEST)).isEqualTo(ImageText.Verdict.PINNED);
  }

  @Test
  void aWholeExpressionIsUnknown() {
    assertThat(ImageText.judge("${IMAGE}")).isEqualTo(ImageText.Verdict.UNKNOWN);
    assertThat(ImageText.judge("${{ inputs.image }}")).isEqualTo(ImageText.Verdict.UNKNOWN);
    assertThat(ImageText.judge("{{ .Values.image }}")).isEqualTo(ImageText.Verdict.UNKNOWN);
    assertThat(ImageText.judge("{{ .Values.repo }}:{{ .Values.tag }}"))
        .isEqualTo(ImageText.Verdict.UNKNOWN);
    assertThat(ImageText.judge("ghcr.io/org/app:{{ .Chart.AppVersion }}"))
        .isEqualTo(ImageText.Verdict.UNKNOWN);
  }

  @Test
  void aVisibleNameAroundAnExpressionStillFloats() {
    assertThat(ImageText.judge("postgres:${PG}")).isEqualTo(ImageText.Verdict.FLOATING);
    assertThat(ImageText.judge("${REGISTRY}/app:1.0")).isEqualTo(ImageText.Verdict.FLOATING);
    assertThat(ImageText.judge("app@${DIGEST}")).isEqualTo(ImageText.Verdict.UNKNOWN);
  }

  @Test
  void textThatIsNoImageIsUnknown() {
    assertThat(ImageText.judge("Not An Image!")).isEqualTo(ImageText.Verdict.UNKNOWN);
  }
}
