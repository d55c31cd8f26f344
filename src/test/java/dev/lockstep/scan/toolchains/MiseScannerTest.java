package dev.lockstep.scan.toolchains;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.scan.Scanned;
import org.junit.jupiter.api.Test;

class MiseScannerTest {
  private final MiseScanner scanner = new MiseScanner();

  @Test
  void everyToolVersionMustBeOneRelease() {
    String text =
        """
        [env]
        NODE_ENV = "production"

        [tools]
        node = "20"
        python = ["3.12.4", "3.11"]
        go = { version = "latest" }
        terraform = "1.7.5"
        """;
    assertThat(Scanned.scan(scanner, "mise.toml", text).findings)
        .containsExactly(
            "5:9 toolchain-unpinned", "6:22 toolchain-unpinned", "7:19 toolchain-unpinned");
  }

  @Test
  void brokenTomlIsADiagnostic() {
    assertThat(Scanned.scan(scanner, ".mise.toml", "[tools\n").diagnostics).hasSize(1);
  }
}
