package dev.lockstep.env;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expected text of a smoke check, which may name a locked package version so that a check
 * follows the lock: {@code {{ version PKG }}} is PKG's full locked version ({@code 1.6-2.1}),
 * {@code {{ upstream PKG }}} the upstream part without epoch and Debian revision ({@code 1.6}).
 * Everything else is literal text.
 */
public record ExpectTemplate(String text, List<Part> parts) {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}");
  private static final Pattern REFERENCE =
      Pattern.compile("\\s*(version|upstream)\\s+([a-z0-9][a-z0-9+.-]+)\\s*");

  /** Literal text, or a reference to a package's locked version. */
  public sealed interface Part permits Literal, VersionOf {}

  /** Text kept as it is. */
  public record Literal(String text) implements Part {}

  /** A package's locked version, whole or upstream part only. */
  public record VersionOf(String packageName, boolean upstreamOnly) implements Part {}

  public ExpectTemplate {
    Objects.requireNonNull(text);
    parts = List.copyOf(parts);
  }

  /** Parses expected text; a {@code {{ … }}} that is not a known reference is an error. */
  public static ExpectTemplate parse(String text) {
    List<Part> parts = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    int last = 0;
    while (matcher.find()) {
      if (matcher.start() > last) {
        parts.add(new Literal(text.substring(last, matcher.start())));
      }
      parts.add(reference(matcher.group(1)));
      last = matcher.end();
    }
    if (last < text.length()) {
      parts.add(new Literal(text.substring(last)));
    }
    return new ExpectTemplate(text, parts);
  }

  /** The packages this text refers to. */
  public List<String> packages() {
    return parts.stream()
        .filter(VersionOf.class::isInstance)
        .map(part -> ((VersionOf) part).packageName())
        .distinct()
        .toList();
  }

  /** The final text, given each locked package's version by name. */
  public String resolve(Map<String, String> lockedVersions) {
    StringBuilder out = new StringBuilder();
    for (Part part : parts) {
      if (part instanceof Literal literal) {
        out.append(literal.text());
      } else if (part instanceof VersionOf ref) {
        String version = lockedVersions.get(ref.packageName());
        if (version == null) {
          throw new IllegalArgumentException(
              "`"
                  + text
                  + "` refers to package "
                  + ref.packageName()
                  + ", which the locked apt closure does not hold");
        }
        out.append(ref.upstreamOnly() ? upstream(version) : version);
      }
    }
    return out.toString();
  }

  /** A Debian version's upstream part: without {@code epoch:} and without {@code -revision}. */
  public static String upstream(String version) {
    int colon = version.indexOf(':');
    String rest = colon >= 0 ? version.substring(colon + 1) : version;
    int dash = rest.lastIndexOf('-');
    return dash >= 0 ? rest.substring(0, dash) : rest;
  }

  private static Part reference(String inside) {
    Matcher matcher = REFERENCE.matcher(inside);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "`{{"
              + inside
              + "}}` is not a version reference; write `{{ version PACKAGE }}` or"
              + " `{{ upstream PACKAGE }}`");
    }
    return new VersionOf(matcher.group(2), matcher.group(1).equals("upstream"));
  }
}
