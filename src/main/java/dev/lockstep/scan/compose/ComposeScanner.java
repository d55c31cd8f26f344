package dev.lockstep.scan.compose;

import dev.lockstep.scan.ImageText;
import dev.lockstep.scan.Node;
import dev.lockstep.scan.Report;
import dev.lockstep.scan.Rules;
import dev.lockstep.scan.Scanner;
import dev.lockstep.scan.SourceFile;
import dev.lockstep.scan.Trees;
import dev.lockstep.scan.UniqueReport;
import dev.lockstep.scan.YamlFiles;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compose files: each service's {@code image:} needs a digest, unless the service has {@code
 * build:}, where the image is built here and {@code image:} only names the result, or runs an image
 * another service of the file builds. Files are recognised by Compose's names, or by a top-level
 * {@code services:} whose entries look like services.
 */
public final class ComposeScanner implements Scanner {
  private static final Set<String> SERVICE_KEYS =
      Set.of(
          "image",
          "build",
          "command",
          "entrypoint",
          "environment",
          "env_file",
          "ports",
          "volumes",
          "depends_on",
          "restart",
          "networks",
          "healthcheck",
          "container_name",
          "labels",
          "deploy",
          "extends",
          "profiles",
          "expose",
          "working_dir",
          "user");

  private static final Set<String> TOP_LEVEL_KEYS =
      Set.of("version", "name", "services", "networks", "volumes", "configs", "secrets", "include");

  // ${VAR:-default}, ${VAR-default}: Compose uses the default when the variable is unset.
  private static final Pattern DEFAULTED =
      Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)}");

  @Override
  public boolean accepts(SourceFile file) {
    if (YamlFiles.isComposeName(file)) {
      return true;
    }
    return YamlFiles.isYaml(file)
        && !YamlFiles.isClaimedByName(file)
        && YamlFiles.hasTopLevelKey(file.text(), "services");
  }

  @Override
  public void scan(SourceFile file, Report report) {
    Trees.Parsed parsed = Trees.yaml(file.text());
    Report unique = new UniqueReport(report);
    boolean byName = YamlFiles.isComposeName(file);
    for (Node document : parsed.documents()) {
      document
          .asMap()
          .filter(root -> byName || hasOnlyComposeKeys(root))
          .flatMap(root -> root.map("services"))
          .ifPresent(services -> services(services, unique));
    }
    // A template that renders to Compose is not YAML until rendered; only say so for real files.
    if (byName || !file.text().contains("{{")) {
      parsed.reportFailure(report, "not valid YAML");
    }
  }

  private static boolean hasOnlyComposeKeys(Node.MapNode root) {
    return root.values().keySet().stream()
        .allMatch(key -> TOP_LEVEL_KEYS.contains(key) || key.startsWith("x-"));
  }

  private static void services(Node.MapNode services, Report report) {
    if (!services.values().values().stream().allMatch(ComposeScanner::isService)) {
      return;
    }
    Set<String> built = builtImages(services);
    for (Node service : services.values().values()) {
      service.asMap().ifPresent(map -> service(map, built, report));
    }
  }

  // One service builds a tag and others run the same tag (so buildx does not export it twice);
  // those others run the local build too.
  private static Set<String> builtImages(Node.MapNode services) {
    Set<String> built = new HashSet<>();
    for (Node service : services.values().values()) {
      service
          .asMap()
          .filter(map -> map.has("build"))
          .flatMap(map -> map.scalar("image"))
          .ifPresent(image -> built.add(withDefaults(image.text())));
    }
    return built;
  }

  private static boolean isService(Node node) {
    return node.asMap()
        .map(map -> map.values().keySet().stream().anyMatch(SERVICE_KEYS::contains))
        .orElse(node instanceof Node.Scalar scalar && scalar.isNull());
  }

  private static void service(Node.MapNode service, Set<String> built, Report report) {
    if (service.has("build")) {
      return;
    }
    Optional<Node.Scalar> image = service.scalar("image");
    if (image.isEmpty()) {
      return;
    }
    String resolved = withDefaults(image.get().text());
    if (!built.contains(resolved) && ImageText.judge(resolved) == ImageText.Verdict.FLOATING) {
      Node.Scalar at = image.get();
      report.finding(Rules.IMAGE_UNPINNED, at.line(), at.textColumn(), ImageText.message(resolved));
    }
  }

  /** Puts each variable's default in its place; variables without one stay unevaluated. */
  static String withDefaults(String text) {
    Matcher matcher = DEFAULTED.matcher(text);
    return matcher.replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
  }
}
