package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.engine.Engine;
import dev.lockstep.record.InstalledPackage;
import dev.lockstep.record.Record;
import dev.lockstep.record.RecordReader;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.images.ImagePullPolicy;
import org.testcontainers.utility.DockerImageName;

/**
 * `lockstep record --container` against a container a user's own test started with Testcontainers:
 * the way a team records what its integration tests really ran against. Ryuk is off and nothing is
 * ever pulled (surefire sets the environment; the policy below never pulls), as no image can be
 * pulled from outside here.
 */
@Tag("engine")
class RecordTestcontainersEngineTest {
  private static final ImagePullPolicy NEVER_PULL = image -> false;

  private static String image;

  @TempDir Path project;

  // Connecting throws when no engine answers: the test then fails, it never skips.
  @BeforeAll
  static void minbaseImage() throws Exception {
    try (Engine engine = Engine.connect()) {
      image = TestImages.minbase(engine);
    }
  }

  @Test
  void aContainerStartedByTestcontainersIsRecordedAndKeepsRunning() throws Exception {
    try (GenericContainer<?> container =
        new GenericContainer<>(DockerImageName.parse(image))
            .withImagePullPolicy(NEVER_PULL)
            .withCommand("tail", "-f", "/dev/null")) {
      container.start();
      Path output = project.resolve("records/tc.json");

      Run run =
          Run.of(
              "record",
              "tc",
              "--container",
              container.getContainerId(),
              "-C",
              project.toString(),
              "--output=" + output);

      assertThat(run.exitCode()).as(run.err()).isZero();
      Record record = RecordReader.read(output).record();
      assertThat(record.packages())
          .extracting(InstalledPackage::name)
          .contains("dpkg", "base-files");
      assertThat(record.os().versionCodename()).isEqualTo("bookworm");
      assertThat(container.isRunning())
          .as("lockstep never stops a container it was given")
          .isTrue();
    }
  }
}
