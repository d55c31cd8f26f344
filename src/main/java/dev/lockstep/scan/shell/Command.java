package dev.lockstep.scan.shell;

import java.util.List;

/**
 * One simple command as the shell reads it, before expansion.
 *
 * @param words the words, assignments in front included, redirections left out
 * @param redirects the redirection operators with their targets
 * @param heredocs the here-document bodies fed to the command, as text ranges
 * @param separator the operator that ends the command: {@code |}, {@code &&}, {@code ;}, a newline,
 *     or an empty string at the end of the text
 */
record Command(List<Word> words, List<Redirect> redirects, List<Range> heredocs, String separator) {
  Command {
    words = List.copyOf(words);
    redirects = List.copyOf(redirects);
    heredocs = List.copyOf(heredocs);
  }

  /** A redirection such as {@code > file} or {@code <<EOF}. */
  record Redirect(String operator, Word target) {}

  /** A range of shell text, start inclusive, end exclusive. */
  record Range(int start, int end) {}

  boolean pipesInto() {
    return separator.equals("|") || separator.equals("|&");
  }
}
