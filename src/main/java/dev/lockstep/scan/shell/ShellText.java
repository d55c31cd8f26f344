package dev.lockstep.scan.shell;

import dev.lockstep.scan.EmbeddedLine;
import java.util.List;

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
