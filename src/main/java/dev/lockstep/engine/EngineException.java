package dev.lockstep.engine;

/** A Docker engine call failed; the message says what was asked and what the engine answered. */
public class EngineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EngineException(String message) {
    super(message);
  }

  public EngineException(String message, Throwable cause) {
    super(message, cause);
  }
}
