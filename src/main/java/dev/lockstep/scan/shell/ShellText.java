package dev.lockstep.scan.shell;

import dev.lockstep.scan.EmbeddedLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Shell text joined from embedded lines, remembering for every character the line and column it
 * came from in the enclosing file, so that a finding deep inside a continued command still points
 * at the real place.
 */
final class ShellText {
  private final String text;
  private final int[] lines;
  private final int[] columns;

  private ShellText(String text, int[] lines, int[] columns) {
    this.text = text;
    this.lines = lines;
    this.columns = columns;
  }

  static ShellText of(List<EmbeddedLine> embedded) {
    int total = 0;
    for (EmbeddedLine line : embedded) {
      total += line.text().length() + 1;
    }
    StringBuilder text = new StringBuilder(total);
    int[] lines = new int[total + 1];
    int[] columns = new int[total + 1];
    int at = 0;
    int lastLine = 1;
    int lastColumn = 1;
    for (EmbeddedLine line : embedded) {
      String content = line.text();
      for (int i = 0; i <= content.length(); i++) {
        lines[at] = line.line();
        columns[at] = line.column() + i;
        at++;
      }
      text.append(content).append('\n');
      lastLine = line.line();
      lastColumn = line.column() + content.length();
    }
    lines[total] = lastLine;
    columns[total] = lastColumn;
    return new ShellText(text.toString(), lines, columns);
  }

  /**
   * Text of Makefile recipe lines as make hands it to the shell: {@code $$} becomes {@code $}, and
   * {@code $(NAME)} or {@code ${NAME}} of a variable the Makefile assigns becomes its value, every
   * character of which points at the {@code $} it came from. Other make expansions stay as written.
   */
  static ShellText ofRecipe(List<EmbeddedLine> embedded, Map<String, String> variables) {
    StringBuilder text = new StringBuilder();
    List<int[]> positions = new ArrayList<>();
    for (EmbeddedLine line : embedded) {
      String content = line.text();
      int i = 0;
      while (i < content.length()) {
        int column = line.column() + i;
        int used = content.charAt(i) == '$' ? expansion(content, i, variables, text) : 0;
        if (used == 0) {
          text.append(content.charAt(i));
          used = 1;
        }
        while (positions.size() < text.length()) {
          positions.add(new int[] {line.line(), column});
        }
        i += used;
      }
      text.append('\n');
      positions.add(new int[] {line.line(), line.column() + content.length()});
    }
    int[] lines = new int[positions.size() + 1];
    int[] columns = new int[positions.size() + 1];
    for (int at = 0; at < positions.size(); at++) {
      lines[at] = positions.get(at)[0];
      columns[at] = positions.get(at)[1];
    }
    int last = positions.size();
    lines[last] = last > 0 ? lines[last - 1] : 1;
    columns[last] = last > 0 ? columns[last - 1] : 1;
    return new ShellText(text.toString(), lines, columns);
  }

  /** Appends what make makes of the {@code $} at {@code at}; the characters it used, or 0. */
  private static int expansion(
      String content, int at, Map<String, String> variables, StringBuilder text) {
    char next = at + 1 < content.length() ? content.charAt(at + 1) : '\0';
    if (next == '$') {
      text.append('$');
      return 2;
    }
    char close = next == '(' ? ')' : next == '{' ? '}' : 0;
    int end = close == 0 ? -1 : content.indexOf(close, at + 2);
    String value = end < 0 ? null : variables.get(content.substring(at + 2, end));
    if (value == null) {
      return 0;
    }
    text.append(value);
    return end + 1 - at;
  }

  int length() {
    return text.length();
  }

  char at(int index) {
    return index < text.length() ? text.charAt(index) : '\0';
  }

  /** Whether {@code expected} stands at {@code index}, without copying any text. */
  boolean startsWith(String expected, int index) {
    return text.startsWith(expected, index);
  }

  String slice(int start, int end) {
    return text.substring(Math.max(0, start), Math.min(end, text.length()));
  }

  int line(int index) {
    return lines[clamp(index)];
  }

  int column(int index) {
    return columns[clamp(index)];
  }

  private int clamp(int index) {
    return Math.max(0, Math.min(index, lines.length - 1));
  }
}
