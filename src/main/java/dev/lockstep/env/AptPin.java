package dev.lockstep.env;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One apt entry of a matrix: a package name, optionally pinned to an exact version ({@code
 * name=version}). Names and versions follow Debian policy's character sets, so nothing apt would
 * read as an option or a pattern gets through.
 */
public record AptPin(String name, Optional<String> version) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9+.-]+");
  private static final Pattern VERSION = Pattern.compile("[0-9][A-Za-z0-9.+~:-]*");

  public AptPin {
    Objects.requireNonNull(name);
    Objects.requireNonNull(version);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "`" + name + "` is not a Debian package name (lowercase letters, digits, + - .)");
    }
    version.ifPresent(AptPin::checkVersion);
  }

  /** Parses {@code name} or {@code name=version}. */
  public static AptPin parse(String text) {
    Objects.requireNonNull(text);
    int eq = text.indexOf('=');
    if (eq < 0) {
      return new AptPin(text.strip(), Optional.empty());
    }
    return new AptPin(text.substring(0, eq).strip(), Optional.of(text.substring(eq + 1).strip()));
  }

  /** The form apt-get takes: {@code name} or {@code name=version}. */
  public String aptArgument() {
    return version.map(v -> name + "=" + v).orElse(name);
  }

  private static void checkVersion(String version) {
    if (!VERSION.matcher(version).matches()) {
      throw new IllegalArgumentException(
          "`"
              + version
              + "` is not a Debian version (it starts with a digit; letters, digits,"
              + " . + ~ : - follow); write `name=version`, for example `hello=2.10-3`");
    }
  }
}
