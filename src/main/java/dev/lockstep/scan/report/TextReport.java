package dev.lockstep.scan.report;

import dev.lockstep.scan.CheckResult;
import dev.lockstep.scan.Diagnostic;
import dev.lockstep.scan.Finding;

/** The compiler-style text report: findings for stdout, everything else for stderr. */
public final class TextReport {
  private TextReport() {}

  /** One {@code path:line:col: RULE message} line per finding, in order. */
  public static String findings(CheckResult result) {
    StringBuilder out = new StringBuilder();
    for (Finding finding : result.findings()) {
      out.append(finding.path()).append(':').append(finding.line()).append(':');
      out.append(finding.column()).append(": ").append(finding.rule().id()).append(' ');
      out.append(finding.message()).append('\n');
    }
    return out.toString();
  }

  /** Diagnostics, notes and the summary, for stderr. */
  public static String status(CheckResult result) {
    StringBuilder err = new StringBuilder();
    for (Diagnostic diagnostic : result.diagnostics()) {
      err.append(diagnostic.path()).append(':').append(diagnostic.line()).append(':');
      err.append(diagnostic.column()).append(": error: ").append(diagnostic.message()).append('\n');
    }
    for (String note : result.notes()) {
      err.append("lockstep: note: ").append(note).append('\n');
    }
    return err.append(summary(result)).append('\n').toString();
  }

  /** One line saying what the run found. */
  public static String summary(CheckResult result) {
    long files = result.findings().stream().map(Finding::path).distinct().count();
    StringBuilder line = new StringBuilder("lockstep: ");
    if (result.findings().isEmpty()) {
      line.append("no floating versions");
    } else {
      line.append(plural(result.findings().size(), "floating version")).append(" in ");
      line.append(plural((int) files, "file"));
    }
    if (!result.diagnostics().isEmpty()) {
      line.append(", ").append(plural(result.diagnostics().size(), "file problem"));
    }
    return line.append(" (")
        .append(plural(result.filesScanned(), "file"))
        .append(" checked)")
        .toString();
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
