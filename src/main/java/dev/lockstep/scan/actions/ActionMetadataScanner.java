package dev.lockstep.scan.actions;

import dev.lockstep.scan.ImageText;
import dev.lockstep.scan.Node;
import dev.lockstep.scan.Report;
import dev.lockstep.scan.Rules;
import dev.lockstep.scan.Scanner;
import dev.lockstep.scan.SourceFile;
import dev.lockstep.scan.Trees;
import dev.lockstep.scan.UniqueReport;
import dev.lockstep.scan.YamlFiles;
import java.util.Objects;

/**
 * Action metadata ({@code action.yml} or {@code action.yaml}, anywhere in the tree): a composite
 * action's steps are checked like a workflow's, and a Docker action's {@code runs.image} needs a
 * digest when it names a registry image ({@code docker://img:tag}); a {@code Dockerfile} path is
 * built from this repository.
 */
public final class ActionMetadataScanner implements Scanner {
  private final ScriptReader shell;

  public ActionMetadataScanner(ScriptReader shell) {
    this.shell = Objects.requireNonNull(shell);
  }

  @Override
  public boolean accepts(SourceFile file) {
    return YamlFiles.isActionMetadata(file);
  }

  @Override
  public void scan(SourceFile file, Report report) {
    Trees.Parsed parsed = Trees.yaml(file.text());
    Steps.Context context = new Steps.Context(file, file.lines(), new UniqueReport(report), shell);
    for (Node document : parsed.documents()) {
      document.asMap().flatMap(root -> root.map("runs")).ifPresent(runs -> runs(runs, context));
    }
    parsed.reportFailure(report, "not valid YAML");
  }

  private static void runs(Node.MapNode runs, Steps.Context context) {
    runs.seq("steps").ifPresent(steps -> Steps.check(steps, Matrix.none(), context));

    runs.scalar("image").ifPresent(image -> image(image, context.report()));
  }

  private static void image(Node.Scalar image, Report report) {
    String text = image.text().strip();
    if (!text.startsWith("docker://")) {
      return;
    }
    String reference = text.substring("docker://".length());
    if (ImageText.judge(reference) == ImageText.Verdict.FLOATING) {
      report.finding(
          Rules.IMAGE_UNPINNED, image.line(), image.textColumn(), ImageText.message(reference));
    }
  }
}
