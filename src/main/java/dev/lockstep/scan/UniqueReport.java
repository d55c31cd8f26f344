package dev.lockstep.scan;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A report that passes each finding on once. A YAML anchor or a matrix value used in several places
 * is one floating text in the file, and it is reported once, where it is written.
 */
public final class UniqueReport implements Report {
  private final Report delegate;
  private final Set<String> seen = new HashSet<>();

  public UniqueReport(Report delegate) {
    this.delegate = Objects.requireNonNull(delegate);
  }

  @Override
  public void finding(Rule rule, int line, int column, String message) {
    if (seen.add(rule.id() + ':' + line + ':' + column)) {
      delegate.finding(rule, line, column, message);
    }
  }

  @Override
  public void diagnostic(int line, int column, String message) {
    delegate.diagnostic(line, column, message);
  }
}
