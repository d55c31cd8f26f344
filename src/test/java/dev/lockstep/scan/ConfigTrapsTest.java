package dev.lockstep.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The traps other tools fell into on the workflow and action side, run through the whole check over
 * a real tree: walker, every scanner, suppressions.
 */
class ConfigTrapsTest {
  private static final String SHA = "b4ffde65f46336ab88eb53be808477a3936bae11";
  private static final String DIGEST = "@sha256:" + "a".repeat(64);
  @TempDir Path root;

  private List<String> check() {
    CheckResult result = new Check(Scanners.all()).run(List.of(root), root);
    assertThat(result.diagnostics()).isEmpty();
    return result.findings().stream()
        .map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.rule().id())
        .toList();
  }

  private void write(String path, String text) throws Exception {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void anActionPinnedToAShaWithAVersionCommentIsClean() throws Exception {
    write(
        ".github/workflows/ci.yml",
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n"
            + "      - uses: actions/checkout@"
            + SHA
            + " # v1\n");
    assertThat(check()).isEmpty();
  }

  @Test
  void aDockerActionWhoseImageIsATagIsAFinding() throws Exception {
    write("tools/act/action.yml", "name: x\nruns:\n  using: docker\n  image: docker://img:tag\n");
    assertThat(check()).containsExactly("tools/act/action.yml:4:10 image-unpinned");
  }

  @Test
  void aServiceImageFromAMatrixOfPinnedValuesIsClean() throws Exception {
    write(
        ".github/workflows/db.yml",
        "on: push\njobs:\n  t:\n    runs-on: ubuntu-24.04\n    strategy:\n      matrix:\n"
            + "        db: [\"postgres:15"
            + DIGEST
            + "\", \"postgres:16"
            + DIGEST
            + "\"]\n"
            + "    services:\n      db:\n        image: ${{ matrix.db }}\n"
            + "    steps:\n      - run: echo ok\n");
    assertThat(check()).isEmpty();
  }

  @Test
  void aServiceImageFromAMatrixWithOneFloatingValueIsAFindingAtThatValue() throws Exception {
    write(
        ".github/workflows/db.yml",
        "on: push\njobs:\n  t:\n    runs-on: ubuntu-24.04\n    strategy:\n      matrix:\n"
            + "        db: [\"postgres:15"
            + DIGEST
            + "\", \"postgres:16\"]\n"
            + "    services:\n      db:\n        image: ${{ matrix.db }}\n");
    assertThat(check()).containsExactly(".github/workflows/db.yml:7:102 image-unpinned");
  }

  @Test
  void anInlineIgnoreWithAReasonSilencesAConfigFinding() throws Exception {
    write(
        "compose.yaml",
        "services:\n  db:\n    # lockstep: ignore[image-unpinned] local development only\n"
            + "    image: postgres:16\n  web:\n    image: nginx\n");
    assertThat(check()).containsExactly("compose.yaml:6:12 image-unpinned");
  }
}
