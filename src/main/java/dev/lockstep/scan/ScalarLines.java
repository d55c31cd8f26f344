package dev.lockstep.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps a YAML scalar that holds a script (a workflow {@code run:} block) back onto the lines of the
 * file, so the shell reader's findings point at the real line and column. Literal blocks ({@code
 * |}) map line for line. Folded blocks ({@code >}) join lines with spaces when the shell sees them,
 * so lines that fold into the next get a trailing {@code \} continuation, which the shell reads the
 * same way. Quoted and plain scalars that span lines keep their first line's position for the whole
 * text.
 *
 * <p>An explicit indentation indicator ({@code |2}) is not read: the indentation comes from the
 * block's first line, so a block whose first line is indented deeper than the rest loses the lines
 * after it.
 */
public final class ScalarLines {
  private ScalarLines() {}

  /** The scalar's text as lines placed where they stand in the file. */
  public static List<EmbeddedLine> of(Node.Scalar scalar, List<String> fileLines) {
    return switch (scalar.style()) {
      case LITERAL -> block(scalar, fileLines, false);
      case FOLDED -> block(scalar, fileLines, true);
      default -> inline(scalar);
    };
  }

  private static List<EmbeddedLine> inline(Node.Scalar scalar) {
    String text = scalar.text().replace('\n', ' ');
    return List.of(new EmbeddedLine(scalar.line(), scalar.textColumn(), text));
  }

  private static List<EmbeddedLine> block(
      Node.Scalar scalar, List<String> fileLines, boolean fold) {
    int first = scalar.line();
    int indent = -1;
    int last = first;
    for (int index = first; index < fileLines.size(); index++) {
      String line = fileLines.get(index);
      if (line.isBlank()) {
        continue;
      }
      int lead = leadingSpaces(line);
      if (indent < 0) {
        indent = lead;
      }
      if (lead < indent || indent == 0) {
        break;
      }
      last = index + 1;
    }
    if (indent <= 0) {
      return List.of();
    }
    return collect(fileLines, first + 1, last, indent, fold);
  }

  private static List<EmbeddedLine> collect(
      List<String> fileLines, int from, int to, int indent, boolean fold) {
    List<EmbeddedLine> lines = new ArrayList<>();
    for (int number = from; number <= to; number++) {
      String raw = fileLines.get(number - 1);
      String text = raw.length() > indent ? raw.substring(indent) : "";
      if (fold && folds(fileLines, number, to, indent)) {
        text = text + " \\";
      }
      lines.add(new EmbeddedLine(number, indent + 1, text));
    }
    return lines;
  }

  /** Whether a folded block joins this line to the next with a space. */
  private static boolean folds(List<String> fileLines, int number, int to, int indent) {
    if (number >= to) {
      return false;
    }
    String line = fileLines.get(number - 1);
    String next = fileLines.get(number);
    return !line.isBlank()
        && !next.isBlank()
        && leadingSpaces(line) == indent
        && leadingSpaces(next) == indent;
  }

  private static int leadingSpaces(String line) {
    int count = 0;
    while (count < line.length() && line.charAt(count) == ' ') {
      count++;
    }
    return count;
  }
}
