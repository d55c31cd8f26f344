package dev.lockstep.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExactVersionTest {
  @Test
  void threeComponentsAreExact() {
    assertThat(ExactVersion.isExact("20.11.1")).isTrue();
    assertThat(ExactVersion.isExact("v1.22.3")).isTrue();
    assertThat(ExactVersion.isExact("17.0.10+7")).isTrue();
    assertThat(ExactVersion.isExact("temurin-17.0.10+7")).isTrue();
    assertThat(ExactVersion.isExact("pypy-3.9-v7.3.13")).isTrue();
    assertThat(ExactVersion.isExact("pypy3.10-7.3.12")).isTrue();
    assertThat(ExactVersion.isExact("pypy-3.10")).isFalse();
    assertThat(ExactVersion.isExact("3.13.0rc1")).isTrue();
    assertThat(ExactVersion.isExact("3.13.0-rc.1")).isTrue();
  }

  @Test
  void majorsLinesRangesAndAliasesFloat() {
    for (String floating :
        new String[] {
          "20", "3.12", "3.x", "20.x", "1.2.x", ">=3.10", "^20", "lts/*", "latest", "stable",
          "node", "system", "*", ""
        }) {
      assertThat(ExactVersion.isExact(floating)).as(floating).isFalse();
    }
  }
}
