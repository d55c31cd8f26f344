package dev.lockstep.scan;

import java.util.Comparator;
import java.util.Objects;

/**
 * One floating version found in one place.
 *
 * @param path relative to the scanned root, {@code /} separated
 * @param line 1-based
 * @param column 1-based, pointing at the start of the floating reference
 * @param rule the rule the finding breaks
 * @param message one line naming what floats and how to pin it
 */
public record Finding(String path, int line, int column, Rule rule, String message) {
  /** Sorted and stable: by path, line, column, rule id, then message. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::path)
          .thenComparingInt(Finding::line)
          .thenComparingInt(Finding::column)
          .thenComparing(finding -> finding.rule().id())
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(path);
    Objects.requireNonNull(rule);
    Objects.requireNonNull(message);
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }
}
