package dev.lockstep.scan.python;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a requirements file, read as pip reads it: an option, an include ({@code -r}, {@code
 * -c}), a local path, a VCS or URL reference, or a PEP 508 requirement, with the options that
 * follow it on the line ({@code --hash=sha256:…}).
 */
record Requirement(Requirement.Kind kind, String text, boolean hashed, boolean exact) {
  // Possessive quantifiers and atomic groups throughout: a line of a megabyte of spaces must not
  // send the matcher into quadratic backtracking.
  private static final Pattern NAMED =
      Pattern.compile(
          "((?>[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?))\\s*+(\\[[^\\]]*+])?\\s*+([^;@]*+)(;.*)?");
  private static final Pattern DIRECT =
      Pattern.compile(
          "((?>[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?))\\s*+(\\[[^\\]]*+])?\\s*+@\\s*+(\\S++).*");
  private static final Pattern SPECIFIER =
      Pattern.compile("(?:(?:===|==|~=|!=|<=|>=|<|>)\\s*+[A-Za-z0-9.*+!_-]++\\s*+,?+\\s*+)*+");
  private static final Pattern EXACT = Pattern.compile("===?\\s*[A-Za-z0-9.+!_-]+");
  private static final Pattern OPTIONS_START = Pattern.compile("\\s--?[A-Za-z]");
  private static final Pattern FULL_SHA = Pattern.compile("[0-9a-fA-F]{40}");

  /** What the line is. */
  enum Kind {
    /** A pip option ({@code --index-url}, {@code --pre}), an include, or a local path. */
    NOT_A_REQUIREMENT,
    /** A name with a version specifier. */
    NAMED,
    /** A VCS reference, {@code git+https://…@ref}. */
    VCS,
    /** A URL to an archive or wheel. */
    URL,
    /** A line that is none of these. */
    UNREADABLE
  }

  static Requirement parse(String line) {
    if (line.startsWith("-e ") || line.startsWith("--editable")) {
      String target = line.replaceFirst("^(-e|--editable)[\\s=]+", "");
      return isVcs(target)
          ? vcs(target)
          : new Requirement(Kind.NOT_A_REQUIREMENT, line, false, false);
    }
    if (line.startsWith("-")) {
      return new Requirement(Kind.NOT_A_REQUIREMENT, line, false, false);
    }
    Matcher options = OPTIONS_START.matcher(line);
    String requirement = options.find() ? line.substring(0, options.start()).strip() : line;
    boolean hashed = line.contains("--hash=") || line.contains("--hash ");
    return classify(requirement, hashed);
  }

  private static Requirement classify(String requirement, boolean hashed) {
    String lower = requirement.toLowerCase(Locale.ROOT);
    if (isVcs(requirement)) {
      return vcs(requirement);
    }
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return url(requirement, hashed);
    }
    if (isLocal(requirement)) {
      return new Requirement(Kind.NOT_A_REQUIREMENT, requirement, false, false);
    }
    Matcher direct = DIRECT.matcher(requirement);
    if (direct.matches()) {
      return classify(direct.group(3), hashed);
    }
    Matcher named = NAMED.matcher(requirement);
    if (!named.matches()) {
      return new Requirement(Kind.UNREADABLE, requirement, hashed, false);
    }
    // The old form `name (>=1.0)` still parses.
    String specifier = named.group(3).replaceAll("^\\((.*)\\)$", "$1").strip();
    if (!SPECIFIER.matcher(specifier).matches()) {
      return new Requirement(Kind.UNREADABLE, requirement, hashed, false);
    }
    boolean exact = EXACT.matcher(specifier).matches() && !specifier.contains("*");
    return new Requirement(Kind.NAMED, requirement, hashed, exact);
  }

  private static boolean isVcs(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.startsWith("git+")
        || lower.startsWith("hg+")
        || lower.startsWith("svn+")
        || lower.startsWith("bzr+")
        || DIRECT.matcher(text).matches() && isVcs(directUrl(text));
  }

  private static String directUrl(String text) {
    Matcher direct = DIRECT.matcher(text);
    return direct.matches() ? direct.group(3) : "";
  }

  private static boolean isLocal(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.startsWith(".")
        || lower.startsWith("/")
        || lower.startsWith("file:")
        || lower.startsWith("~")
        || lower.endsWith(".whl")
        || lower.endsWith(".tar.gz")
        || lower.endsWith(".zip");
  }

  /** A VCS reference, pinned when its {@code @ref} is a full commit. */
  private static Requirement vcs(String text) {
    String url = DIRECT.matcher(text).matches() ? directUrl(text) : text.split("\\s")[0];
    return new Requirement(
        Kind.VCS, text, false, ref(url).filter(r -> FULL_SHA.matcher(r).matches()).isPresent());
  }

  /** The {@code @ref} of a VCS URL, ignoring the user in {@code ssh://git@host/…}. */
  static Optional<String> ref(String url) {
    String base = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
    int scheme = base.indexOf("://");
    int path = base.indexOf('/', scheme < 0 ? 0 : scheme + 3);
    int at = base.lastIndexOf('@');
    if (at < 0 || path < 0 || at < path) {
      return Optional.empty();
    }
    return Optional.of(base.substring(at + 1));
  }

  private static Requirement url(String text, boolean hashed) {
    boolean fragment =
        text.contains("#sha256=") || text.contains("#sha384=") || text.contains("#sha512=");
    return new Requirement(Kind.URL, text, hashed || fragment, true);
  }
}
