package dev.lockstep.scan.npm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.scan.Scanned;
import org.junit.jupiter.api.Test;

class NodeVersionFileScannerTest {
  private final NodeVersionFileScanner scanner = new NodeVersionFileScanner();

  @Test
  void aMajorAnAliasOrLtsFloats() {
    for (String floating : new String[] {"20", "lts/*", "lts/iron", "node", "20.11", "latest"}) {
      assertThat(Scanned.scan(scanner, ".nvmrc", floating + "\n").findings)
          .as(floating)
          .containsExactly("1:1 node-version-unpinned");
    }
  }

  @Test
  void anExactVersionIsFine() {
    assertThat(Scanned.scan(scanner, ".node-version", "v20.11.1\n").findings).isEmpty();
    assertThat(Scanned.scan(scanner, ".nvmrc", "# pinned\n 20.11.1\n").findings).isEmpty();
  }

  @Test
  void theFindingPointsAtTheVersion() {
    assertThat(Scanned.scan(scanner, ".nvmrc", "\n  20\n").findings)
        .containsExactly("2:3 node-version-unpinned");
  }
}
