package dev.lockstep.scan.shell;

import java.util.regex.Pattern;

/**
 * One argument after expansion.
 *
 * @param text the expanded text; expansions lockstep could not follow stay as {@code $NAME}
 * @param offset where the word it came from starts
 * @param dynamic whether some of the text comes from an expansion lockstep could not see
 * @param fetches whether a command substitution in the word downloads something, as in {@code bash
 *     <(curl …)}
 * @param variable the variable whose visible value was split into this argument, as {@code $PKGS}
 *     holding {@code a b}, or an empty string
 */
record Arg(String text, int offset, boolean dynamic, boolean fetches, String variable) {
  private static final Pattern ONLY_EXPANSIONS =
      Pattern.compile("(?:\\$\\(…\\)|\\$[A-Za-z0-9_]*+)++");

  Arg(String text, int offset, boolean dynamic, boolean fetches) {
    this(text, offset, dynamic, fetches, "");
  }

  boolean isOption() {
    return text.startsWith("-") && text.length() > 1 && !dynamic;
  }

  /** Whether all of the text comes from expansions lockstep could not see, as a lone {@code $X}. */
  boolean opaque() {
    return dynamic && ONLY_EXPANSIONS.matcher(text).matches();
  }

  /** The text as a message names it, with the variable it came from. */
  String shown() {
    return variable.isEmpty() ? text : text + " (from $" + variable + ")";
  }
}
