package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.engine.Engine;
import dev.lockstep.record.InstalledPackage;
import dev.lockstep.record.Record;
import dev.lockstep.record.RecordReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `lockstep record` against a real engine and a minbase image built from the Debian archive. */
@Tag("engine")
class RecordEngineTest {
  private static final List<String> KEEP_ALIVE = List.of("tail", "-f", "/dev/null");

  private static Engine engine;
  private static String image;

  @TempDir Path project;

  // Connecting throws when no engine answers: these tests then fail, they never skip.
  @BeforeAll
  static void engineAndImage() throws Exception {
    engine = Engine.connect();
    image = TestImages.minbase(engine);
  }

  @AfterAll
  static void close() {
    TestImages.removeSmallImages(engine);
    engine.close();
  }

  private Run record(String name, String... target) {
    String[] args = new String[3 + target.length + 2];
    args[0] = "record";
    args[1] = name;
    System.arraycopy(target, 0, args, 2, target.length);
    args[2 + target.length] = "-C";
    args[3 + target.length] = project.toString();
    args[4 + target.length] = "--output=" + project.resolve("records/" + name + ".json");
    return Run.of(args);
  }

  private Path recordFile(String name) {
    return project.resolve("records/" + name + ".json");
  }

  private static String containerIdOf(Path meta) throws Exception {
    Matcher matcher =
        Pattern.compile("\"containerId\": \"([0-9a-f]{64})\"").matcher(Files.readString(meta));
    assertThat(matcher.find()).as("container id in %s", meta).isTrue();
    return matcher.group(1);
  }

  @Test
  void recordingAnImageTwiceGivesByteIdenticalRecords() throws Exception {
    assertThat(record("first", "--image", image).exitCode()).isZero();
    assertThat(record("second", "--image", image).exitCode()).isZero();

    assertThat(Files.readAllBytes(recordFile("second")))
        .isEqualTo(Files.readAllBytes(recordFile("first")));
    Run diff = Run.of("diff", recordFile("first").toString(), recordFile("second").toString());
    assertThat(diff.out()).isEqualTo("identical\n");
    assertThat(diff.exitCode()).isZero();
  }

  @Test
  void theImageRecordHoldsTheMinbasePackagesAndTheOsRelease() throws Exception {
    assertThat(record("base", "--image", image).exitCode()).isZero();

    Record record = RecordReader.read(recordFile("base")).record();
    assertThat(record.os().versionCodename()).isEqualTo("bookworm");
    assertThat(record.os().debianVersion()).startsWith("12.");
    assertThat(record.packages())
        .extracting(InstalledPackage::name)
        .contains("apt", "base-files", "dpkg", "libc6", "coreutils");
    assertThat(record.packages()).noneMatch(InstalledPackage::held);
  }

  @Test
  void theThrowawayContainerIsGoneAfterwards() throws Exception {
    Run run = record("gone", "--image", image);

    assertThat(run.exitCode()).isZero();
    String id = containerIdOf(project.resolve("records/gone.meta.json"));
    assertThat(engine.inspectContainer(id)).isEmpty();
  }

  @Test
  void aRunningContainerRecordsTheSameAsItsImageAndKeepsRunning() throws Exception {
    String container = engine.startContainer(image, KEEP_ALIVE);
    try {
      assertThat(record("from-image", "--image", image).exitCode()).isZero();
      Run run = record("from-container", "--container", container);

      assertThat(run.exitCode()).isZero();
      assertThat(Files.readString(recordFile("from-container")))
          .isEqualTo(Files.readString(recordFile("from-image")));
      assertThat(engine.inspectContainer(container))
          .hasValueSatisfying(c -> assertThat(c.running()).isTrue());
      assertThat(containerIdOf(project.resolve("records/from-container.meta.json")))
          .isEqualTo(container);
    } finally {
      engine.removeContainer(container);
    }
  }

  @Test
  void aPackageHeldInAContainerReadsAsHeld() throws Exception {
    String container = engine.startContainer(image, KEEP_ALIVE);
    try {
      assertThat(engine.exec(container, List.of("apt-mark", "hold", "gzip")).exitCode()).isZero();
      assertThat(record("image", "--image", image).exitCode()).isZero();

      assertThat(record("held", "--container", container).exitCode()).isZero();

      Record record = RecordReader.read(recordFile("held")).record();
      assertThat(record.packages())
          .filteredOn(p -> p.name().equals("gzip"))
          .singleElement()
          .satisfies(gzip -> assertThat(gzip.held()).isTrue());
      Run diff = Run.of("diff", recordFile("image").toString(), recordFile("held").toString());
      assertThat(diff.exitCode()).isEqualTo(1);
      assertThat(diff.out()).isEqualTo("packages: changed gzip not held → held\n");
    } finally {
      engine.removeContainer(container);
    }
  }

  @Test
  void smokeChecksOfTheMatrixRunAndAFailingOneExitsOneWithTheRecordWritten() throws Exception {
    Files.createDirectories(project.resolve("envs"));
    Files.writeString(
        project.resolve("envs/dev.yaml"),
        "base:\n"
            + "  rootfs: { suite: bookworm, variant: minbase }\n"
            + "apt: []\n"
            + "smoke:\n"
            + "  - { name: codename, run: \". /etc/os-release; echo $VERSION_CODENAME\","
            + " expect: bookworm }\n"
            + "  - { name: wrong, run: \"echo trixie\", expect: bookworm }\n");

    Run run = record("dev", "--image", image);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "smoke check wrong failed: `echo trixie` exited 0 and printed \"trixie\", expected \"bookworm\"")
        .doesNotContain("smoke check codename failed");
    Record record = RecordReader.read(recordFile("dev")).record();
    assertThat(record.smoke())
        .extracting(s -> s.name() + " " + s.passed() + " " + s.stdout())
        .containsExactly("codename true bookworm\n", "wrong false trixie\n");
  }

  @Test
  void aStoppedContainerIsRefusedAndNotStarted() throws Exception {
    String container = engine.startContainer(image, List.of("true"));
    try {
      waitUntilStopped(container);

      Run run = record("stopped", "--container", container);

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("is exited, not running").doesNotContain("\tat ");
      assertThat(engine.inspectContainer(container))
          .hasValueSatisfying(c -> assertThat(c.running()).isFalse());
    } finally {
      engine.removeContainer(container);
    }
  }

  @Test
  void anImageOrContainerTheEngineLacksIsRefused() {
    Run noImage = record("x", "--image", "lockstep-test-e2/none:absent");
    Run noContainer = record("y", "--container", "lockstep-test-e2-absent");

    assertThat(noImage.exitCode()).isEqualTo(2);
    assertThat(noImage.err()).contains("the engine has no image lockstep-test-e2/none:absent");
    assertThat(noContainer.exitCode()).isEqualTo(2);
    assertThat(noContainer.err()).contains("the engine has no container lockstep-test-e2-absent");
  }

  @Test
  void anImageNameTheEngineCannotParseIsRefusedInTheEnginesWords() {
    Run run = record("bad", "--image", "Bad Name");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("lockstep: image Bad Name: ")
        .contains("invalid reference format")
        .doesNotContain("\tat ", "Status 400", "internal error");
  }

  @Test
  void anImageWithAnEntrypointIsProbedWithTheEntrypointReplaced() throws Exception {
    String entrypoint = TestImages.withFailingEntrypoint(engine, project);

    Run run = record("entrypoint", "--image", entrypoint);

    assertThat(run.exitCode()).isZero();
    assertThat(RecordReader.read(recordFile("entrypoint")).record().packages()).isNotEmpty();
  }

  @Test
  void anImageWithoutAShellIsRefusedAndLeavesNoContainer() throws Exception {
    String empty = TestImages.empty(engine, project);

    Run run = record("empty", "--image", empty);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("cannot probe image " + empty)
        .contains("\"tail\": executable file not found")
        .doesNotContain("\tat ", "Status 400");
    assertThat(ownContainers()).isEmpty();
  }

  // Containers lockstep starts carry the id of the process that started them: this JVM here.
  private static List<String> ownContainers() throws Exception {
    Process ps =
        new ProcessBuilder(
                "/usr/bin/docker",
                "ps",
                "-aq",
                "--filter",
                "label=dev.lockstep.run=" + ProcessHandle.current().pid())
            .start();
    String out = new String(ps.getInputStream().readAllBytes());
    assertThat(ps.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    return out.lines().filter(line -> !line.isBlank()).toList();
  }

  private static void waitUntilStopped(String container) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      if (engine.inspectContainer(container).map(c -> !c.running()).orElse(true)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("container " + container + " still runs after 10 s");
  }
}
