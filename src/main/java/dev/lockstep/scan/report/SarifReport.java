package dev.lockstep.scan.report;

import dev.lockstep.scan.CheckResult;
import dev.lockstep.scan.Diagnostic;
import dev.lockstep.scan.Finding;
import dev.lockstep.scan.Rule;
import dev.lockstep.scan.Rules;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --format sarif} log: SARIF 2.1.0 as GitHub code scanning takes it, with the rule
 * catalogue in {@code tool.driver.rules}, paths relative to {@code %SRCROOT%}, and diagnostics as
 * tool execution notifications. docs/sarif.md describes the mapping.
 */
public final class SarifReport {
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String INFORMATION_URI = "https://github.com/lockstep-dev/lockstep";
  private static final String ROOT = "%SRCROOT%";

  private SarifReport() {}

  /** Where a rule's page lives: the docs/rules page in lockstep's repository. */
  public static String helpUri(Rule rule) {
    return INFORMATION_URI + "/blob/main/" + rule.docPath();
  }

  public static String render(CheckResult result, String toolVersion) {
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver(toolVersion)));
    run.put("originalUriBaseIds", Map.of(ROOT, Map.of("uri", directoryUri(result))));
    run.put("invocations", List.of(invocation(result)));
    run.put("results", results(result));
    run.put("columnKind", "utf16CodeUnits");
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    log.put("runs", List.of(run));
    return JsonText.write(log);
  }

  private static Map<String, Object> driver(String toolVersion) {
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "lockstep");
    driver.put("version", toolVersion);
    driver.put("semanticVersion", toolVersion);
    driver.put("informationUri", INFORMATION_URI);
    List<Object> rules = new ArrayList<>();
    for (Rule rule : Rules.all()) {
      rules.add(rule(rule));
    }
    driver.put("rules", rules);
    return driver;
  }

  private static Map<String, Object> rule(Rule rule) {
    Map<String, Object> descriptor = new LinkedHashMap<>();
    descriptor.put("id", rule.id());
    descriptor.put("name", pascalCase(rule.id()));
    descriptor.put("shortDescription", text(sentence(rule.summary())));
    descriptor.put(
        "fullDescription",
        text(
            sentence(rule.summary())
                + " A floating reference can resolve to different bytes on every build; pin it"
                + " so that what was reviewed is what runs."));
    descriptor.put("helpUri", helpUri(rule));
    descriptor.put("help", text("How to pin it and how to suppress it: " + helpUri(rule)));
    descriptor.put("defaultConfiguration", Map.of("level", "error"));
    descriptor.put("properties", Map.of("tags", List.of("supply-chain", "reproducibility")));
    return descriptor;
  }

  private static Map<String, Object> invocation(CheckResult result) {
    Map<String, Object> invocation = new LinkedHashMap<>();
    invocation.put("executionSuccessful", result.diagnostics().isEmpty());
    List<Object> notifications = new ArrayList<>();
    for (Diagnostic diagnostic : result.diagnostics()) {
      Map<String, Object> notification = new LinkedHashMap<>();
      notification.put("level", "error");
      notification.put("message", text(sentence(diagnostic.message())));
      notification.put(
          "locations",
          List.of(location(diagnostic.path(), diagnostic.line(), diagnostic.column())));
      notifications.add(notification);
    }
    invocation.put("toolExecutionNotifications", notifications);
    return invocation;
  }

  private static List<Object> results(CheckResult result) {
    List<Object> results = new ArrayList<>();
    List<Rule> catalogue = Rules.all();
    for (Finding finding : result.findings()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("ruleId", finding.rule().id());
      int index = catalogue.indexOf(finding.rule());
      if (index >= 0) {
        item.put("ruleIndex", index);
      }
      item.put("level", "error");
      item.put("message", text(sentence(finding.message())));
      item.put("locations", List.of(location(finding.path(), finding.line(), finding.column())));
      results.add(item);
    }
    return results;
  }

  private static Map<String, Object> location(String path, int line, int column) {
    Map<String, Object> artifact = new LinkedHashMap<>();
    artifact.put("uri", relativeUri(path));
    artifact.put("uriBaseId", ROOT);
    Map<String, Object> region = new LinkedHashMap<>();
    region.put("startLine", line);
    region.put("startColumn", column);
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", artifact);
    physical.put("region", region);
    return Map.of("physicalLocation", physical);
  }

  static String relativeUri(String path) {
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path.replace(" ", "%20");
    }
  }

  private static String directoryUri(CheckResult result) {
    String uri = result.root().toUri().toString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  private static Map<String, Object> text(String text) {
    return Map.of("text", text);
  }

  private static String sentence(String text) {
    String trimmed = text.strip();
    return trimmed.endsWith(".") ? trimmed : trimmed + ".";
  }

  private static String pascalCase(String id) {
    StringBuilder name = new StringBuilder();
    for (String part : id.split("-")) {
      name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return name.toString();
  }
}
