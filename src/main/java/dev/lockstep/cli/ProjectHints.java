package dev.lockstep.cli;

import java.nio.file.Path;

/**
 * Makes the commands that error messages suggest runnable as they stand: a user who gave {@code -C
 * DIR} gets {@code lockstep lock -C DIR dev}, not a command that would look in the wrong folder.
 */
final class ProjectHints {
  private static final String[] COMMANDS = {"lock", "provision", "record"};

  private ProjectHints() {}

  /** The error with its suggested commands run in {@code project}; as it is for this folder. */
  static Exception inProject(Exception error, Path project) {
    if (project.toString().isEmpty()) {
      return error;
    }
    return Failures.userError(error)
        .<Exception>map(
            user -> new UserError(user.exitCode(), rewrite(user.getMessage(), project), error))
        .orElse(error);
  }

  static String rewrite(String message, Path project) {
    String dir = project.toString();
    String option = "-C " + (dir.matches("[\\w./@%+=:,-]+") ? dir : "'" + dir + "'") + " ";
    String out = message;
    for (String command : COMMANDS) {
      out = out.replace("`lockstep " + command + " ", "`lockstep " + command + " " + option);
    }
    return out;
  }
}
