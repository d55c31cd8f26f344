package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record command in-process, against this host: the probes for real, no engine needed. */
class RecordCommandTest {
  @TempDir Path project;

  @Test
  void recordingTheHostWritesRecordAndMetaAndPrintsThePath() throws Exception {
    Run run = Run.of("record", "dev", "--host", "-C", project.toString());

    Path record = project.resolve("records/dev.json");
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).isEqualTo(record + "\n");
    assertThat(run.err()).contains("recording without smoke checks").contains("packages");
    assertThat(Files.readString(record)).contains("\"name\": \"dpkg\"");
    assertThat(Files.readString(project.resolve("records/dev.meta.json")))
        .contains("\"target\": \"host\"");
  }

  @Test
  void twoRecordingsOfTheHostAreIdenticalByDiff() throws Exception {
    Path first = project.resolve("first.json");
    Path second = project.resolve("second.json");

    String dir = project.toString();
    assertThat(
            Run.of("record", "dev", "--host", "-C", dir, "--output", first.toString()).exitCode())
        .isZero();
    assertThat(
            Run.of("record", "dev", "--host", "-C", dir, "--output", second.toString()).exitCode())
        .isZero();

    Run diff = Run.of("diff", first.toString(), second.toString());
    assertThat(diff.out()).isEqualTo("identical\n");
    assertThat(diff.exitCode()).isZero();
    assertThat(project.resolve("first.meta.json")).exists();
  }

  @Test
  void aRelativeOutputIsInsideTheProjectFolder() {
    Run run = Run.of("record", "dev", "--host", "-C", project.toString(), "--output", "out/h.json");

    assertThat(run.exitCode()).isZero();
    assertThat(project.resolve("out/h.json")).exists();
    assertThat(project.resolve("out/h.meta.json")).exists();
  }

  @Test
  void theLockSha256GoesIntoTheMetaWhenALockExists() throws Exception {
    Files.createDirectories(project.resolve("lock"));
    Files.writeString(project.resolve("lock/dev.lock.json"), "{}\n");

    Run run = Run.of("record", "dev", "--host", "-C", project.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(project.resolve("records/dev.meta.json")))
        .contains(
            "\"lockSha256\": \"" + dev.lockstep.env.CanonicalJson.sha256("{}\n".getBytes()) + "\"");
  }

  @Test
  void aTargetIsRequired() {
    Run run = Run.of("record", "dev");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--image").contains("--container").contains("--host");
  }

  @Test
  void onlyOneTargetIsAllowed() {
    Run run = Run.of("record", "dev", "--image", "x", "--container", "y");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("mutually exclusive");
  }

  @Test
  void anEmptyImageOrContainerNameIsRefusedBeforeAnyEngineIsAsked() {
    Run image = Run.of("record", "dev", "--image=", "-C", project.toString());
    Run container = Run.of("record", "dev", "--container", " ", "-C", project.toString());

    assertThat(image.exitCode()).isEqualTo(2);
    assertThat(image.err()).isEqualTo("lockstep: --image needs an image name, tag or id\n");
    assertThat(container.exitCode()).isEqualTo(2);
    assertThat(container.err()).isEqualTo("lockstep: --container needs a container name or id\n");
  }

  @Test
  void anEnvironmentNameThatIsNoFileNameIsRefused() {
    Run run = Run.of("record", "../etc", "--host", "-C", project.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "lockstep: `../etc` is not an environment name (lowercase letters, digits, . _ -)\n");
    assertThat(project.resolve("records")).doesNotExist();
  }

  @Test
  void anOutputThatCannotBeWrittenExitsTwoWithoutAStackTrace() throws Exception {
    Path blocker = project.resolve("file");
    Files.writeString(blocker, "");

    Run run =
        Run.of(
            "record",
            "dev",
            "--host",
            "-C",
            project.toString(),
            "--output",
            blocker.resolve("x.json").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cannot write the record").doesNotContain("\tat ");
  }

  @Test
  void smokeChecksOfTheMatrixRunWithAStaleLockAndAWarning() throws Exception {
    Files.createDirectories(project.resolve("envs"));
    Files.createDirectories(project.resolve("lock"));
    Files.writeString(
        project.resolve("envs/x.yaml"),
        "base:\n  rootfs: { suite: bookworm, variant: minbase }\napt: []\n"
            + "smoke:\n  - { name: hi, run: echo hi, expect: hi }\n");
    Files.copy(Path.of("lock/dev.lock.json"), project.resolve("lock/x.lock.json"));

    Run run = Run.of("record", "x", "--host", "-C", project.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("lock/x.lock.json is stale").contains("1 smoke checks");
    assertThat(Files.readString(project.resolve("records/x.json")))
        .contains("\"stdout\": \"hi\\n\"")
        .contains("\"passed\": true");
  }

  @Test
  void aFailingSmokeCheckExitsOneAndStillWritesTheRecord() throws Exception {
    Files.createDirectories(project.resolve("envs"));
    Files.writeString(
        project.resolve("envs/x.yaml"),
        "base:\n  rootfs: { suite: bookworm, variant: minbase }\napt: []\n"
            + "smoke:\n  - { name: hi, run: echo bye, expect: hi }\n");

    Run run = Run.of("record", "x", "--host", "-C", project.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "smoke check hi failed: `echo bye` exited 0 and printed \"bye\", expected \"hi\"");
    assertThat(project.resolve("records/x.json")).exists();
  }
}
