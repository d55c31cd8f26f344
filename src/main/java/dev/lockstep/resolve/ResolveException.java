package dev.lockstep.resolve;

/** Resolving an environment failed in a way the user fixes in the matrix or by re-locking. */
public class ResolveException extends Exception {
  private static final long serialVersionUID = 1L;

  public ResolveException(String message) {
    super(message);
  }

  public ResolveException(String message, Throwable cause) {
    super(message, cause);
  }
}
