package dev.lockstep.scan.python;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The logical lines of a pip requirements file: lines ending in {@code \} joined with the next,
 * comments ({@code #} at the start or after whitespace) removed, each kept with the line and column
 * where its text starts.
 */
final class RequirementLines {
  private static final Pattern COMMENT = Pattern.compile("(?:^|\\s)#.*$");

  private RequirementLines() {}

  /** One logical line. */
  record Logical(int line, int column, String text) {}

  static List<Logical> of(List<String> lines) {
    List<Logical> logical = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int start = -1;
    int column = 1;
    for (int index = 0; index < lines.size(); index++) {
      String line = lines.get(index);
      if (start < 0) {
        start = index + 1;
        column = firstNonSpace(line) + 1;
      }
      String stripped = line.stripTrailing();
      if (stripped.endsWith("\\") && index + 1 < lines.size()) {
        text.append(stripped, 0, stripped.length() - 1).append(' ');
        continue;
      }
      text.append(line);
      add(logical, start, column, text.toString());
      text.setLength(0);
      start = -1;
    }
    return logical;
  }

  private static void add(List<Logical> logical, int line, int column, String text) {
    String content = COMMENT.matcher(text).replaceFirst("").strip();
    if (!content.isEmpty()) {
      logical.add(new Logical(line, column, content));
    }
  }

  private static int firstNonSpace(String line) {
    int at = 0;
    while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
      at++;
    }
    return at;
  }
}
