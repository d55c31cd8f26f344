package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.lockstep.engine.Engine;
import dev.lockstep.engine.EngineUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Locking bad matrices against the real engine and mirror: the errors point into the file. */
@Tag("engine")
class LockMessagesEngineTest {
  private static final String ENV =
      "msg-" + Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);

  @TempDir Path dir;

  @BeforeAll
  static void needsAnEngine() {
    try (Engine engine = Engine.connect()) {
      assertThat(engine).isNotNull();
    } catch (EngineUnavailableException e) {
      fail("engine tests need a Docker engine (run scripts/engine.sh): " + e.getMessage());
    }
  }

  @Test
  void unknownAptPackageIsNamedAtItsLineWithCloseNames() throws IOException {
    Path matrix = write("bookworm", "[hello, jqq]");

    Run locked = Run.of("lock", "-C", dir.toString(), ENV);

    assertThat(locked.exitCode()).as(locked.toString()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(locked.err())
        .contains(matrix + ":3:14: `jqq` is not a package of bookworm main on")
        .contains("`jq`")
        .contains("fix this entry of `apt:`")
        .doesNotContain("E: Unable");
    assertThat(Files.exists(dir.resolve("lock").resolve(ENV + ".lock.json"))).isFalse();
  }

  @Test
  void misspelledSuiteIsBadInputAtTheSuiteKey() throws IOException {
    Path matrix = write("bookwrom", "[hello]");

    Run locked = Run.of("lock", "-C", dir.toString(), ENV);

    assertThat(locked.exitCode()).as(locked.toString()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(locked.err())
        .contains(matrix + ":2:20: the mirror has no suite `bookwrom`")
        .contains("did you mean `bookworm`?");
  }

  private Path write(String suite, String apt) throws IOException {
    Path file = dir.resolve("envs").resolve(ENV + ".yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        """
        base:
          rootfs: { suite: %s, variant: minbase }
        apt: %s
        """
            .formatted(suite, apt));
    return file;
  }
}
