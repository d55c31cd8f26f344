package dev.lockstep.record;

import dev.lockstep.env.Lock;
import dev.lockstep.env.Matrix;
import dev.lockstep.env.MatrixException;
import dev.lockstep.env.SmokeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a matrix's smoke checks into checks to run, each expected text resolved from a lock. */
public final class SmokeChecks {
  private SmokeChecks() {}

  /**
   * The matrix's checks with their templates filled in from the lock's package versions. A check
   * that refers to a version needs the lock; one that does not can run without.
   */
  public static List<SmokeCheck> resolve(Matrix matrix, Optional<Lock> lock)
      throws MatrixException {
    Map<String, String> versions = lock.map(Lock::lockedVersions).orElse(Map.of());
    List<SmokeCheck> checks = new ArrayList<>();
    for (SmokeSpec spec : matrix.smoke()) {
      checks.add(new SmokeCheck(spec.name(), spec.run(), expected(matrix, spec, lock, versions)));
    }
    return checks;
  }

  private static String expected(
      Matrix matrix, SmokeSpec spec, Optional<Lock> lock, Map<String, String> versions)
      throws MatrixException {
    String where = "envs/" + matrix.name() + ".yaml: smoke check `" + spec.name() + "`: ";
    if (lock.isEmpty() && !spec.expect().packages().isEmpty()) {
      throw new MatrixException(
          where
              + "`"
              + spec.expect().text()
              + "` refers to locked versions and lock/"
              + matrix.name()
              + ".lock.json is missing; run `lockstep lock "
              + matrix.name()
              + "`");
    }
    try {
      return spec.expect().resolve(versions);
    } catch (IllegalArgumentException e) {
      throw new MatrixException(where + e.getMessage());
    }
  }
}
