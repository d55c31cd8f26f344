package dev.lockstep.engine;

import java.util.Objects;

/** What a command run inside a container gave back. */
public record ExecResult(int exitCode, String stdout, String stderr) {
  public ExecResult {
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
  }

  public boolean succeeded() {
    return exitCode == 0;
  }
}
