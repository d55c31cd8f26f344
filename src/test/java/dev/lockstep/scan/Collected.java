package dev.lockstep.scan;

import java.util.ArrayList;
import java.util.List;

/** A report that keeps what scanners say, for tests to look at. */
public final class Collected implements Report {
  public final List<String> findings = new ArrayList<>();
  public final List<String> diagnostics = new ArrayList<>();

  @Override
  public void finding(Rule rule, int line, int column, String message) {
    findings.add(line + ":" + column + " " + rule.id() + " " + message);
  }

  @Override
  public void diagnostic(int line, int column, String message) {
    diagnostics.add(line + ":" + column + " " + message);
  }

  /** The findings as {@code line:column rule}, without messages. */
  public List<String> positions() {
    return findings.stream().map(f -> f.substring(0, f.indexOf(' ', f.indexOf(' ') + 1))).toList();
  }
}
