package dev.lockstep.env;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the values of a matrix stand in its file, so that errors found later (when apt or the lock
 * disagrees with a value) still point at the line that holds it. {@code file} is the path as the
 * user gave it.
 */
public record MatrixSource(
    Path file, String text, Place suite, Map<String, Place> apt, Map<String, Place> expect) {
  /** For a matrix that was not read from a file: errors name no line. */
  public static final MatrixSource NONE =
      new MatrixSource(Path.of("matrix"), "", Place.UNKNOWN, Map.of(), Map.of());

  /** A line and column, counting from 1; 0 when unknown. */
  public record Place(int line, int column) {
    public static final Place UNKNOWN = new Place(0, 0);
  }

  public MatrixSource {
    Objects.requireNonNull(file);
    Objects.requireNonNull(text);
    Objects.requireNonNull(suite);
    apt = Map.copyOf(apt);
    expect = Map.copyOf(expect);
  }

  /** A diagnostic at {@code suite:}'s value. */
  public String atSuite(String message) {
    return at(suite, message);
  }

  /** A diagnostic at an entry of {@code apt:}, by package name. */
  public String atApt(String packageName, String message) {
    return at(apt.getOrDefault(packageName, Place.UNKNOWN), message);
  }

  /**
   * A diagnostic at {@code snippet} inside the expected text of a smoke check (at the value when
   * the snippet is not found as written).
   */
  public String atExpect(String check, String snippet, String message) {
    Place value = expect.getOrDefault(check, Place.UNKNOWN);
    return at(within(value, snippet), message);
  }

  private Place within(Place value, String snippet) {
    if (value.line() <= 0) {
      return value;
    }
    String[] lines = text.split("\n", -1);
    String line = value.line() <= lines.length ? lines[value.line() - 1] : "";
    int found = line.indexOf(snippet, Math.max(value.column() - 1, 0));
    return found < 0 ? value : new Place(value.line(), found + 1);
  }

  private String at(Place place, String message) {
    return MatrixException.at(file, text, place.line(), place.column(), message).getMessage();
  }
}
