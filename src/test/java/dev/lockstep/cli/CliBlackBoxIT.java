package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar through bin/lockstep, as users and scripts run it: exit codes and streams. */
class CliBlackBoxIT {
  static final Path LAUNCHER = Path.of("bin/lockstep").toAbsolutePath();

  @TempDir Path dir;

  /** One finished run of bin/lockstep. */
  record Result(int exitCode, String out, String err) {}

  static Result lockstep(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    Path out = Files.createTempFile("lockstep-it", ".out");
    Path err = Files.createTempFile("lockstep-it", ".err");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    try {
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("lockstep " + String.join(" ", args) + " did not end in 120 s");
      }
      return new Result(process.exitValue(), read(out), read(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private Path record(String name, String helloVersion) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, DiffCommandTest.record(helloVersion, false));
    return file;
  }

  @Test
  void diffOfEqualFilesPrintsIdenticalAndExitsZero() throws Exception {
    Result result =
        lockstep(
            Map.of(),
            "diff",
            record("a.json", "2.10-3").toString(),
            record("b.json", "2.10-3").toString());

    assertThat(result).isEqualTo(new Result(0, "identical\n", ""));
  }

  @Test
  void diffOfDifferentRecordsListsTheChangeAndExitsOne() throws Exception {
    Result result =
        lockstep(
            Map.of(),
            "diff",
            record("a.json", "2.10-2").toString(),
            record("b.json", "2.10-3").toString());

    assertThat(result).isEqualTo(new Result(1, "packages: changed hello 2.10-2 → 2.10-3\n", ""));
  }

  @Test
  void diffOfAMissingFileExitsTwoWithOneLineAndNoStackTrace() throws Exception {
    Path missing = dir.resolve("missing.json");

    Result result =
        lockstep(Map.of(), "diff", record("a.json", "2.10-3").toString(), missing.toString());

    assertThat(result).isEqualTo(new Result(2, "", "lockstep: " + missing + ": no such file\n"));
  }

  @Test
  void recordWithoutAnEngineExitsThreeSayingHowToStartOne() throws Exception {
    Result result =
        lockstep(
            Map.of("DOCKER_HOST", "unix://" + dir.resolve("no-such.sock")),
            "record",
            "dev",
            "--image",
            "debian:bookworm",
            "-C",
            dir.toString());

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains("no Docker engine answers")
        .contains("scripts/engine.sh")
        .doesNotContain("\tat ", "Exception");
    assertThat(dir.resolve("records")).doesNotExist();
  }

  @Test
  void recordOfTheHostWritesTheRecordAndPrintsItsPath() throws Exception {
    Result result = lockstep(Map.of(), "record", "dev", "--host", "-C", dir.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo(dir.resolve("records/dev.json") + "\n");
    assertThat(Files.readString(dir.resolve("records/dev.meta.json")))
        .containsPattern("\"lockstepVersion\": \"\\d+\\.\\d+\\.\\d+\"");
  }
}
