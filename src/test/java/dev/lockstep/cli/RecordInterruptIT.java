package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C while `lockstep record --image` probes leaves no container and no record behind. */
@Tag("engine")
class RecordInterruptIT {
  private static final String DOCKER = "/usr/bin/docker";

  @TempDir Path project;

  @Test
  void interruptingARecordRemovesItsContainerAndWritesNoRecord() throws Exception {
    String image;
    try (dev.lockstep.engine.Engine engine = dev.lockstep.engine.Engine.connect()) {
      image = TestImages.minbase(engine);
    }
    Files.createDirectories(project.resolve("envs"));
    Files.writeString(
        project.resolve("envs/slow.yaml"),
        "base:\n  rootfs: { suite: bookworm, variant: minbase }\napt: []\n"
            + "smoke:\n  - { name: slow, run: \"sleep 300\", expect: \"\" }\n");

    Process lockstep =
        new ProcessBuilder(
                CliBlackBoxIT.LAUNCHER.toString(),
                "record",
                "slow",
                "--image",
                image,
                "-C",
                project.toString())
            .redirectErrorStream(true)
            .redirectOutput(project.resolve("log").toFile())
            .start();
    String label = "label=dev.lockstep.run=" + lockstep.pid();
    try {
      String container = awaitContainer(label);
      assertThat(container).isNotEmpty();

      new ProcessBuilder("kill", "-INT", Long.toString(lockstep.pid())).start().waitFor();

      assertThat(lockstep.waitFor(60, TimeUnit.SECONDS)).as("lockstep ends after Ctrl-C").isTrue();
      assertThat(containers(label)).isEmpty();
      assertThat(project.resolve("records/slow.json")).doesNotExist();
    } finally {
      lockstep.destroyForcibly();
      for (String id : containers(label)) {
        new ProcessBuilder(DOCKER, "rm", "-f", id).start().waitFor();
      }
    }
  }

  private static String awaitContainer(String label) throws Exception {
    for (int i = 0; i < 600; i++) {
      List<String> ids = containers(label);
      if (!ids.isEmpty()) {
        return ids.get(0);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("lockstep started no container within 60 s");
  }

  private static List<String> containers(String label) throws Exception {
    Process ps = new ProcessBuilder(DOCKER, "ps", "-aq", "--filter", label).start();
    String out = new String(ps.getInputStream().readAllBytes());
    ps.waitFor(30, TimeUnit.SECONDS);
    return out.lines().filter(line -> !line.isBlank()).toList();
  }
}
