package dev.lockstep.env;

import java.nio.file.Path;

/**
 * A matrix file that cannot be used, with where and why: {@code path:line:col: message}, then the
 * offending line and a caret under the column when the place is known.
 */
public final class MatrixException extends Exception {
  private static final long serialVersionUID = 1L;

  public MatrixException(String message) {
    super(message);
  }

  /** An error at a place in a file; {@code line} and {@code column} count from 1, 0 if unknown. */
  public static MatrixException at(Path file, String text, int line, int column, String message) {
    if (line <= 0) {
      return new MatrixException(file + ": " + message);
    }
    StringBuilder out = new StringBuilder();
    out.append(file).append(':').append(line).append(':').append(Math.max(column, 1));
    out.append(": ").append(message);
    String[] lines = text.split("\n", -1);
    if (line <= lines.length) {
      String source = lines[line - 1].stripTrailing();
      out.append("\n  ").append(source);
      out.append("\n  ").append(caretPrefix(source, column)).append('^');
    }
    return new MatrixException(out.toString());
  }

  // Tabs before the column are kept, so the caret lands under the same place on a terminal.
  private static String caretPrefix(String source, int column) {
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < column - 1; i++) {
      prefix.append(i < source.length() && source.charAt(i) == '\t' ? '\t' : ' ');
    }
    return prefix.toString();
  }
}
