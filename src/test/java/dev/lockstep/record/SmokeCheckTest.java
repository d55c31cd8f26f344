package dev.lockstep.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SmokeCheckTest {
  private final SmokeCheck hello = new SmokeCheck("hello", "hello", "Hello, world!");

  @Test
  void passesWhenStdoutIsExactlyTheExpectedTextWithItsLineEnd() {
    assertThat(hello.passedBy(new ShellResult(0, "Hello, world!\n", ""))).isTrue();
    assertThat(hello.passedBy(new ShellResult(0, "Hello, world!\r\n", "noise on stderr"))).isTrue();
  }

  @Test
  void failsWhenStdoutHasMoreThanTheExpectedText() {
    assertThat(hello.passedBy(new ShellResult(0, "warning: x\nHello, world!\n", ""))).isFalse();
    assertThat(hello.passedBy(new ShellResult(0, "Hello, world!!\n", ""))).isFalse();
    assertThat(hello.passedBy(new ShellResult(0, "  Hello, world!\n", ""))).isFalse();
  }

  @Test
  void failsWhenTheCommandExitsNonZeroEvenWithTheRightOutput() {
    assertThat(hello.passedBy(new ShellResult(1, "Hello, world!\n", ""))).isFalse();
  }

  @Test
  void outputOnStderrDoesNotCount() {
    assertThat(hello.passedBy(new ShellResult(0, "", "Hello, world!\n"))).isFalse();
  }

  @Test
  void multiLineExpectationsMatchWholeOutput() {
    SmokeCheck two = new SmokeCheck("two", "printf 'a\\nb\\n'", "a\nb");
    assertThat(two.passedBy(new ShellResult(0, "a\nb\n", ""))).isTrue();
    assertThat(two.passedBy(new ShellResult(0, "a\n", ""))).isFalse();
  }

  @Test
  void aCheckNeedsANameAndACommand() {
    assertThatThrownBy(() -> new SmokeCheck(" ", "true", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SmokeCheck("x", "", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x");
  }
}
