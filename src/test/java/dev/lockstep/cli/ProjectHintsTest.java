package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectHintsTest {
  @TempDir Path dir;

  @Test
  void suggestedCommandsCarryTheProjectFolder() {
    assertThat(ProjectHints.rewrite("stale; run `lockstep lock dev`", Path.of("proj")))
        .isEqualTo("stale; run `lockstep lock -C proj dev`");
    assertThat(ProjectHints.rewrite("run `lockstep provision dev`", Path.of("my proj")))
        .isEqualTo("run `lockstep provision -C 'my proj' dev`");
  }

  @Test
  void provisionWithoutALockSuggestsLockingInTheSameFolder() throws Exception {
    Files.createDirectories(dir.resolve("envs"));
    Files.writeString(
        dir.resolve("envs/dev.yaml"), "base: { rootfs: { suite: bookworm, variant: minbase } }\n");

    Run refused = Run.of("provision", "-C", dir.toString(), "dev");

    assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(refused.err()).contains("run `lockstep lock -C " + dir + " dev`");
  }
}
