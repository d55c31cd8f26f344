package dev.lockstep.scan.shell;

/**
 * One argument after expansion.
 *
 * @param text the expanded text; expansions lockstep could not follow stay as {@code $NAME}
 * @param offset where the word it came from starts
 * @param dynamic whether some of the text comes from an expansion lockstep could not see
 * @param fetches whether a command substitution in the word downloads something, as in {@code bash
 *     <(curl …)}
 */
record Arg(String text, int offset, boolean dynamic, boolean fetches) {
  boolean isOption() {
    return text.startsWith("-") && text.length() > 1 && !dynamic;
  }
}
