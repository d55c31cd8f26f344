package dev.lockstep.scan.toolchains;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.scan.Scanned;
import org.junit.jupiter.api.Test;

class ToolVersionsScannerTest {
  private final ToolVersionsScanner scanner = new ToolVersionsScanner();

  @Test
  void majorsAliasesAndBranchesFloat() {
    String text =
        "nodejs 20\npython 3.12.4 3.11\ngolang latest\nruby ref:main\nerlang system\n"
            + "java lts # comment\n";
    assertThat(Scanned.scan(scanner, ".tool-versions", text).findings)
        .containsExactly(
            "1:8 toolchain-unpinned",
            "2:15 toolchain-unpinned",
            "3:8 toolchain-unpinned",
            "4:6 toolchain-unpinned",
            "5:8 toolchain-unpinned",
            "6:6 toolchain-unpinned");
  }

  @Test
  void exactVersionsCommitsAndLocalPathsAreFine() {
    String text =
        "# tools\nnodejs 20.11.1\njava temurin-17.0.10+7\nelixir 1.16.1-otp-26\n"
            + "jq 1.7\nrust ref:0123456789abcdef0123456789abcdef01234567\nzig path:/opt/zig\n\n";
    assertThat(Scanned.scan(scanner, ".tool-versions", text).findings).isEmpty();
  }
}
