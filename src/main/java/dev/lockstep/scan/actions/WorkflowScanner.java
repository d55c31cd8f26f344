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
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * GitHub Actions workflows ({@code .github/workflows/*.yml}): step and reusable-workflow {@code
 * uses:}, setup-action version inputs, the job's {@code container:} and {@code services:} images,
 * and {@code run:} blocks, read by the shell reader as CI commands.
 *
 * <p>An image or version written as {@code ${{ matrix.x }}} is judged for each value the job's
 * matrix gives {@code x}, and a floating one is reported where the matrix writes it; {@code ${{
 * env.X }}} is read from the nearest {@code env:} (step, job, workflow) that sets it. When the
 * value cannot be seen (a matrix built by an expression, {@code inputs}, {@code env}, {@code
 * vars}), nothing is reported for an expression that makes up the whole value, because lockstep
 * reports only what it can see to float; a visible name around an expression ({@code node:${{ env.V
 * }}}) is still judged, as a digest is never written through a tag variable.
 */
public final class WorkflowScanner implements Scanner {
  private final ScriptReader shell;

  public WorkflowScanner(ScriptReader shell) {
    this.shell = Objects.requireNonNull(shell);
  }

  @Override
  public boolean accepts(SourceFile file) {
    return YamlFiles.isWorkflow(file);
  }

  @Override
  public void scan(SourceFile file, Report report) {
    Trees.Parsed parsed = Trees.yaml(file.text());
    Steps.Context context = new Steps.Context(file, file.lines(), new UniqueReport(report), shell);
    for (Node document : parsed.documents()) {
      document.asMap().ifPresent(root -> workflow(root, context));
    }
    parsed.reportFailure(report, "not valid YAML");
  }

  private static void workflow(Node.MapNode root, Steps.Context context) {
    Optional<Node.MapNode> env = root.map("env");
    for (Node job : root.map("jobs").map(jobs -> jobs.values().values()).orElse(List.of())) {
      job.asMap().ifPresent(map -> job(map, env, context));
    }
  }

  private static void job(Node.MapNode job, Optional<Node.MapNode> env, Steps.Context context) {
    Matrix matrix = Matrix.of(job, env);

    job.scalar("uses").ifPresent(uses -> Uses.check(uses, context.report()));

    job.get("container").ifPresent(container -> container(container, matrix, context.report()));

    job.map("services")
        .ifPresent(
            services ->
                services
                    .values()
                    .values()
                    .forEach(service -> container(service, matrix, context.report())));

    job.seq("steps").ifPresent(steps -> Steps.check(steps, matrix, context));
  }

  /** A job container or service: a string, or a mapping with {@code image}. */
  private static void container(Node container, Matrix matrix, Report report) {
    container
        .asScalar()
        .or(() -> container.asMap().flatMap(map -> map.scalar("image")))
        .ifPresent(image -> image(image, matrix, report));
  }

  private static void image(Node.Scalar image, Matrix matrix, Report report) {
    for (Candidates.Candidate candidate : Candidates.of(image, matrix)) {
      if (ImageText.judge(candidate.text()) == ImageText.Verdict.FLOATING) {
        Node.Scalar at = candidate.where();
        report.finding(
            Rules.IMAGE_UNPINNED, at.line(), at.textColumn(), ImageText.message(candidate.text()));
      }
    }
  }
}
