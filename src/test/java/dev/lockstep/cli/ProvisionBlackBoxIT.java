package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** `lock` and `provision` through bin/lockstep when their input or the engine is missing. */
class ProvisionBlackBoxIT {
  private static final Map<String, String> NO_ENGINE =
      Map.of("DOCKER_HOST", "unix:///nonexistent/lockstep-it/docker.sock");
  private static final String PROJECT = Path.of("").toAbsolutePath().toString();

  @Test
  void unknownEnvironmentIsOneLineAndExitTwo() throws Exception {
    CliBlackBoxIT.Result result =
        CliBlackBoxIT.lockstep(Map.of(), "provision", "-C", PROJECT, "nosuch");

    assertThat(result.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).contains("envs/nosuch.yaml");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void provisionWithoutAnEngineExitsThreeAndSaysHowToStartOne() throws Exception {
    CliBlackBoxIT.Result result =
        CliBlackBoxIT.lockstep(NO_ENGINE, "provision", "-C", PROJECT, "dev");

    assertThat(result.exitCode()).isEqualTo(ExitCode.MISSING_ENVIRONMENT);
    assertThat(result.err())
        .contains("no Docker engine answers")
        .contains("DOCKER_HOST=unix:///nonexistent/lockstep-it/docker.sock")
        .contains("scripts/engine.sh")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void lockWithoutAnEngineExitsThree() throws Exception {
    CliBlackBoxIT.Result result = CliBlackBoxIT.lockstep(NO_ENGINE, "lock", "-C", PROJECT, "dev");

    assertThat(result.exitCode()).isEqualTo(ExitCode.MISSING_ENVIRONMENT);
    assertThat(result.err()).contains("dockerd");
  }
}
