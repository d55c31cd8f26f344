package dev.lockstep.record;

import java.util.Objects;

/** What one smoke check did in a target: the check itself, its exit code, output and verdict. */
public record SmokeResult(
    String name,
    String run,
    String expect,
    int exitCode,
    String stdout,
    String stderr,
    boolean passed) {
  public SmokeResult {
    Objects.requireNonNull(name);
    Objects.requireNonNull(run);
    Objects.requireNonNull(expect);
    Objects.requireNonNull(stdout);
    Objects.requireNonNull(stderr);
  }

  /** The result of running a check, judged by the check's own rule. */
  public static SmokeResult of(SmokeCheck check, ShellResult result) {
    return new SmokeResult(
        check.name(),
        check.run(),
        check.expect(),
        result.exitCode(),
        result.stdout(),
        result.stderr(),
        check.passedBy(result));
  }
}
