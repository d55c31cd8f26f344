package dev.lockstep.scan.npm;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a package.json dependency value asks for, as npm, pnpm and Yarn read it: an exact version, a
 * range, a dist-tag, a git or URL source, or something in this repository.
 */
final class NpmSpec {
  private static final Pattern EXACT =
      Pattern.compile("=?\\s*v?\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?");
  // Operators, hyphen ranges, x and * wildcards as version parts, and partial versions (1, 1.2).
  private static final Pattern RANGE_CHARS =
      Pattern.compile(
          "[\\^~*<>=|]|\\s-\\s|(?:^|[.\\s])[xX](?:$|[.\\s])|^v?\\d+(?:\\.\\d+)?$|\\d\\s+\\d");
  private static final Pattern FULL_SHA = Pattern.compile("[0-9a-fA-F]{40}");
  private static final Pattern GIT_PREFIX =
      Pattern.compile("(?:git\\+[a-z]+|git|github|gitlab|bitbucket|gist):.*");
  private static final Pattern GITHUB_SHORTHAND =
      Pattern.compile("[A-Za-z0-9][\\w.-]*/[\\w.-]+(?:#.*)?");
  private static final Pattern SHA_SEGMENT =
      Pattern.compile("(?:^|[/#=])[0-9a-fA-F]{40}(?:$|[/.?#])");

  private NpmSpec() {}

  /** How a value floats. */
  enum Kind {
    RANGE,
    DIST_TAG,
    SOURCE
  }

  /** Why a value floats, or empty when it names exact bytes or lives in this repository. */
  static Optional<Kind> floating(String value) {
    String spec = value.strip();
    if (spec.startsWith("npm:")) {
      return alias(spec.substring("npm:".length()));
    }
    if (isLocal(spec) || EXACT.matcher(spec).matches()) {
      return Optional.empty();
    }
    if (GIT_PREFIX.matcher(spec).matches()
        || spec.contains(".git#")
        || spec.endsWith(".git")
        || GITHUB_SHORTHAND.matcher(spec).matches()) {
      return isCommit(spec) ? Optional.empty() : Optional.of(Kind.SOURCE);
    }
    if (spec.startsWith("http://") || spec.startsWith("https://")) {
      return SHA_SEGMENT.matcher(spec).find() ? Optional.empty() : Optional.of(Kind.SOURCE);
    }
    return Optional.of(
        spec.isEmpty() || RANGE_CHARS.matcher(spec).find() ? Kind.RANGE : Kind.DIST_TAG);
  }

  /** Whether a version written alone (engines, volta, packageManager) is one release. */
  static boolean isExactVersion(String version) {
    return EXACT.matcher(version.strip()).matches();
  }

  private static Optional<Kind> alias(String target) {
    int at = target.lastIndexOf('@');
    if (at <= 0) {
      return Optional.of(Kind.DIST_TAG);
    }
    return floating(target.substring(at + 1));
  }

  private static boolean isLocal(String spec) {
    return spec.startsWith("workspace:")
        || spec.startsWith("file:")
        || spec.startsWith("link:")
        || spec.startsWith("portal:")
        || spec.startsWith("patch:")
        || spec.startsWith("exec:")
        // pnpm catalogs keep versions in pnpm-workspace.yaml, which is checked on its own.
        || spec.startsWith("catalog:")
        || spec.startsWith("./")
        || spec.startsWith("../")
        || spec.startsWith("/")
        || spec.startsWith("~/")
        || spec.startsWith("$");
  }

  private static boolean isCommit(String spec) {
    int hash = spec.indexOf('#');
    return hash >= 0 && FULL_SHA.matcher(spec.substring(hash + 1)).matches();
  }
}
