package dev.lockstep.scan.actions;

import dev.lockstep.scan.EmbeddedLine;
import dev.lockstep.scan.Node;
import dev.lockstep.scan.Report;
import dev.lockstep.scan.ScalarLines;
import dev.lockstep.scan.SourceFile;
import java.util.List;
import java.util.Locale;

/** The steps of a job or of a composite action: {@code uses:}, setup inputs and {@code run:}. */
final class Steps {
  private Steps() {}

  /** What every check of one file needs. */
  record Context(SourceFile file, List<String> fileLines, Report report, ScriptReader shell) {}

  static void check(Node.SeqNode steps, Matrix matrix, Context context) {
    for (Node step : steps.items()) {
      step.asMap().ifPresent(map -> step(map, matrix, context));
    }
  }

  private static void step(Node.MapNode step, Matrix job, Context context) {
    Matrix matrix = job.withEnv(step.map("env"));

    step.scalar("uses").ifPresent(uses -> uses(step, uses, matrix, context));

    step.scalar("run").filter(run -> isShell(step)).ifPresent(run -> run(run, context));
  }

  private static void uses(Node.MapNode step, Node.Scalar uses, Matrix matrix, Context context) {
    Uses.check(uses, context.report());

    String name = Uses.name(uses);
    if (SetupVersions.isSetupAction(name)) {
      step.map("with").ifPresent(with -> SetupVersions.check(name, with, matrix, context));
    }
  }

  /** Whether the step's shell reads shell commands; Python steps do not. */
  private static boolean isShell(Node.MapNode step) {
    return step.scalar("shell")
        .map(shell -> !shell.text().strip().toLowerCase(Locale.ROOT).startsWith("python"))
        .orElse(true);
  }

  static void run(Node.Scalar run, Context context) {
    List<EmbeddedLine> lines = ScalarLines.of(run, context.fileLines());
    if (!lines.isEmpty()) {
      context.shell().scan(context.file(), lines, context.report());
    }
  }
}
