package dev.lockstep.cli;

import dev.lockstep.build.ImageBuilder;
import dev.lockstep.engine.Engine;
import dev.lockstep.env.LockFiles;
import dev.lockstep.env.Matrix;
import dev.lockstep.env.MatrixReader;
import dev.lockstep.record.RecordFiles;
import dev.lockstep.record.RecordMeta;
import dev.lockstep.record.Recorder;
import dev.lockstep.record.SmokeCheck;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lockstep provision ENV}: builds an environment from its lock and records it. */
@Command(
    name = "provision",
    versionProvider = Lockstep.Version.class,
    mixinStandardHelpOptions = true,
    description = {
      "Builds ENV's image from lock/ENV.lock.json, runs its smoke checks, writes its record.",
      "The image is tagged lockstep/ENV:<first 12 hex of the lock's sha256>; an unchanged lock"
          + " whose image exists is not built again. The record goes to records/ENV.json."
          + " Exits 1 when a smoke check fails (the record is written), 2 on a missing, stale or"
          + " unbuildable lock, 3 when no Docker engine answers."
    })
final class ProvisionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ENV", description = "the environment's name")
  String env;

  @Mixin ProjectFolder folder;

  @Override
  public Integer call() throws Exception {
    return folder.run(this::run);
  }

  private Integer run() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SmokeChecks.checkEnvName(env);
    // Connecting loads the engine client, the slowest part of a warm start; it overlaps reading.
    CompletableFuture<Engine> connecting = CompletableFuture.supplyAsync(Engine::connect);
    Matrix matrix;
    LockFiles.Read lock;
    List<SmokeCheck> checks;
    try {
      matrix = MatrixReader.read(MatrixReader.path(folder.path(), env));
      Path lockFile = LockFiles.path(folder.path(), env);
      lock = LockFiles.read(lockFile, env);
      LockFiles.requireCurrent(lock, matrix, lockFile);
      checks = SmokeChecks.of(matrix, lock.lock());
    } catch (Exception e) {
      connecting.thenAccept(Engine::close);
      throw e;
    }

    try (Engine engine = connected(connecting)) {
      Thread cleanup = engine.removeLeftoversOnExit();
      ImageBuilder.Image image = image(engine, lock, err);

      Recorder.Recorded recorded = new Recorder().ofImage(engine, image.imageId(), checks);
      RecordFiles.Written written = write(recorded, lock.sha256());

      RecordSummary.print(recorded.record(), written, err);
      out.println(written.record());
      forget(cleanup);
      return recorded.record().smokePassed() ? ExitCode.OK : ExitCode.FINDINGS;
    }
  }

  private static Engine connected(CompletableFuture<Engine> connecting) {
    try {
      return connecting.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  private ImageBuilder.Image image(Engine engine, LockFiles.Read lock, PrintWriter err)
      throws Exception {
    ImageBuilder.Image image =
        ImageBuilder.provision(
            engine,
            folder.path(),
            env,
            lock,
            line -> err.println("lockstep: " + line),
            line -> err.println("  " + line));
    if (image.cacheHit()) {
      err.println("lockstep: cache hit: " + image.tag() + " is built from this lock already");
    } else {
      err.println("lockstep: built " + image.tag() + " (" + image.imageId() + ")");
    }
    return image;
  }

  private RecordFiles.Written write(Recorder.Recorded recorded, String lockSha256)
      throws java.io.IOException {
    RecordMeta meta =
        new RecordMeta(
            Instant.now(),
            HostName.get(),
            "image",
            recorded.containerId(),
            recorded.imageId(),
            lockstepVersion(),
            Optional.of(lockSha256));
    return RecordFiles.write(RecordFiles.recordPath(folder.path(), env), recorded.record(), meta);
  }

  private static String lockstepVersion() {
    String version = Lockstep.class.getPackage().getImplementationVersion();
    return version == null ? "development build" : version;
  }

  private static void forget(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down; the hook finds nothing left to remove.
    }
  }
}
