package dev.lockstep.scan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A report that keeps what a scanner said, as {@code line:col rule} and {@code line:col !msg}. */
public final class Scanned implements Report {
  public final List<String> findings = new ArrayList<>();
  public final List<String> messages = new ArrayList<>();
  public final List<String> diagnostics = new ArrayList<>();

  /** Scans a file that lives nowhere on disk. */
  public static Scanned scan(Scanner scanner, String path, String text) {
    return scan(scanner, Path.of("/nonexistent-lockstep-root"), path, text);
  }

  /** Scans a file under a root, for scanners that look at siblings. */
  public static Scanned scan(Scanner scanner, Path root, String path, String text) {
    Scanned collected = new Scanned();
    scanner.scan(new SourceFile(root, path, text), collected);
    return collected;
  }

  @Override
  public void finding(Rule rule, int line, int column, String message) {
    findings.add(line + ":" + column + " " + rule.id());
    messages.add(message);
  }

  @Override
  public void diagnostic(int line, int column, String message) {
    diagnostics.add(line + ":" + column + " " + message);
  }
}
