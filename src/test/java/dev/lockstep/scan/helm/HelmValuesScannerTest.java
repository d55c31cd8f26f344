package dev.lockstep.scan.helm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.scan.Scanned;
import dev.lockstep.scan.SourceFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HelmValuesScannerTest {
  private static final String HEX = "e".repeat(64);
  private final HelmValuesScanner scanner = new HelmValuesScanner();

  private Scanned scan(String text) {
    return Scanned.scan(scanner, "charts/app/values.yaml", text);
  }

  /** Nine levels of nine aliases each: 9^9 paths through a graph of a few dozen nodes. */
  private static String aliasBomb() {
    StringBuilder text = new StringBuilder("l0: &l0 [\"lol\", \"lol\"]\n");
    for (int level = 1; level <= 9; level++) {
      String previous = "*l" + (level - 1);
      text.append("l").append(level).append(": &l").append(level).append(" [");
      text.append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
    }
    return text.toString();
  }

  @Test
  void aYamlAliasBombIsWalkedOncePerNode() {
    Scanned found = scan(aliasBomb() + "labels: *l9\nimage: nginx:1.25\n");
    assertThat(found.findings).containsExactly("12:8 image-unpinned");
    assertThat(found.diagnostics).isEmpty();
  }

  @Test
  void anImageMappingFloatsAtItsTag() {
    String text =
        "image:\n  registry: docker.io\n  repository: bitnami/nginx\n  tag: 1.25.3\n"
            + "  pullPolicy: IfNotPresent\n";
    Scanned found = scan(text);
    assertThat(found.findings).containsExactly("4:8 image-unpinned");
    assertThat(found.messages.get(0)).contains("docker.io/bitnami/nginx:1.25.3");
  }

  @Test
  void aDigestPinsTheMapping() {
    String text =
        "image:\n  repository: nginx\n  tag: 1.25\n  digest: sha256:"
            + HEX
            + "\n"
            + "other:\n  image:\n    repository: nginx\n    tag: \"1.25@sha256:"
            + HEX
            + "\"\n";
    assertThat(scan(text).findings).isEmpty();
  }

  @Test
  void aMappingWithoutTagFloatsAtItsRepository() {
    String text =
        "controller:\n  image:\n    repository: org/ctl\n    tag: \"\"\n    digest: \"\"\n";
    assertThat(scan(text).findings).containsExactly("3:17 image-unpinned");
  }

  @Test
  void stringFormsAreJudgedToo() {
    String text =
        "sidecars:\n  - name: a\n    image: \"busybox:1.36\"\n  - name: b\n"
            + "    image: busybox@sha256:"
            + HEX
            + "\nflags:\n  image: true\n";
    assertThat(scan(text).findings).containsExactly("3:13 image-unpinned");
  }

  @Test
  void valuesFilesAreChosenByName() {
    assertThat(scanner.accepts(new SourceFile(Path.of("/r"), "values-prod.yaml", ""))).isTrue();
    assertThat(scanner.accepts(new SourceFile(Path.of("/r"), "ci/my-values.yml", ""))).isTrue();
    assertThat(scanner.accepts(new SourceFile(Path.of("/r"), "config.yaml", ""))).isFalse();
  }

  @Test
  void aShaKeyPinsTheMappingAsADigestDoes() {
    String text =
        "image:\n  repository: docker.io/grafana/grafana\n  tag: 10.1.0\n  sha: "
            + HEX
            + "\n"
            + "curl:\n  repository: docker.io/curlimages/curl\n  tag: 7.85.0\n  sha: \"\"\n";
    Scanned found = scan(text);
    assertThat(found.findings).containsExactly("7:8 image-unpinned");
  }

  @Test
  void anImageStringWithASiblingTagFloatsAtTheTag() {
    String text =
        "testFramework:\n  image: docker.io/bats/bats\n  tag: \"v1.4.1\"\n"
            + "pinned:\n  image: docker.io/bats/bats\n  tag: v1.4.1\n  sha: "
            + HEX
            + "\n";
    Scanned found = scan(text);
    assertThat(found.findings).containsExactly("3:9 image-unpinned");
    assertThat(found.messages.get(0)).contains("docker.io/bats/bats:v1.4.1");
  }
}
