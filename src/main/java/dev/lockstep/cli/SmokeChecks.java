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

/** The smoke checks `record` runs: those of envs/ENV.yaml, resolved from lock/ENV.lock.json. */
final class SmokeChecks {
  private SmokeChecks() {}

  static List<SmokeCheck> of(Path project, String env, PrintWriter err) {
    Path matrixFile = MatrixReader.path(project, env);
    if (!Files.exists(matrixFile)) {
      err.println("lockstep: " + matrixFile + " does not exist; recording without smoke checks");
      return List.of();
    }
    try {
      Matrix matrix = MatrixReader.read(matrixFile);
      Optional<Lock> lock = lock(project, env, matrix, err);
      return dev.lockstep.record.SmokeChecks.resolve(matrix, lock);
    } catch (MatrixException | LockException e) {
      throw new UserError(ExitCode.BAD_INPUT, e.getMessage(), e);
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
