package dev.lockstep.resolve;

import dev.lockstep.engine.Engine;
import dev.lockstep.env.AptPin;
import dev.lockstep.env.Lock;
import dev.lockstep.env.Lock.LockedApt;
import dev.lockstep.env.Lock.LockedBase;
import dev.lockstep.env.Lock.LockedMatrix;
import dev.lockstep.env.Matrix;
import dev.lockstep.env.RootfsBase;
import dev.lockstep.env.SmokeSpec;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Resolves a matrix into a lock: the base from the Debian archive as it is now, dated by the
 * suite's Release file, and the apt closure apt's own resolver picks from that base.
 */
public final class Locker {
  private Locker() {}

  /**
   * Locks a matrix. A base the engine holds from the same inputs is used as it is, so re-locking an
   * unchanged archive skips mmdebstrap.
   */
  public static Lock lock(
      Engine engine, Matrix matrix, String matrixPath, Consumer<String> progress)
      throws ResolveException, MissingToolException {
    RootfsBase base = matrix.base();
    DebianRelease release = DebianRelease.fetch(BaseImage.MIRROR, base.suite());
    progress.accept(base.suite() + " on " + BaseImage.MIRROR + " is dated " + release.date());

    BaseImage.Created created = base(engine, base, release.epochSecond(), progress);

    progress.accept("resolving the apt closure of " + matrix.apt().size() + " packages");
    AptResolver.Closure closure = AptResolver.resolve(engine, created.imageId(), matrix.apt());

    Lock lock =
        new Lock(
            Lock.FORMAT,
            new LockedMatrix(matrixPath, matrix.sha256()),
            new LockedBase(
                base.suite(),
                base.variant(),
                BaseImage.MIRROR,
                release.epochSecond(),
                created.builder(),
                created.rootfsSha256(),
                created.imageId(),
                closure.base()),
            new LockedApt(matrix.apt().stream().map(AptPin::aptArgument).toList(), closure.apt()));
    checkSmokeTemplates(matrix, lock);
    return lock;
  }

  private static BaseImage.Created base(
      Engine engine, RootfsBase base, long epoch, Consumer<String> progress)
      throws ResolveException, MissingToolException {
    Optional<BaseImage.Created> built = BaseImage.find(engine, base, epoch);
    if (built.isPresent()) {
      progress.accept(
          "reusing base "
              + built.get().imageId()
              + ", built before from the same"
              + " archive state");
      return built.get();
    }
    return BaseImage.create(engine, base, epoch, progress);
  }

  private static void checkSmokeTemplates(Matrix matrix, Lock lock) throws ResolveException {
    Map<String, String> versions = lock.lockedVersions();
    for (SmokeSpec check : matrix.smoke()) {
      try {
        check.expect().resolve(versions);
      } catch (IllegalArgumentException e) {
        throw new ResolveException(
            "envs/"
                + matrix.name()
                + ".yaml: smoke check `"
                + check.name()
                + "`: "
                + e.getMessage()
                + "; name a package of the base or of `apt:`");
      }
    }
  }
}
