package dev.lockstep.record;

/** The image or container to record is missing, or not in a state it can be probed in. */
public final class TargetException extends Exception {
  private static final long serialVersionUID = 1L;

  public TargetException(String message) {
    super(message);
  }
}
