package dev.lockstep.cli;

import dev.lockstep.env.Lock;
import dev.lockstep.env.LockException;
import dev.lockstep.env.LockFiles;
import dev.lockstep.env.Matrix;
import dev.lockstep.env.MatrixException;
import dev.lockstep.env.MatrixReader;
import dev.lockstep.record.SmokeCheck;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
      return dev.lockstep.record.SmokeChecks.resolve(matrix, lock(project, env, matrix, err));
    } catch (MatrixException | LockException e) {
      throw new UserError(ExitCode.BAD_INPUT, e.getMessage(), e);
    }
  }

  /** The checks of a matrix with each expected text resolved against its lock. */
  static List<SmokeCheck> of(Matrix matrix, Lock lock) {
    try {
      return dev.lockstep.record.SmokeChecks.resolve(matrix, Optional.of(lock));
    } catch (MatrixException e) {
      throw new UserError(
          ExitCode.BAD_INPUT,
          e.getMessage() + "; run `lockstep lock " + matrix.name() + "` after fixing the check",
          e);
    }
  }

  // A stale lock still names the versions that were meant; record runs with it and says so.
  private static Optional<Lock> lock(Path project, String env, Matrix matrix, PrintWriter err)
      throws LockException {
    Path lockFile = LockFiles.path(project, env);
    if (!Files.exists(lockFile)) {
      return Optional.empty();
    }
    Lock lock = LockFiles.read(lockFile, env).lock();
    if (lock.isStaleFor(matrix)) {
      err.println(
          "lockstep: warning: "
              + lockFile
              + " is stale (envs/"
              + env
              + ".yaml changed since); smoke checks use its versions");
    }
    return Optional.of(lock);
  }
}
