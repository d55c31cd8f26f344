package dev.lockstep.engine;

import java.util.List;

/**
 * No Docker engine answered. The message lists every place that was tried and how to start an
 * engine, so the command line can print it as it is.
 */
public final class EngineUnavailableException extends EngineException {
  private static final long serialVersionUID = 1L;

  private final List<String> attempts;

  public EngineUnavailableException(List<String> attempts) {
    super(message(attempts));
    this.attempts = List.copyOf(attempts);
  }

  /** Each place tried, with why it did not answer. */
  public List<String> attempts() {
    return attempts;
  }

  private static String message(List<String> attempts) {
    return "no Docker engine answers (tried "
        + String.join("; ", attempts)
        + "). Start one with `scripts/engine.sh` (as root on Debian) or `dockerd &`,"
        + " or point DOCKER_HOST at a running engine";
  }
}
