package dev.lockstep.env;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a build of an environment needs, exact: the base and the whole apt closure. It names
 * the sha256 of the matrix it was made from, so a changed matrix makes it stale. docs/lock.md
 * describes the file; scripts read it, so a change of shape needs a new {@link #FORMAT}.
 */
public record Lock(int formatVersion, LockedMatrix matrix, LockedBase base, LockedApt apt) {
  /** The lock format this lockstep writes and reads. */
  public static final int FORMAT = 1;

  public Lock {
    if (formatVersion != FORMAT) {
      throw new IllegalArgumentException(
          "lock format " + formatVersion + " is not the format " + FORMAT + " this lockstep reads");
    }
    Objects.requireNonNull(matrix, "matrix");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(apt, "apt");
  }

  /** Every locked version by package name: the base's, and the apt closure's over them. */
  public Map<String, String> lockedVersions() {
    Map<String, String> versions = new HashMap<>();
    base.packages().forEach(p -> versions.put(p.name(), p.version()));
    apt.packages().forEach(p -> versions.put(p.name(), p.version()));
    return Map.copyOf(versions);
  }

  /** Whether the matrix changed since this lock was made from it. */
  public boolean isStaleFor(Matrix current) {
    return !matrix.sha256().equals(current.sha256());
  }

  /** The matrix file a lock was made from: where, relative to the project, and its sha256. */
  public record LockedMatrix(String path, String sha256) {
    public LockedMatrix {
      Objects.requireNonNull(path, "path");
      Sha256.check(sha256, "matrix.sha256");
    }
  }

  /**
   * The base, built from the Debian archive: mmdebstrap's inputs, the sha256 of the rootfs tar it
   * wrote, the id of the image loaded from it, and the packages it holds.
   */
  public record LockedBase(
      String suite,
      String variant,
      String mirror,
      long sourceDateEpoch,
      String builder,
      String rootfsSha256,
      String imageId,
      List<BasePackage> packages) {
    public LockedBase {
      new RootfsBase(suite, variant);
      Objects.requireNonNull(mirror, "mirror");
      Objects.requireNonNull(builder, "builder");
      Sha256.check(rootfsSha256, "base.rootfsSha256");
      Sha256.check(imageId.replaceFirst("^sha256:", ""), "base.imageId");
      packages =
          sorted(
              packages,
              Comparator.comparing(BasePackage::name).thenComparing(BasePackage::architecture));
    }
  }

  /** What the matrix asked apt for, and every package apt's resolver chose to install for it. */
  public record LockedApt(List<String> requested, List<AptPackage> packages) {
    public LockedApt {
      requested = List.copyOf(requested);
      packages =
          sorted(
              packages,
              Comparator.comparing(AptPackage::name).thenComparing(AptPackage::architecture));
    }

    /** The locked version of a package, if the closure holds it. */
    public java.util.Optional<String> versionOf(String name) {
      return packages.stream()
          .filter(p -> p.name().equals(name))
          .map(AptPackage::version)
          .findFirst();
    }
  }

  /** A package the base holds, as dpkg lists it. */
  public record BasePackage(String name, String version, String architecture) {
    public BasePackage {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(architecture, "architecture");
    }
  }

  /** A package of the apt closure, with the sha256 of its .deb from the archive's index. */
  public record AptPackage(String name, String version, String architecture, String sha256) {
    public AptPackage {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(architecture, "architecture");
      Sha256.check(sha256, "sha256 of " + name);
    }

    /** The argument apt-get takes to install exactly this: {@code name=version}. */
    public String pin() {
      return name + "=" + version;
    }
  }

  private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
    return Objects.requireNonNull(items).stream().sorted(order).toList();
  }
}
