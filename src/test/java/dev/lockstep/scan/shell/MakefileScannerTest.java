package dev.lockstep.scan.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.scan.Collected;
import dev.lockstep.scan.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MakefileScannerTest {
  static List<String> scan(String text) {
    Collected report = new Collected();
    new MakefileScanner().scan(new SourceFile(Path.of("/r"), "Makefile", text), report);
    assertThat(report.diagnostics).isEmpty();
    return report.findings;
  }

  @Test
  void aFindingAfterDoubleDollarsKeepsItsColumn() {
    assertThat(scan("a:\n\techo $$HOME $$PATH && apt-get install -y curl\n"))
        .extracting(f -> f.substring(0, f.indexOf(' ')))
        .containsExactly("2:43");
  }

  @Test
  void aMakeVariableAssignedAboveIsExpandedInTheRecipe() {
    String text =
        "PKGS = curl git=1:2.39\nPY ?= pip\na:\n\tsudo apt install -y $(PKGS)\n\t$(PY) install x\n";
    assertThat(scan(text))
        .containsExactly(
            "4:22 os-package-unpinned apt installs curl without a version;"
                + " pin it as curl=<version>",
            "5:16 pip-install-unpinned pip installs x without an exact version;"
                + " pin it as x==<version>, or install from a hashed requirements file");
  }

  @Test
  void aMakeVariableBuiltFromOtherExpansionsStaysUnjudged() {
    assertThat(
            scan("PKGS := $(shell cat list)\nMORE += a=1\na:\n\tapt-get install $(PKGS) $(MORE)\n"))
        .isEmpty();
  }
}
