package dev.lockstep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/**
 * The {@code -C DIR} option of the commands that work on a project folder, and the one place that
 * makes their suggested commands name that folder too.
 */
final class ProjectFolder {
  @Option(
      names = {"-C", "--directory"},
      paramLabel = "DIR",
      description = "the project folder holding envs/, lock/ and records/ (default: this folder)")
  private Path path = Path.of("");

  /** The folder, relative paths resolved against the working directory by the file system. */
  Path path() {
    return path;
  }

  /** Runs a command's body; a user error's suggested commands get {@code -C DIR} when given. */
  int run(Callable<Integer> body) throws Exception {
    try {
      return body.call();
    } catch (Exception e) {
      throw ProjectHints.inProject(e, path);
    }
  }
}
