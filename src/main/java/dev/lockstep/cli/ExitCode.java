package dev.lockstep.cli;

/** The exit codes every lockstep command shares. */
public final class ExitCode {
  /** The command did what was asked. */
  public static final int OK = 0;

  /** Findings were reported or two records differ. */
  public static final int FINDINGS = 1;

  /** The input or the usage was wrong; the message names the file and the fix. */
  public static final int BAD_INPUT = 2;

  /** Something the environment must provide is missing, such as a Docker engine. */
  public static final int MISSING_ENVIRONMENT = 3;

  private ExitCode() {}
}
