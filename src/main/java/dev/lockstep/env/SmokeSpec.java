package dev.lockstep.env;

import java.util.Objects;

/** A smoke check as the matrix writes it: its expected text may refer to locked versions. */
public record SmokeSpec(String name, String run, ExpectTemplate expect) {
  public SmokeSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(expect, "expect");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a smoke check needs a `name`");
    }
    if (run.isBlank()) {
      throw new IllegalArgumentException("smoke check `" + name + "` needs a command in `run`");
    }
  }
}
