package dev.lockstep.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobTest {
  @Test
  void doubleStarCrossesFoldersAndSingleStarDoesNot() {
    assertThat(Glob.of("third_party/**").matches("third_party/a/b/Dockerfile")).isTrue();
    assertThat(Glob.of("docs/*.sh").matches("docs/a.sh")).isTrue();
    assertThat(Glob.of("docs/*.sh").matches("docs/x/a.sh")).isFalse();
    assertThat(Glob.of("**/test/**").matches("a/test/b")).isTrue();
    assertThat(Glob.of("**/test/**").matches("test/b")).isTrue();
  }

  @Test
  void aPatternWithoutSlashMatchesANameAtAnyDepth() {
    assertThat(Glob.of("*.generated.Dockerfile").matches("a/b/x.generated.Dockerfile")).isTrue();
    assertThat(Glob.of("fixtures/").matches("fixtures/a/b")).isTrue();
    assertThat(Glob.of("fixtures").matches("src/fixtures/Dockerfile")).isTrue();
    assertThat(Glob.of("Dockerfile").matches("Dockerfile.dev")).isFalse();
  }
}
