package dev.lockstep.record;

/** JSON that is not a lockstep record; the message says which field is wrong and how. */
public final class RecordFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public RecordFormatException(String message) {
    super(message);
  }
}
