package dev.lockstep.cli;

import java.util.Objects;

/**
 * An error the user can fix, carrying the exit code it maps to. Commands throw it, or a typed error
 * of their area that {@link Lockstep} translates into one; either way the user sees its message on
 * one line and no stack trace.
 */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  public UserError(int exitCode, String message) {
    super(Objects.requireNonNull(message));
    this.exitCode = exitCode;
  }

  public UserError(int exitCode, String message, Throwable cause) {
    super(Objects.requireNonNull(message), cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
