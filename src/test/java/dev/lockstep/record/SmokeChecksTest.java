package dev.lockstep.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lockstep.env.Lock;
import dev.lockstep.env.LockFiles;
import dev.lockstep.env.Matrix;
import dev.lockstep.env.MatrixException;
import dev.lockstep.env.MatrixReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smoke checks of the project's own sample environment, resolved from its committed lock. */
class SmokeChecksTest {
  private static final Path PROJECT = Path.of("").toAbsolutePath();

  private static Matrix dev() throws Exception {
    return MatrixReader.read(MatrixReader.path(PROJECT, "dev"));
  }

  private static Lock devLock() throws Exception {
    return LockFiles.read(LockFiles.path(PROJECT, "dev"), "dev").lock();
  }

  @Test
  void templatesAreResolvedFromTheLockedVersions() throws Exception {
    Lock lock = devLock();
    String jq = lock.apt().versionOf("jq").orElseThrow();

    List<SmokeCheck> checks = SmokeChecks.resolve(dev(), Optional.of(lock));

    assertThat(checks)
        .filteredOn(check -> check.name().equals("jq"))
        .singleElement()
        .satisfies(
            check -> {
              assertThat(check.run()).isEqualTo("jq --version");
              assertThat(check.expect())
                  .isEqualTo("jq-" + dev.lockstep.env.ExpectTemplate.upstream(jq))
                  .doesNotContain("{{");
            });
    assertThat(checks)
        .filteredOn(check -> check.name().equals("hello"))
        .extracting(SmokeCheck::expect)
        .containsExactly("Hello, world!");
  }

  @Test
  void aTemplateWithoutALockSaysWhichCheckAndHowToMakeTheLock() {
    assertThatThrownBy(() -> SmokeChecks.resolve(dev(), Optional.empty()))
        .isInstanceOf(MatrixException.class)
        .hasMessageContaining("envs/dev.yaml: smoke check `jq`")
        .hasMessageContaining("run `lockstep lock dev`");
  }

  @Test
  void literalChecksNeedNoLock(@TempDir Path project) throws Exception {
    Path file = project.resolve("envs/lit.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        "base:\n  rootfs: { suite: bookworm, variant: minbase }\napt: []\n"
            + "smoke:\n  - { name: hi, run: echo hi, expect: hi }\n");

    assertThat(SmokeChecks.resolve(MatrixReader.read(file), Optional.empty()))
        .containsExactly(new SmokeCheck("hi", "echo hi", "hi"));
  }
}
