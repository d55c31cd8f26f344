package dev.lockstep.record;

import java.nio.file.Path;
import java.util.Objects;

/** A file that could not be read as a record: missing, not JSON, or not a record. */
public final class UnreadableRecordException extends Exception {
  private static final long serialVersionUID = 1L;

  private final Path file;
  private final String reason;

  public UnreadableRecordException(Path file, String reason) {
    super(Objects.requireNonNull(file) + ": " + Objects.requireNonNull(reason));
    this.file = file;
    this.reason = reason;
  }

  public Path file() {
    return file;
  }

  public String reason() {
    return reason;
  }
}
