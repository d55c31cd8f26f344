package dev.lockstep.resolve;

import java.util.Objects;

/** The mirror answered, and has no such suite: the matrix names one that does not exist. */
public final class UnknownSuiteException extends ResolveException {
  private static final long serialVersionUID = 1L;

  private final String suite;

  public UnknownSuiteException(String suite, String message) {
    super(message);
    this.suite = Objects.requireNonNull(suite);
  }

  public String suite() {
    return suite;
  }
}
