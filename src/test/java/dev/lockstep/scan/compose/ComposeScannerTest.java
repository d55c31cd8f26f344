package dev.lockstep.scan.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.scan.Scanned;
import dev.lockstep.scan.SourceFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ComposeScannerTest {
  private static final String DIGEST = "@sha256:" + "c".repeat(64);
  private final ComposeScanner scanner = new ComposeScanner();

  private Scanned scan(String path, String text) {
    return Scanned.scan(scanner, path, text);
  }

  @Test
  void anImageWithoutDigestIsAFindingAtItsValue() {
    Scanned found = scan("compose.yaml", "services:\n  db:\n    image: postgres:16\n");
    assertThat(found.findings).containsExactly("3:12 image-unpinned");
    assertThat(found.messages.get(0)).contains("postgres:16");
  }

  @Test
  void aPinnedImageAndABuiltServiceAreFine() {
    String text =
        "services:\n  db:\n    image: postgres:16"
            + DIGEST
            + "\n"
            + "  app:\n    build: .\n    image: myorg/app:dev\n";
    assertThat(scan("docker-compose.yml", text).findings).isEmpty();
  }

  @Test
  void quotedImagesPointInsideTheQuote() {
    assertThat(scan("compose.yml", "services:\n  a:\n    image: \"redis\"\n").findings)
        .containsExactly("3:13 image-unpinned");
  }

  @Test
  void anImageSharedThroughAnAnchorIsReportedOnceWhereItIsWritten() {
    String text =
        "x-base: &base\n  image: node:20\nservices:\n  a:\n    <<: *base\n"
            + "  b:\n    <<: *base\n    command: x\n";
    assertThat(scan("compose.yaml", text).findings).containsExactly("2:10 image-unpinned");
  }

  @Test
  void variableDefaultsAreUsedAndBareVariablesAreNotJudged() {
    String text =
        "services:\n  a:\n    image: ${IMAGE:-nginx:1.25}\n  b:\n    image: ${IMAGE}\n"
            + "  c:\n    image: ${IMG:-nginx"
            + DIGEST
            + "}\n";
    assertThat(scan("compose.yaml", text).findings).containsExactly("3:12 image-unpinned");
  }

  @Test
  void aFileWithTopLevelServicesIsRecognisedByContent() {
    SourceFile file =
        new SourceFile(
            Path.of("/r"),
            "deploy/stack.yml",
            "version: '3'\nservices:\n  web:\n    image: nginx\n");
    assertThat(scanner.accepts(file)).isTrue();
    assertThat(scanner.accepts(new SourceFile(Path.of("/r"), "conf.yml", "name: x\n"))).isFalse();
  }

  @Test
  void servicesThatDoNotLookLikeComposeAreLeftAlone() {
    String text = "services:\n  billing:\n    image: logo.png\nowners: [team-a]\n";
    assertThat(scan("inventory.yml", text).findings).isEmpty();
  }

  @Test
  void aBrokenComposeFileIsADiagnosticWithItsLine() {
    Scanned found = scan("compose.yaml", "services:\n  a:\n    image: [\n");
    assertThat(found.findings).isEmpty();
    assertThat(found.diagnostics).hasSize(1);
    assertThat(found.diagnostics.get(0))
        .startsWith("4:1 not valid YAML: expected the node content");
  }

  @Test
  void aServiceRunningAnImageAnotherServiceBuildsIsLocal() {
    String text =
        "services:\n  server:\n    build: .\n    image: omega:dev\n"
            + "  agent:\n    image: omega:dev\n"
            + "  other:\n    image: omega:prod\n";
    assertThat(scan("compose.yaml", text).findings).containsExactly("8:12 image-unpinned");
  }
}
