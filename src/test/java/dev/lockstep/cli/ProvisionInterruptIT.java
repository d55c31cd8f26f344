package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C while `lockstep provision` builds leaves no build container and no tagged image. */
@Tag("engine")
class ProvisionInterruptIT {
  private static final String DOCKER = "/usr/bin/docker";
  private static final Pattern RUNNING_IN = Pattern.compile("Running in ([0-9a-f]{12})");

  @TempDir Path project;

  @Test
  void interruptingABuildRemovesItsContainerAndTagsNothing() throws Exception {
    String env = "interrupt-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    Files.createDirectories(project.resolve("envs"));
    // An interrupted build commits nothing, so this closure is never in the layer cache.
    Files.writeString(
        project.resolve("envs").resolve(env + ".yaml"),
        "base:\n  rootfs: { suite: bookworm, variant: minbase }\napt: [hello, tree]\n");
    Run locked = Run.of("lock", "-C", project.toString(), env);
    assertThat(locked.exitCode()).as(locked.err()).isZero();
    Path log = project.resolve("log");

    Process lockstep =
        new ProcessBuilder(
                CliBlackBoxIT.LAUNCHER.toString(), "provision", "-C", project.toString(), env)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      String container = awaitBuildContainer(log);

      new ProcessBuilder("kill", "-INT", Long.toString(lockstep.pid())).start().waitFor();

      assertThat(lockstep.waitFor(60, TimeUnit.SECONDS)).as("lockstep ends after Ctrl-C").isTrue();
      assertThat(lockstep.exitValue()).isNotZero();
      assertThat(awaitGone(container)).as("build container " + container + " is removed").isTrue();
      try (Engine engine = Engine.connect()) {
        assertThat(engine.tagsIn("lockstep/" + env)).isEmpty();
      }
      assertThat(project.resolve("records").resolve(env + ".json")).doesNotExist();
    } finally {
      lockstep.destroyForcibly();
      // A tagged image would also leave its layer in the cache, and the next run nothing to stop.
      try (Engine engine = Engine.connect()) {
        engine.tagsIn("lockstep/" + env).forEach(engine::removeImage);
      }
    }
  }

  // The RUN step's container, once apt fetches in it (so the step is not a cache hit).
  private static String awaitBuildContainer(Path log) throws Exception {
    for (int i = 0; i < 1200; i++) {
      String text = Files.readString(log);
      Matcher matcher = RUNNING_IN.matcher(text);
      if (matcher.find() && text.indexOf("Get:", matcher.end()) > 0) {
        return matcher.group(1);
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "the build started no container within 120 s:\n" + Files.readString(log));
  }

  // The engine cancels the build when its client goes away and removes the container then.
  private static boolean awaitGone(String container) throws Exception {
    for (int i = 0; i < 300; i++) {
      if (containers(container).isEmpty()) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  private static List<String> containers(String id) throws Exception {
    Process ps = new ProcessBuilder(DOCKER, "ps", "-aq", "--filter", "id=" + id).start();
    String out = new String(ps.getInputStream().readAllBytes());
    ps.waitFor(30, TimeUnit.SECONDS);
    return out.lines().filter(line -> !line.isBlank()).toList();
  }
}
