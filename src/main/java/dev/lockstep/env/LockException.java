package dev.lockstep.env;

/** A lock file that is missing, unreadable or stale; the message says which command fixes it. */
public final class LockException extends Exception {
  private static final long serialVersionUID = 1L;

  public LockException(String message) {
    super(message);
  }
}
