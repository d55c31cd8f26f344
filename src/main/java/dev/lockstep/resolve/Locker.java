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
import dev.lockstep.env.Suggestions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
    DebianRelease release = release(matrix);
    progress.accept(base.suite() + " on " + BaseImage.MIRROR + " is dated " + release.date());

    BaseImage.Created created = base(engine, base, release.epochSecond(), progress);

    progress.accept("resolving the apt closure of " + matrix.apt().size() + " packages");
    AptResolver.Closure closure = closure(engine, created.imageId(), matrix);

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

  private static DebianRelease release(Matrix matrix)
      throws ResolveException, MissingToolException {
    try {
      return DebianRelease.fetch(BaseImage.MIRROR, matrix.base().suite());
    } catch (UnknownSuiteException e) {
      throw new ResolveException(matrix.source().atSuite(e.getMessage()), e);
    }
  }

  private static AptResolver.Closure closure(Engine engine, String baseImageId, Matrix matrix)
      throws ResolveException, MissingToolException {
    try {
      return AptResolver.resolve(engine, baseImageId, matrix.apt());
    } catch (AptRefusedException e) {
      throw new ResolveException(matrix.source().atApt(e.packageName(), refused(matrix, e)), e);
    }
  }

  private static String refused(Matrix matrix, AptRefusedException e) {
    String guess =
        e.closeNames().isEmpty()
            ? ""
            : "; close names there: "
                + e.closeNames().stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
    String what =
        e.getMessage().startsWith("apt has no package")
            ? "`"
                + e.packageName()
                + "` is not a package of "
                + matrix.base().suite()
                + " main on "
                + BaseImage.MIRROR
            : e.getMessage();
    return what + guess + "; fix this entry of `apt:` (`apt-cache search NAME` finds packages)";
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

  static void checkSmokeTemplates(Matrix matrix, Lock lock) throws ResolveException {
    Map<String, String> versions = lock.lockedVersions();
    for (SmokeSpec check : matrix.smoke()) {
      try {
        check.expect().resolve(versions);
      } catch (IllegalArgumentException e) {
        throw new ResolveException(missingReference(matrix, check, versions.keySet()), e);
      }
    }
  }

  // The template itself is what the user fixes, so the error points inside the expected text.
  private static String missingReference(Matrix matrix, SmokeSpec check, Set<String> locked) {
    String missing =
        check.expect().packages().stream().filter(p -> !locked.contains(p)).findFirst().orElse("");
    List<String> close = Suggestions.close(missing, locked, 3);
    String guess =
        close.isEmpty()
            ? "; name a package of the base or of `apt:`"
            : "; did you mean "
                + close.stream().map(n -> "`" + n + "`").collect(Collectors.joining(" or "))
                + "?";
    String message =
        "smoke check `"
            + check.name()
            + "` refers to package `"
            + missing
            + "`, which the locked apt closure does not hold"
            + guess;
    return matrix.source().atExpect(check.name(), placeholder(check, missing), message);
  }

  private static String placeholder(SmokeSpec check, String packageName) {
    Matcher matcher =
        Pattern.compile("\\{\\{\\s*(version|upstream)\\s+" + Pattern.quote(packageName) + "\\s*}}")
            .matcher(check.expect().text());
    return matcher.find() ? matcher.group() : "{{";
  }
}
