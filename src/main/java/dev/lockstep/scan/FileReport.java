package dev.lockstep.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report for one file: it turns scanner calls into findings and diagnostics with the file's
 * path, and drops findings that a comment on the line or the line above suppresses, or that {@code
 * .lockstep.yaml} ignores.
 */
final class FileReport implements Report {
  private final SourceFile file;
  private final CheckConfig config;
  private final List<Finding> findings = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<Integer, Suppressions.Line> suppressions = new HashMap<>();
  private List<String> lines;
  private Set<Rule> fileWide;
  private final Set<String> fileWideManagers = new HashSet<>();

  FileReport(SourceFile file, CheckConfig config) {
    this.file = file;
    this.config = config;
  }

  @Override
  public void finding(Rule rule, int line, int column, String message) {
    if (config.ignores(rule, file.path()) || suppressed(rule, line, message)) {
      return;
    }
    findings.add(new Finding(file.path(), Math.max(1, line), Math.max(1, column), rule, message));
  }

  @Override
  public void diagnostic(int line, int column, String message) {
    diagnostics.add(new Diagnostic(file.path(), line, column, message));
  }

  /** Adds diagnostics for suppression comments written wrongly, such as one without a reason. */
  void finish() {
    if (file.text().indexOf("lockstep:") < 0) {
      return;
    }
    List<String> all = lines();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).contains("lockstep:")) {
        for (String problem : line(i + 1).problems()) {
          diagnostics.add(
              new Diagnostic(file.path(), i + 1, all.get(i).indexOf("lockstep:") + 1, problem));
        }
      }
    }
  }

  List<Finding> findings() {
    return findings;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private boolean suppressed(Rule rule, int line, String message) {
    if (fileWide().contains(rule) || Suppressions.byManager(rule, message, fileWideManagers)) {
      return true;
    }
    return line(line).suppresses(rule, message) || line(line - 1).suppresses(rule, message);
  }

  private Suppressions.Line line(int number) {
    List<String> all = lines();
    if (number < 1 || number > all.size()) {
      return Suppressions.Line.NONE;
    }
    return suppressions.computeIfAbsent(number, n -> Suppressions.of(all.get(n - 1)));
  }

  private Set<Rule> fileWide() {
    if (fileWide == null) {
      fileWide = new HashSet<>();
      if (file.text().contains("global")) {
        List<String> all = lines();
        for (int i = 0; i < all.size(); i++) {
          fileWide.addAll(line(i + 1).fileWide());
          fileWideManagers.addAll(line(i + 1).fileWideManagers());
        }
      }
    }
    return fileWide;
  }

  private List<String> lines() {
    if (lines == null) {
      lines = file.lines();
    }
    return lines;
  }
}
