package dev.lockstep.scan.docker;

import java.util.Map;
import java.util.Optional;

/**
 * The builder's variable substitution in instruction arguments: {@code $X}, {@code ${X}}, {@code
 * ${X:-default}}, {@code ${X-default}}, {@code ${X:+alt}} and {@code ${X+alt}}, with {@code \$} for
 * a literal dollar. Anything else lockstep cannot see, and says so by returning empty.
 */
final class Substitution {
  private Substitution() {}

  /** The text with every variable replaced, or empty when some value is unknown. */
  static Optional<String> expand(String text, Map<String, String> variables, char escape) {
    return expand(text, variables, escape, null);
  }

  /**
   * The text with every known variable replaced and every unknown one written as {@code unknown}.
   */
  static String expandOr(String text, Map<String, String> variables, char escape, String unknown) {
    return expand(text, variables, escape, unknown).orElse(unknown);
  }

  private static Optional<String> expand(
      String text, Map<String, String> variables, char escape, String unknown) {
    StringBuilder result = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == escape && i + 1 < text.length() && text.charAt(i + 1) == '$') {
        result.append('$');
        i += 2;
      } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        int close = closing(text, i + 2);
        if (close < 0) {
          return Optional.empty();
        }
        Optional<String> value = braced(text.substring(i + 2, close), variables, escape);
        if (value.isEmpty() && unknown == null) {
          return Optional.empty();
        }
        result.append(value.orElse(unknown));
        i = close + 1;
      } else if (c == '$' && i + 1 < text.length() && isNameStart(text.charAt(i + 1))) {
        int end = i + 1;
        while (end < text.length() && isNameChar(text.charAt(end))) {
          end++;
        }
        String value = variables.get(text.substring(i + 1, end));
        if (value == null && unknown == null) {
          return Optional.empty();
        }
        result.append(value == null ? unknown : value);
        i = end;
      } else {
        result.append(c);
        i++;
      }
    }
    return Optional.of(result.toString());
  }

  private static Optional<String> braced(String inner, Map<String, String> variables, char escape) {
    int name = 0;
    while (name < inner.length() && isNameChar(inner.charAt(name))) {
      name++;
    }
    if (name == 0) {
      return Optional.empty();
    }
    String value = variables.get(inner.substring(0, name));
    String rest = inner.substring(name);
    if (rest.isEmpty()) {
      return Optional.ofNullable(value);
    }
    boolean colon = rest.startsWith(":");
    String operator = colon ? rest.substring(0, Math.min(2, rest.length())) : rest.substring(0, 1);
    String word = rest.substring(operator.length());
    boolean set = value != null && (!colon || !value.isEmpty());
    switch (operator) {
      case ":-", "-":
        return set ? Optional.of(value) : expand(word, variables, escape);
      case ":+", "+":
        return set ? expand(word, variables, escape) : Optional.of("");
      default:
        return Optional.empty();
    }
  }

  private static int closing(String text, int from) {
    int depth = 1;
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == '{') {
        depth++;
      } else if (text.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isNameStart(char c) {
    return c == '_' || Character.isLetter(c);
  }

  private static boolean isNameChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }
}
