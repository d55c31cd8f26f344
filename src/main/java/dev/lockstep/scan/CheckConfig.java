package dev.lockstep.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The repository's {@code .lockstep.yaml}: paths not to scan, and rules ignored everywhere or under
 * some paths, each with the reason a reviewer reads.
 *
 * <pre>
 * exclude:
 *   - third_party/**
 * ignore:
 *   - rule: image-unpinned
 *     paths: [test/fixtures/**]
 *     reason: fixtures float on purpose
 * </pre>
 *
 * @param exclude paths never scanned
 * @param ignores rules ignored, each under its paths (everywhere when it names none)
 */
public record CheckConfig(List<Glob> exclude, List<RuleIgnore> ignores) {
  public static final String FILE_NAME = ".lockstep.yaml";
  public static final CheckConfig NONE = new CheckConfig(List.of(), List.of());

  public CheckConfig {
    exclude = List.copyOf(exclude);
    ignores = List.copyOf(ignores);
  }

  /** One rule ignored under some paths. */
  public record RuleIgnore(Rule rule, List<Glob> paths) {
    public RuleIgnore {
      paths = List.copyOf(paths);
    }
  }

  public boolean excludes(String path) {
    for (Glob glob : exclude) {
      if (glob.matches(path)) {
        return true;
      }
    }
    return false;
  }

  public boolean ignores(Rule rule, String path) {
    for (RuleIgnore ignore : ignores) {
      if (ignore.rule().equals(rule)
          && (ignore.paths().isEmpty() || ignore.paths().stream().anyMatch(g -> g.matches(path)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads the file's text; problems are added as diagnostics and the parts that could be read are
   * kept.
   */
  public static CheckConfig parse(String text, List<Diagnostic> problems) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      problems.add(new Diagnostic(FILE_NAME, line, 1, "not valid YAML: " + e.getOriginalMessage()));
      return NONE;
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return NONE;
    }
    if (!root.isObject()) {
      problems.add(new Diagnostic(FILE_NAME, 1, 1, "expected a mapping with exclude: and ignore:"));
      return NONE;
    }
    List<Glob> exclude = globs(root.path("exclude"), text, problems);
    List<RuleIgnore> ignores = new ArrayList<>();
    for (JsonNode entry : root.path("ignore")) {
      ruleIgnore(entry, text, problems).ifPresent(ignores::add);
    }
    root.fieldNames()
        .forEachRemaining(
            name -> {
              if (!name.equals("exclude") && !name.equals("ignore")) {
                problems.add(
                    problem(text, name, "unknown key '" + name + "'; use exclude: or ignore:"));
              }
            });
    return new CheckConfig(exclude, ignores);
  }

  private static Optional<RuleIgnore> ruleIgnore(
      JsonNode entry, String text, List<Diagnostic> problems) {
    String id = entry.path("rule").asText("");
    Optional<Rule> rule = Rules.byId(id);
    if (rule.isEmpty()) {
      problems.add(problem(text, id, "ignore names an unknown rule '" + id + "'"));
      return Optional.empty();
    }
    if (entry.path("reason").asText("").isBlank()) {
      problems.add(
          problem(text, id, "ignore of " + id + " needs a reason: saying why it may float"));
      return Optional.empty();
    }
    return Optional.of(new RuleIgnore(rule.get(), globs(entry.path("paths"), text, problems)));
  }

  private static List<Glob> globs(JsonNode node, String text, List<Diagnostic> problems) {
    List<Glob> globs = new ArrayList<>();
    if (node.isTextual()) {
      globs.add(Glob.of(node.asText()));
    }
    for (JsonNode item : node) {
      if (item.isTextual()) {
        globs.add(Glob.of(item.asText()));
      } else {
        problems.add(problem(text, item.toString(), "a path pattern must be a string"));
      }
    }
    return globs;
  }

  private static Diagnostic problem(String text, String near, String message) {
    int index = near.isEmpty() ? -1 : text.indexOf(near);
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return new Diagnostic(FILE_NAME, line, 1, message);
  }
}
