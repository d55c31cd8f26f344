package dev.lockstep.cli;

import dev.lockstep.env.Lock;
import dev.lockstep.env.LockException;
import dev.lockstep.env.LockFiles;
import dev.lockstep.env.Matrix;
import dev.lockstep.env.MatrixException;
import dev.lockstep.env.MatrixReader;
import dev.lockstep.env.SmokeSpec;
import dev.lockstep.record.SmokeCheck;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The smoke checks of an environment, from its matrix, with every template resolved. */
final class SmokeChecks {
  private SmokeChecks() {}

  /** Refuses a name that cannot be an environment's, as a one-line user error. */
  static void checkEnvName(String env) {
    try {
      Matrix.checkName(env);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.BAD_INPUT, e.getMessage());
    }
  }

  /**
   * The checks of envs/ENV.yaml for recording an existing target; templates are resolved from
   * lock/ENV.lock.json, which is needed only when a check refers to a locked version.
   */
  static List<SmokeCheck> of(Path project, String env, PrintWriter err) {
    Path matrixFile = MatrixReader.path(project, env);
    if (!Files.exists(matrixFile)) {
      err.println("lockstep: " + matrixFile + " does not exist; recording without smoke checks");
      return List.of();
    }
    try {
      Matrix matrix = MatrixReader.read(matrixFile);
      boolean needsLock = matrix.smoke().stream().anyMatch(c -> !c.expect().packages().isEmpty());
      Map<String, String> versions =
          needsLock
              ? LockFiles.read(LockFiles.path(project, env), env).lock().lockedVersions()
              : Map.of();
      return resolve(matrix, versions);
    } catch (MatrixException | LockException e) {
      throw new UserError(ExitCode.BAD_INPUT, e.getMessage(), e);
    }
  }

  /** The checks of a matrix with each expected text resolved against its lock. */
  static List<SmokeCheck> of(Matrix matrix, Lock lock) {
    return resolve(matrix, lock.lockedVersions());
  }

  private static List<SmokeCheck> resolve(Matrix matrix, Map<String, String> versions) {
    try {
      return matrix.smoke().stream().map(check -> resolve(check, versions)).toList();
    } catch (IllegalArgumentException e) {
      throw new UserError(
          ExitCode.BAD_INPUT,
          "envs/"
              + matrix.name()
              + ".yaml: "
              + e.getMessage()
              + "; run `lockstep lock "
              + matrix.name()
              + "` after fixing the check");
    }
  }

  private static SmokeCheck resolve(SmokeSpec check, Map<String, String> versions) {
    return new SmokeCheck(check.name(), check.run(), check.expect().resolve(versions));
  }
}
