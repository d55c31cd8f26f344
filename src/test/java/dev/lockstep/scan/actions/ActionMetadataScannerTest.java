package dev.lockstep.scan.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.scan.EmbeddedLine;
import dev.lockstep.scan.Scanned;
import dev.lockstep.scan.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionMetadataScannerTest {
  private static final String SHA = "b4ffde65f46336ab88eb53be808477a3936bae11";
  private final List<EmbeddedLine> scripts = new ArrayList<>();
  private final ActionMetadataScanner scanner =
      new ActionMetadataScanner((file, lines, report) -> scripts.addAll(lines));

  private Scanned scan(String text) {
    return Scanned.scan(scanner, "tools/deploy/action.yml", text);
  }

  @Test
  void anActionPinnedToACommitWithAVersionCommentIsFine() {
    String text =
        "runs:\n  using: composite\n  steps:\n    - uses: actions/checkout@"
            + SHA
            + " # v4.1.1\n    - uses: actions/setup-node@v4\n      with:\n        node-version: 20\n";
    assertThat(scan(text).findings)
        .containsExactly("5:13 action-unpinned", "7:23 toolchain-unpinned");
  }

  @Test
  void aDockerActionWithARegistryImageNeedsADigest() {
    Scanned found = scan("runs:\n  using: docker\n  image: docker://img:tag\n");
    assertThat(found.findings).containsExactly("3:10 image-unpinned");
    assertThat(found.messages.get(0)).contains("img:tag");
  }

  @Test
  void aDockerActionBuiltFromItsDockerfileIsLocal() {
    assertThat(scan("runs:\n  using: docker\n  image: Dockerfile\n").findings).isEmpty();
    assertThat(
            scan("runs:\n  using: docker\n  image: 'docker://img@sha256:" + "a".repeat(64) + "'\n")
                .findings)
        .isEmpty();
  }

  @Test
  void compositeRunStepsGoToTheShellReader() {
    scan(
        "runs:\n  using: composite\n  steps:\n    - run: |\n        pip install x\n      shell: bash\n");
    assertThat(scripts).containsExactly(new EmbeddedLine(5, 9, "pip install x"));
  }

  @Test
  void actionMetadataIsFoundAnywhereByName() {
    assertThat(scanner.accepts(new SourceFile(Path.of("/r"), "a/b/action.yaml", ""))).isTrue();
    assertThat(scanner.accepts(new SourceFile(Path.of("/r"), "a/b/actions.yaml", ""))).isFalse();
  }
}
