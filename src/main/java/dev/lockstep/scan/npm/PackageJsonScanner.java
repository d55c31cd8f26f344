package dev.lockstep.scan.npm;

import dev.lockstep.scan.Node;
import dev.lockstep.scan.Report;
import dev.lockstep.scan.Rules;
import dev.lockstep.scan.Scanner;
import dev.lockstep.scan.SourceFile;
import dev.lockstep.scan.Trees;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * package.json: dependency values that are ranges, dist-tags or unpinned git and URL sources; a
 * manifest with dependencies and no lockfile; {@code engines}, {@code volta} and {@code
 * packageManager} versions that are not exact.
 *
 * <p>{@code dependencies}, {@code devDependencies} and {@code optionalDependencies} are checked,
 * and so are {@code overrides}, {@code resolutions} and {@code pnpm.overrides}, which force
 * versions onto the whole tree. {@code peerDependencies} are not: a peer range says which versions
 * a library works with, and the consumer's lockfile picks the one installed, so a range there is
 * the norm rather than a floating install.
 */
public final class PackageJsonScanner implements Scanner {
  private static final List<String> SECTIONS =
      List.of("dependencies", "devDependencies", "optionalDependencies");
  private static final List<String> ENGINES = List.of("node", "npm", "pnpm", "yarn", "bun");
  private static final Pattern PACKAGE_MANAGER =
      Pattern.compile(
          "[a-z]+@\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[A-Za-z0-9]+\\.[A-Fa-f0-9]+)?");
  private static final int MAX_DEPTH = 32;

  @Override
  public boolean accepts(SourceFile file) {
    return file.name().equals("package.json");
  }

  @Override
  public void scan(SourceFile file, Report report) {
    Trees.Parsed parsed = Trees.json(file.text());
    parsed.reportFailure(report, "not valid JSON");
    parsed.documents().stream()
        .findFirst()
        .flatMap(Node::asMap)
        .ifPresent(root -> manifest(file, root, report));
  }

  private static void manifest(SourceFile file, Node.MapNode root, Report report) {
    for (String section : SECTIONS) {
      root.map(section).ifPresent(deps -> dependencies(deps, report));
    }

    root.get("overrides").ifPresent(overrides -> overrides(overrides, report, 0));
    root.map("resolutions").ifPresent(resolutions -> overrides(resolutions, report, 0));
    root.map("pnpm")
        .flatMap(pnpm -> pnpm.get("overrides"))
        .ifPresent(overrides -> overrides(overrides, report, 0));

    root.map("engines").ifPresent(engines -> versions("engines", engines, report));
    root.map("volta").ifPresent(volta -> versions("volta", volta, report));
    root.scalar("packageManager").ifPresent(manager -> packageManager(manager, report));

    lockfile(file, root, report);
  }

  private static void dependencies(Node.MapNode deps, Report report) {
    for (Map.Entry<String, Node> dep : deps.values().entrySet()) {
      dep.getValue().asScalar().ifPresent(value -> dependency(dep.getKey(), value, report));
    }
  }

  private static void overrides(Node node, Report report, int depth) {
    if (depth > MAX_DEPTH || !(node instanceof Node.MapNode map)) {
      return;
    }
    for (Map.Entry<String, Node> entry : map.values().entrySet()) {
      entry.getValue().asScalar().ifPresent(value -> dependency(entry.getKey(), value, report));
      overrides(entry.getValue(), report, depth + 1);
    }
  }

  private static void dependency(String name, Node.Scalar value, Report report) {
    Optional<NpmSpec.Kind> kind = NpmSpec.floating(value.text());
    if (kind.isEmpty()) {
      return;
    }
    String spec = value.text();
    switch (kind.get()) {
      case RANGE ->
          report.finding(
              Rules.NPM_RANGE,
              value.line(),
              value.textColumn(),
              name + " \"" + spec + "\" is a range; write the exact version the lockfile holds");
      case DIST_TAG ->
          report.finding(
              Rules.NPM_RANGE,
              value.line(),
              value.textColumn(),
              name + " \"" + spec + "\" is a dist-tag, which moves; write an exact version");
      case SOURCE ->
          report.finding(
              Rules.NPM_SOURCE_UNPINNED,
              value.line(),
              value.textColumn(),
              name + " \"" + spec + "\" is not pinned to a commit; end it with #<40-hex commit>");
    }
  }

  private static void versions(String section, Node.MapNode versions, Report report) {
    for (String tool : ENGINES) {
      versions
          .scalar(tool)
          .filter(v -> !NpmSpec.isExactVersion(v.text()))
          .ifPresent(
              v ->
                  report.finding(
                      Rules.NODE_VERSION_UNPINNED,
                      v.line(),
                      v.textColumn(),
                      section
                          + "."
                          + tool
                          + " \""
                          + v.text()
                          + "\" is not exact; write one version,"
                          + " such as 20.11.1"));
    }
  }

  private static void packageManager(Node.Scalar manager, Report report) {
    if (!PACKAGE_MANAGER.matcher(manager.text().strip()).matches()) {
      report.finding(
          Rules.NODE_VERSION_UNPINNED,
          manager.line(),
          manager.textColumn(),
          "packageManager \""
              + manager.text()
              + "\" is not exact; write name@x.y.z"
              + " (a +sha512 hash may follow)");
    }
  }

  private static void lockfile(SourceFile file, Node.MapNode root, Report report) {
    // The first section in the file, where a reader starts looking for what is installed.
    Optional<String> section =
        SECTIONS.stream()
            .filter(name -> root.map(name).filter(deps -> !deps.values().isEmpty()).isPresent())
            .min(Comparator.comparingInt(name -> root.keys().get(name).line()));
    if (section.isEmpty() || Lockfiles.isLocked(file.root(), file.path())) {
      return;
    }
    Node.Scalar key = root.keys().get(section.get());
    report.finding(
        Rules.NPM_LOCKFILE_MISSING,
        key.line(),
        key.textColumn(),
        "package.json has "
            + section.get()
            + " but no lockfile beside it or at its workspace"
            + " root; commit the package-lock.json (or pnpm-lock.yaml, yarn.lock) that npm writes");
  }
}
