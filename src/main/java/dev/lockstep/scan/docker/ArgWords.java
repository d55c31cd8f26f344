package dev.lockstep.scan.docker;

import dev.lockstep.scan.EmbeddedLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits instruction arguments into whitespace-separated words with their positions, removing
 * quotes and continuation escapes as the builder does for {@code FROM}, {@code COPY}, {@code ARG}
 * and {@code ENV}.
 */
final class ArgWords {
  /** A word and where it starts. */
  record Word(String text, int line, int column) {}

  private ArgWords() {}

  static List<Word> split(List<EmbeddedLine> lines, char escape) {
    List<Word> words = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int startLine = 0;
    int startColumn = 0;
    char quote = 0;
    for (int n = 0; n < lines.size(); n++) {
      EmbeddedLine line = lines.get(n);
      String text = continuationStripped(line.text(), escape, n < lines.size() - 1);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quote == 0 && Character.isWhitespace(c)) {
          if (current.length() > 0 || startLine > 0) {
            words.add(new Word(current.toString(), startLine, startColumn));
            current.setLength(0);
            startLine = 0;
          }
          continue;
        }
        if (startLine == 0) {
          startLine = line.line();
          startColumn = line.column() + i;
        }
        if (quote == 0 && (c == '"' || c == '\'')) {
          quote = c;
        } else if (quote != 0 && c == quote) {
          quote = 0;
        } else if (c == escape && i + 1 < text.length() && quote != '\'') {
          current.append(c).append(text.charAt(++i));
        } else {
          current.append(c);
        }
      }
      if (quote == 0 && startLine > 0 && n < lines.size() - 1 && current.length() == 0) {
        startLine = 0;
      }
    }
    if (startLine > 0) {
      words.add(new Word(current.toString(), startLine, startColumn));
    }
    return words;
  }

  /** A continued line without its trailing escape; its words end there unless quoted. */
  private static String continuationStripped(String text, char escape, boolean continued) {
    if (!continued) {
      return text;
    }
    String trimmed = text.stripTrailing();
    if (!trimmed.isEmpty() && trimmed.charAt(trimmed.length() - 1) == escape) {
      return trimmed.substring(0, trimmed.length() - 1) + " ";
    }
    return text;
  }
}
