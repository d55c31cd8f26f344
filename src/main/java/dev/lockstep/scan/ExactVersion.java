package dev.lockstep.scan;

import java.util.regex.Pattern;

/**
 * Tells an exact toolchain version ({@code 20.11.1}, {@code 3.12.4}, {@code 17.0.10+7}, {@code
 * v1.22.3}) from one that floats: a bare major ({@code 20}), a major.minor line ({@code 3.12}), a
 * wildcard or range ({@code 3.x}, {@code >=3.10}, {@code ^20}) or an alias ({@code lts/*}, {@code
 * latest}, {@code stable}, {@code node}, {@code system}). Exact means at least three numeric
 * components, optionally after a distribution prefix ({@code temurin-}) and followed by a
 * pre-release or build suffix.
 */
public final class ExactVersion {
  private static final Pattern EXACT =
      Pattern.compile(
          "(?:[A-Za-z0-9][A-Za-z0-9.]*-)*v?\\d+\\.\\d+\\.\\d+(?:[-+._]?[0-9A-Za-z][0-9A-Za-z.+_-]*)?");

  private ExactVersion() {}

  /** Whether the version names one release. */
  public static boolean isExact(String version) {
    return EXACT.matcher(version.strip()).matches();
  }
}
