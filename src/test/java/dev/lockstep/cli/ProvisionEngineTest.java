package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.engine.Engine;
import dev.lockstep.engine.EngineUnavailableException;
import dev.lockstep.env.CanonicalJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Locks and provisions a one-package environment against the real engine and the real Debian
 * mirror. The environment names carry a random suffix, so runs and other users of the engine do not
 * share tags; the base is built once per machine state and reused, as lockstep itself does.
 */
@Tag("engine")
class ProvisionEngineTest {
  private static final String SUFFIX =
      Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE).substring(0, 8);
  private static final String ENV = "small-" + SUFFIX;
  private static final String FAILING = "failing-" + SUFFIX;

  private static Path project;
  private static Engine engine;

  @TempDir Path dir;

  @BeforeAll
  static void lockTheSmallEnvironments() throws IOException {
    try {
      engine = Engine.connect();
    } catch (EngineUnavailableException e) {
      fail("engine tests need a Docker engine (run scripts/engine.sh): " + e.getMessage());
    }
    project = Files.createTempDirectory("lockstep-engine-test-");
    writeMatrix(project, ENV, "[hello]", "hello", "Hello, world!");
    writeMatrix(project, FAILING, "[hello]", "hello", "Goodbye, world!");

    Run locked = Run.of("lock", "-C", project.toString(), ENV, FAILING);

    assertThat(locked.exitCode()).as(locked.toString()).isZero();
  }

  @AfterAll
  static void removeWhatTheTestsMade() throws IOException {
    if (engine == null) {
      return;
    }
    for (String env : new String[] {ENV, FAILING}) {
      engine.tagsIn("lockstep/" + env).forEach(engine::removeImage);
    }
    engine.close();
    try (Stream<Path> paths = Files.walk(project)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  void twoProvisionsGiveIdenticalRecordsAndTheSecondIsACacheHit() throws IOException {
    Path here = copyOfProject();
    engine.tagsIn("lockstep/" + ENV).forEach(engine::removeImage);

    Run first = provision(here, ENV);
    byte[] firstRecord = Files.readAllBytes(record(here, ENV));
    Files.write(here.resolve("first.json"), firstRecord);
    Run second = provision(here, ENV);

    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(first.err()).contains("built lockstep/" + ENV + ":");
    assertThat(second.err()).contains("cache hit").doesNotContain("Step 1/");
    assertThat(engine.containersStartedBy(ProcessHandle.current().pid())).isEmpty();
    assertThat(Files.readAllBytes(record(here, ENV))).isEqualTo(firstRecord);
    Run diff = Run.of("diff", here.resolve("first.json").toString(), record(here, ENV).toString());
    assertThat(diff.exitCode()).isZero();
    assertThat(diff.out()).isEqualTo("identical\n");
  }

  @Test
  void everyLockedPackageIsRecordedHeldAtItsLockedVersion() throws IOException {
    Path here = copyOfProject();

    Run provisioned = provision(here, ENV);

    assertThat(provisioned.exitCode()).as(provisioned.toString()).isZero();
    JsonNode lock = CanonicalJson.read(Files.readString(lockFile(here, ENV)));
    JsonNode record = CanonicalJson.read(Files.readString(record(here, ENV)));
    assertThat(lock.at("/apt/packages")).isNotEmpty();
    for (JsonNode locked : lock.at("/apt/packages")) {
      JsonNode recorded = recordedPackage(record, locked.get("name").asText());
      assertThat(recorded.get("version").asText()).isEqualTo(locked.get("version").asText());
      assertThat(recorded.get("held").asBoolean()).as(locked.toString()).isTrue();
    }
    assertThat(recordedPackage(record, "bash").get("held").asBoolean()).isFalse();
    assertThat(here.resolve("build").resolve(ENV).resolve("Dockerfile"))
        .content()
        .contains("hello=" + lock.at("/apt/packages/0/version").asText(), "apt-mark hold");
  }

  @Test
  void relockingAnUnchangedMatrixWritesTheSameBytes() throws IOException {
    Path here = copyOfProject();
    byte[] before = Files.readAllBytes(lockFile(here, ENV));

    Run relocked = Run.of("lock", "-C", here.toString(), ENV);

    assertThat(relocked.exitCode()).as(relocked.toString()).isZero();
    assertThat(relocked.err()).contains("unchanged");
    assertThat(Files.readAllBytes(lockFile(here, ENV))).isEqualTo(before);
  }

  @Test
  void swappingAnAptPackageGivesADiffNamingIt() throws IOException {
    Path here = copyOfProject();
    Run before = provision(here, ENV);
    Files.copy(record(here, ENV), here.resolve("before.json"));
    writeMatrix(here, ENV, "[tree]", "command -v tree", "/usr/bin/tree");

    Run relocked = Run.of("lock", "-C", here.toString(), ENV);
    Run after = provision(here, ENV);
    Run diff = Run.of("diff", here.resolve("before.json").toString(), record(here, ENV).toString());

    assertThat(before.exitCode()).as(before.toString()).isZero();
    assertThat(relocked.exitCode()).as(relocked.toString()).isZero();
    assertThat(after.exitCode()).as(after.toString()).isZero();
    assertThat(diff.exitCode()).as(diff.toString()).isEqualTo(1);
    assertThat(diff.out()).contains("removed hello").contains("added tree");
  }

  @Test
  void staleLockIsRefusedWithTheFixingCommand() throws IOException {
    Path here = copyOfProject();
    Path matrix = here.resolve("envs").resolve(ENV + ".yaml");
    Files.writeString(matrix, Files.readString(matrix) + "# a change\n");

    Run refused = provision(here, ENV);

    assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(refused.err()).contains("is stale").contains("run `lockstep lock " + ENV + "`");
    assertThat(refused.err().lines()).hasSize(1);
  }

  @Test
  void failingSmokeCheckExitsOneAndTheRecordNamesIt() throws IOException {
    Path here = copyOfProject();

    Run provisioned = provision(here, FAILING);

    assertThat(provisioned.exitCode()).as(provisioned.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(provisioned.err()).contains("smoke check hello failed").contains("Hello, world!");
    JsonNode smoke = CanonicalJson.read(Files.readString(record(here, FAILING))).get("smoke");
    assertThat(smoke.get(0).get("name").asText()).isEqualTo("hello");
    assertThat(smoke.get(0).get("passed").asBoolean()).isFalse();
    assertThat(smoke.get(0).get("stdout").asText()).isEqualTo("Hello, world!\n");
  }

  @Test
  void vanishedPinNamesThePackageWhatTheMirrorHasAndTheFix() throws IOException {
    Path here = copyOfProject();
    Path lockFile = lockFile(here, ENV);
    ObjectNode lock = (ObjectNode) CanonicalJson.read(Files.readString(lockFile));
    ObjectNode hello = (ObjectNode) lock.at("/apt/packages/0");
    String current = hello.get("version").asText();
    hello.put("version", "2.9-1");
    Files.write(lockFile, CanonicalJson.bytes(lock));

    Run failed = provision(here, ENV);

    assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(failed.err())
        .contains("hello=2.9-1 is no longer on the mirror (it now has " + current + ")")
        .contains("run `lockstep lock " + ENV + "`");
    String tag =
        "lockstep/"
            + ENV
            + ":"
            + CanonicalJson.sha256(Files.readAllBytes(lockFile)).substring(0, 12);
    assertThat(engine.tagsIn("lockstep/" + ENV)).doesNotContain(tag);
  }

  private Run provision(Path here, String env) {
    return Run.of("provision", "-C", here.toString(), env);
  }

  private Path copyOfProject() throws IOException {
    for (String folder : new String[] {"envs", "lock"}) {
      Files.createDirectories(dir.resolve(folder));
      try (Stream<Path> files = Files.list(project.resolve(folder))) {
        for (Path file : files.toList()) {
          Files.copy(file, dir.resolve(folder).resolve(file.getFileName()));
        }
      }
    }
    return dir;
  }

  private static JsonNode recordedPackage(JsonNode record, String name) {
    for (JsonNode p : record.get("packages")) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("the record has no package " + name);
  }

  private static Path record(Path here, String env) {
    return here.resolve("records").resolve(env + ".json");
  }

  private static Path lockFile(Path here, String env) {
    return here.resolve("lock").resolve(env + ".lock.json");
  }

  private static void writeMatrix(Path here, String env, String apt, String run, String expect)
      throws IOException {
    Files.createDirectories(here.resolve("envs"));
    Files.writeString(
        here.resolve("envs").resolve(env + ".yaml"),
        """
        base:
          rootfs: { suite: bookworm, variant: minbase }
        apt: %s
        smoke:
          - { name: hello, run: "%s", expect: "%s" }
        """
            .formatted(apt, run, expect));
  }
}
