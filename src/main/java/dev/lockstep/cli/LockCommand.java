package dev.lockstep.cli;

import dev.lockstep.engine.Engine;
import dev.lockstep.env.Lock;
import dev.lockstep.env.LockFiles;
import dev.lockstep.env.Matrix;
import dev.lockstep.env.MatrixReader;
import dev.lockstep.resolve.Locker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lockstep lock [ENV...]}: resolves matrices into locks. */
@Command(
    name = "lock",
    versionProvider = Lockstep.Version.class,
    mixinStandardHelpOptions = true,
    description = {
      "Resolves envs/ENV.yaml into lock/ENV.lock.json (every env when none is named).",
      "Builds the base from the Debian archive when needed and asks apt which packages the apt"
          + " step installs. Re-locking with nothing changed writes the same bytes."
          + " Exits 2 on a bad matrix or a package apt cannot find, 3 when no Docker engine or"
          + " mirror answers. docs/lock.md describes the lock file."
    })
final class LockCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ENV", arity = "0..*", description = "the environments to lock")
  List<String> envs = new ArrayList<>();

  @Mixin ProjectFolder folder;

  @Override
  public Integer call() throws Exception {
    return folder.run(this::run);
  }

  private Integer run() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> names = envs.isEmpty() ? allEnvs() : envs;
    List<Matrix> matrices = new ArrayList<>();
    for (String name : names) {
      SmokeChecks.checkEnvName(name);
      matrices.add(MatrixReader.read(MatrixReader.path(folder.path(), name)));
    }

    try (Engine engine = Engine.connect()) {
      engine.removeLeftoversOnExit();
      for (Matrix matrix : matrices) {
        Path file = lock(engine, matrix, err);
        out.println(file);
      }
    }
    return ExitCode.OK;
  }

  private Path lock(Engine engine, Matrix matrix, PrintWriter err) throws Exception {
    Path file = LockFiles.path(folder.path(), matrix.name());
    Lock lock =
        Locker.lock(
            engine,
            matrix,
            "envs/" + matrix.name() + ".yaml",
            line -> err.println("lockstep: " + line));

    boolean same =
        Files.exists(file) && Arrays.equals(Files.readAllBytes(file), LockFiles.bytes(lock));
    String sha = LockFiles.write(file, lock);
    err.println(
        "lockstep: "
            + (same ? "unchanged " : "wrote ")
            + file
            + " ("
            + lock.apt().packages().size()
            + " apt packages, sha256 "
            + sha.substring(0, 12)
            + ")");
    return file;
  }

  private List<String> allEnvs() throws IOException {
    Path dir = folder.path().resolve("envs");
    if (!Files.isDirectory(dir)) {
      throw new UserError(ExitCode.BAD_INPUT, dir + " does not exist; write envs/NAME.yaml first");
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - 5))
          .sorted()
          .toList();
    }
  }
}
