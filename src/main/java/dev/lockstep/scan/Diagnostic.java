package dev.lockstep.scan;

import java.util.Objects;

/**
 * A file that could not be read or parsed. It makes the run exit 2, but the rest of the tree is
 * still scanned.
 *
 * @param path relative to the scanned root
 * @param line 1-based, or 1 when the problem is the whole file
 * @param column 1-based, or 1 when unknown
 * @param message what is wrong, in the words a user can act on
 */
public record Diagnostic(String path, int line, int column, String message) {
  public Diagnostic {
    Objects.requireNonNull(path);
    Objects.requireNonNull(message);
    line = Math.max(1, line);
    column = Math.max(1, column);
  }
}
