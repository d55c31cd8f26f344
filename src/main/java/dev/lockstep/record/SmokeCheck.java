package dev.lockstep.record;

import java.util.Objects;

/**
 * One smoke check of an environment: a shell command and the text it must print. The expected text
 * is final (any template in the matrix is resolved before a check is made).
 *
 * <p>A check passes when its command exits 0 and its stdout, with trailing whitespace and line ends
 * removed, equals {@code expect} with the same removed. The whole output must match, not a part of
 * it: a banner or warning on stdout fails the check, stderr is recorded but not compared. A command
 * that prints on stderr can be written as {@code cmd 2>&1}.
 */
public record SmokeCheck(String name, String run, String expect) {
  public SmokeCheck {
    Objects.requireNonNull(name);
    Objects.requireNonNull(run);
    Objects.requireNonNull(expect);
    if (name.isBlank()) {
      throw new IllegalArgumentException("a smoke check needs a name");
    }
    if (run.isBlank()) {
      throw new IllegalArgumentException("smoke check " + name + " needs a command to run");
    }
  }

  /** Whether a run of this check's command passes it. */
  public boolean passedBy(ShellResult result) {
    return result.exitCode() == 0 && normalized(result.stdout()).equals(normalized(expect));
  }

  // CRLF from a tool written for Windows is the same text to a reader; so is a final newline.
  private static String normalized(String text) {
    return text.replace("\r\n", "\n").stripTrailing();
  }
}
