package dev.lockstep.ref;

import java.util.Objects;

/** A reference that does not follow its grammar; it keeps the text that was refused. */
public final class InvalidReferenceException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String input;

  public InvalidReferenceException(String input, String reason) {
    super("'" + input + "' is not a valid reference: " + reason);
    this.input = Objects.requireNonNull(input);
  }

  /** The text that was refused. */
  public String input() {
    return input;
  }
}
