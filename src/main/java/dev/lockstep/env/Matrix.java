package dev.lockstep.env;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An environment as people write it in {@code envs/NAME.yaml}: the base, the apt packages and the
 * smoke checks. {@code sha256} is the file's, so a lock can say which matrix it was made from.
 */
public record Matrix(
    String name,
    String sha256,
    RootfsBase base,
    List<AptPin> apt,
    List<SmokeSpec> smoke,
    MatrixSource source) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  public Matrix {
    Objects.requireNonNull(name);
    Objects.requireNonNull(sha256);
    Objects.requireNonNull(base);
    Objects.requireNonNull(source);
    apt = List.copyOf(apt);
    smoke = List.copyOf(smoke);
    checkName(name);
    requireUnique(apt.stream().map(AptPin::name).toList(), "apt package");
    requireUnique(smoke.stream().map(SmokeSpec::name).toList(), "smoke check");
  }

  /** A matrix that was not read from a file. */
  public Matrix(
      String name, String sha256, RootfsBase base, List<AptPin> apt, List<SmokeSpec> smoke) {
    this(name, sha256, base, apt, smoke, MatrixSource.NONE);
  }

  /** Refuses an environment name that could not be a file name under envs/. */
  public static void checkName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "`" + name + "` is not an environment name (lowercase letters, digits, . _ -)");
    }
  }

  private static void requireUnique(List<String> names, String what) {
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!seen.add(name)) {
        throw new IllegalArgumentException("the " + what + " `" + name + "` appears twice");
      }
    }
  }
}
