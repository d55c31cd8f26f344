package dev.lockstep.scan;

import java.util.Objects;

/**
 * One line of text embedded in another file, such as a line of a workflow {@code run:} block or of
 * a Dockerfile {@code RUN} instruction, with where it stands in that file. Shell text is handed to
 * the shell reader as a list of these so findings point at the real file position.
 *
 * @param line the 1-based line in the enclosing file
 * @param column the 1-based column in the enclosing file where {@code text} starts
 * @param text the line's text without its terminator
 */
public record EmbeddedLine(int line, int column, String text) {
  public EmbeddedLine {
    Objects.requireNonNull(text);
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }
}
