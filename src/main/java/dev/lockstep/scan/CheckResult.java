package dev.lockstep.scan;

import java.util.List;

/**
 * What a check found, collected as values so the caller chooses the output and the exit code.
 *
 * @param root the directory paths are relative to
 * @param findings sorted by {@link Finding#ORDER}
 * @param diagnostics files or parts that could not be read or parsed, sorted by place
 * @param notes files skipped on purpose (binary, huge, links out of the tree), for stderr
 * @param filesScanned how many files at least one scanner read
 */
public record CheckResult(
    java.nio.file.Path root,
    List<Finding> findings,
    List<Diagnostic> diagnostics,
    List<String> notes,
    int filesScanned) {
  public CheckResult {
    findings = List.copyOf(findings);
    diagnostics = List.copyOf(diagnostics);
    notes = List.copyOf(notes);
  }
}
