package dev.lockstep.engine;

import java.util.List;

/** A build through the engine failed; it keeps the engine's error and the last log lines. */
public final class BuildFailedException extends EngineException {
  private static final long serialVersionUID = 1L;

  private final String error;
  private final List<String> log;

  public BuildFailedException(String error, List<String> log) {
    super("the image build failed: " + error);
    this.error = error;
    this.log = List.copyOf(log);
  }

  /** The engine's error message, for example {@code The command ... returned a non-zero code}. */
  public String error() {
    return error;
  }

  /** Every log line the build printed, ANSI codes removed. */
  public List<String> log() {
    return log;
  }
}
