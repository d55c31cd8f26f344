package dev.lockstep.scan.report;

import dev.lockstep.scan.CheckResult;
import dev.lockstep.scan.Diagnostic;
import dev.lockstep.scan.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code --format json} document; docs/check-json.md describes its schema. */
public final class JsonReport {
  /** Bumped when a field changes meaning or goes away; new fields do not bump it. */
  public static final int SCHEMA_VERSION = 1;

  private JsonReport() {}

  public static String render(CheckResult result, String toolVersion) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("schemaVersion", SCHEMA_VERSION);
    document.put("tool", Map.of("name", "lockstep", "version", toolVersion));
    document.put("findings", findings(result));
    document.put("diagnostics", diagnostics(result));
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("filesChecked", result.filesScanned());
    summary.put("findings", result.findings().size());
    summary.put("diagnostics", result.diagnostics().size());
    document.put("summary", summary);
    return JsonText.write(document);
  }

  private static List<Object> findings(CheckResult result) {
    List<Object> findings = new ArrayList<>();
    for (Finding finding : result.findings()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("path", finding.path());
      item.put("line", finding.line());
      item.put("column", finding.column());
      item.put("rule", finding.rule().id());
      item.put("message", finding.message());
      item.put("help", SarifReport.helpUri(finding.rule()));
      findings.add(item);
    }
    return findings;
  }

  private static List<Object> diagnostics(CheckResult result) {
    List<Object> diagnostics = new ArrayList<>();
    for (Diagnostic diagnostic : result.diagnostics()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("path", diagnostic.path());
      item.put("line", diagnostic.line());
      item.put("column", diagnostic.column());
      item.put("message", diagnostic.message());
      diagnostics.add(item);
    }
    return diagnostics;
  }
}
