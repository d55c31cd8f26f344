package dev.lockstep.resolve;

/** Something the host must provide is missing or unreachable: mmdebstrap, the Debian mirror. */
public final class MissingToolException extends Exception {
  private static final long serialVersionUID = 1L;

  public MissingToolException(String message) {
    super(message);
  }

  public MissingToolException(String message, Throwable cause) {
    super(message, cause);
  }
}
