package dev.lockstep.record;

import java.util.Objects;

/** What one shell script run in a target gave back: its exit code and both output streams. */
public record ShellResult(int exitCode, String stdout, String stderr) {
  public ShellResult {
    Objects.requireNonNull(stdout);
    Objects.requireNonNull(stderr);
  }
}
