package dev.lockstep.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuppressionsTest {
  @Test
  void lockstepIgnoreNamesSeveralRulesWithAReason() {
    Suppressions.Line line =
        Suppressions.of("# lockstep: ignore[image-unpinned, os-package-unpinned] base floats");
    assertThat(line.rules())
        .containsExactlyInAnyOrder(Rules.IMAGE_UNPINNED, Rules.OS_PACKAGE_UNPINNED);
    assertThat(line.problems()).isEmpty();
  }

  @Test
  void aMissingReasonSuppressesNothingAndIsAProblem() {
    Suppressions.Line line = Suppressions.of("x  # lockstep: ignore[image-unpinned]");
    assertThat(line.rules()).isEmpty();
    assertThat(line.problems()).singleElement().asString().contains("needs a reason");
  }

  @Test
  void anUnknownRuleIsAProblem() {
    assertThat(Suppressions.of("# lockstep: ignore[no-such] because").problems())
        .singleElement()
        .asString()
        .contains("unknown rule 'no-such'");
  }

  @Test
  void hadolintPackageCodesSuppressOnlyTheirManager() {
    Suppressions.Line apt = Suppressions.of("# hadolint ignore=DL3008");
    assertThat(apt.suppresses(Rules.OS_PACKAGE_UNPINNED, "apt-get installs curl without")).isTrue();
    assertThat(apt.suppresses(Rules.OS_PACKAGE_UNPINNED, "apk adds curl without")).isFalse();
    Suppressions.Line rpm = Suppressions.of("# hadolint ignore=DL3041,DL3018");
    assertThat(rpm.suppresses(Rules.OS_PACKAGE_UNPINNED, "microdnf installs tar without")).isTrue();
    assertThat(rpm.suppresses(Rules.OS_PACKAGE_UNPINNED, "apk adds curl without")).isTrue();
    assertThat(rpm.suppresses(Rules.OS_PACKAGE_UNPINNED, "yum installs tar without")).isFalse();
    assertThat(Suppressions.of("# hadolint global ignore=DL3033").fileWideManagers())
        .containsExactly("yum");
  }

  @Test
  void otherToolsPragmasMapToTheirRules() {
    assertThat(Suppressions.of("# hadolint ignore=DL3008,DL3013,DL4006").rules())
        .containsExactly(Rules.PIP_INSTALL_UNPINNED);
    assertThat(Suppressions.of("# hadolint global ignore=DL3007").fileWide())
        .containsExactly(Rules.IMAGE_UNPINNED);
    assertThat(Suppressions.of("uses: a/b@v1 # zizmor: ignore[unpinned-uses]").rules())
        .containsExactlyInAnyOrder(Rules.ACTION_UNPINNED, Rules.ACTION_SHORT_SHA);
    assertThat(Suppressions.of("image: x:1 # zizmor: ignore[unpinned-images]").rules())
        .containsExactly(Rules.IMAGE_UNPINNED);
    assertThat(Suppressions.of("uses: a/b@v1 # ratchet:exclude").rules())
        .containsExactlyInAnyOrder(
            Rules.ACTION_UNPINNED, Rules.ACTION_SHORT_SHA, Rules.IMAGE_UNPINNED);
  }

  @Test
  void aPlainLineSuppressesNothing() {
    assertThat(Suppressions.of("RUN apt-get install -y curl")).isSameAs(Suppressions.Line.NONE);
  }
}
