package dev.lockstep.scan.npm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.scan.Scanned;
import org.junit.jupiter.api.Test;

class PnpmWorkspaceScannerTest {
  @Test
  void catalogVersionsAndOverridesMustBeExact() {
    String text =
        """
        packages:
          - "apps/*"
        catalog:
          react: ^18.3.1
          zod: 3.23.8
        catalogs:
          legacy:
            react: "17"
        overrides:
          lodash: latest
        """;
    Scanned found = Scanned.scan(new PnpmWorkspaceScanner(), "pnpm-workspace.yaml", text);
    assertThat(found.findings)
        .containsExactly("4:10 npm-range", "8:13 npm-range", "10:11 npm-range");
  }
}
