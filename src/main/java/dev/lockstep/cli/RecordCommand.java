package dev.lockstep.cli;

import dev.lockstep.engine.Engine;
import dev.lockstep.engine.EngineException;
import dev.lockstep.env.CanonicalJson;
import dev.lockstep.env.LockFiles;
import dev.lockstep.record.ProbeException;
import dev.lockstep.record.RecordFiles;
import dev.lockstep.record.RecordMeta;
import dev.lockstep.record.Recorder;
import dev.lockstep.record.SmokeCheck;
import dev.lockstep.record.TargetException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lockstep record ENV --image I | --container C | --host}: probes a target. */
@Command(
    name = "record",
    versionProvider = Lockstep.Version.class,
    mixinStandardHelpOptions = true,
    description = {
      "Probes an image, a running container or this host and writes its record.",
      "The record (records/ENV.json) holds the OS release, every dpkg package with version,"
          + " architecture and hold state, and each smoke check of envs/ENV.yaml with its output."
          + " Exits 1 when a smoke check fails (the record is written), 2 on bad input,"
          + " 3 when no Docker engine answers."
    })
final class RecordCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ENV", description = "the environment's name")
  String env;

  @ArgGroup(multiplicity = "1")
  Target target;

  static final class Target {
    @Option(
        names = "--image",
        paramLabel = "IMAGE",
        description = "probe a throwaway container started from this image (removed afterwards)")
    String image;

    @Option(
        names = "--container",
        paramLabel = "ID",
        description = "probe this running container through exec (it is left running)")
    String container;

    @Option(names = "--host", description = "probe the machine lockstep runs on")
    boolean host;
  }

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description =
          "write the record here instead of records/ENV.json, the meta file beside it"
              + " (relative to -C)")
  Path output;

  @Mixin ProjectFolder folder;

  @Override
  public Integer call() throws Exception {
    return folder.run(this::run);
  }

  private Integer run() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SmokeChecks.checkEnvName(env);
    checkTarget();

    List<SmokeCheck> checks = SmokeChecks.of(folder.path(), env, err);
    Recorder.Recorded recorded = record(checks);

    Path file =
        output != null ? folder.path().resolve(output) : RecordFiles.recordPath(folder.path(), env);
    RecordFiles.Written written = write(file, recorded);

    RecordSummary.print(recorded.record(), written, err);
    out.println(written.record());
    return recorded.record().smokePassed() ? ExitCode.OK : ExitCode.FINDINGS;
  }

  private void checkTarget() {
    if (target.image != null && target.image.isBlank()) {
      throw new UserError(ExitCode.BAD_INPUT, "--image needs an image name, tag or id");
    }
    if (target.container != null && target.container.isBlank()) {
      throw new UserError(ExitCode.BAD_INPUT, "--container needs a container name or id");
    }
  }

  private Recorder.Recorded record(List<SmokeCheck> checks) {
    Recorder recorder = new Recorder();
    try {
      if (target.host) {
        return recorder.ofHost(checks);
      }
      try (Engine engine = Engine.connect()) {
        return target.image != null
            ? recorder.ofImage(engine, target.image, checks)
            : recorder.ofContainer(engine, target.container, checks);
      }
    } catch (EngineException e) {
      // No engine, or one that stopped answering mid-way: either way the environment lacks it.
      throw new UserError(ExitCode.MISSING_ENVIRONMENT, e.getMessage());
    } catch (TargetException | ProbeException e) {
      throw new UserError(ExitCode.BAD_INPUT, e.getMessage());
    }
  }

  private RecordFiles.Written write(Path file, Recorder.Recorded recorded) {
    RecordMeta meta =
        new RecordMeta(
            Instant.now(),
            HostName.get(),
            target.host ? "host" : target.image != null ? "image" : "container",
            recorded.containerId(),
            recorded.imageId(),
            lockstepVersion(),
            lockSha256());
    try {
      return RecordFiles.write(file, recorded.record(), meta);
    } catch (IOException e) {
      throw new UserError(
          ExitCode.BAD_INPUT, "cannot write the record " + file + ": " + IoMessages.of(e));
    }
  }

  private static String lockstepVersion() {
    String version = Lockstep.class.getPackage().getImplementationVersion();
    return version == null ? "development build" : version;
  }

  private Optional<String> lockSha256() {
    Path lock = LockFiles.path(folder.path(), env);
    try {
      return Files.isRegularFile(lock)
          ? Optional.of(CanonicalJson.sha256(Files.readAllBytes(lock)))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
