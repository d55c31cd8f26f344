package dev.lockstep.scan.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.scan.Scanned;
import org.junit.jupiter.api.Test;

class PythonVersionFileScannerTest {
  private final PythonVersionFileScanner scanner = new PythonVersionFileScanner();

  @Test
  void aMinorLineFloatsAndAPatchReleaseIsExact() {
    assertThat(Scanned.scan(scanner, ".python-version", "3.12\n").findings)
        .containsExactly("1:1 python-version-unpinned");
    assertThat(Scanned.scan(scanner, ".python-version", "3.12.4\n").findings).isEmpty();
  }

  @Test
  void everyNamedVersionIsChecked() {
    assertThat(Scanned.scan(scanner, ".python-version", "3.12.4\nsystem\n").findings)
        .containsExactly("2:1 python-version-unpinned");
  }
}
