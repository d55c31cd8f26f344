package dev.lockstep.record;

import java.util.Objects;

/** A probe whose script failed or whose output lockstep could not read; it names the probe. */
public final class ProbeException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String probe;

  public ProbeException(String probe, String reason) {
    super("probe " + Objects.requireNonNull(probe) + ": " + Objects.requireNonNull(reason));
    this.probe = probe;
  }

  /** The probe that failed, such as {@code os-release} or {@code dpkg}. */
  public String probe() {
    return probe;
  }
}
