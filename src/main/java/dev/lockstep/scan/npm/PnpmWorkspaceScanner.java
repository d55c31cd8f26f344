package dev.lockstep.scan.npm;

import dev.lockstep.scan.Node;
import dev.lockstep.scan.Report;
import dev.lockstep.scan.Rules;
import dev.lockstep.scan.Scanner;
import dev.lockstep.scan.SourceFile;
import dev.lockstep.scan.Trees;
import java.util.Map;

/**
 * pnpm-workspace.yaml: the versions that {@code catalog:} dependencies take ({@code catalog:} and
 * each of {@code catalogs:}) and the {@code overrides} pnpm forces onto the tree must be exact, the
 * same as in package.json.
 */
public final class PnpmWorkspaceScanner implements Scanner {
  @Override
  public boolean accepts(SourceFile file) {
    return file.name().equals("pnpm-workspace.yaml") || file.name().equals("pnpm-workspace.yml");
  }

  @Override
  public void scan(SourceFile file, Report report) {
    Trees.Parsed parsed = Trees.yaml(file.text());
    parsed.reportFailure(report, "not valid YAML");
    parsed.documents().stream()
        .findFirst()
        .flatMap(Node::asMap)
        .ifPresent(root -> workspace(root, report));
  }

  private static void workspace(Node.MapNode root, Report report) {
    root.map("catalog").ifPresent(catalog -> versions(catalog, report));

    root.map("catalogs")
        .ifPresent(
            catalogs ->
                catalogs
                    .values()
                    .values()
                    .forEach(catalog -> catalog.asMap().ifPresent(map -> versions(map, report))));

    root.map("overrides").ifPresent(overrides -> versions(overrides, report));
  }

  private static void versions(Node.MapNode versions, Report report) {
    for (Map.Entry<String, Node> entry : versions.values().entrySet()) {
      entry.getValue().asScalar().ifPresent(value -> version(entry.getKey(), value, report));
    }
  }

  private static void version(String name, Node.Scalar value, Report report) {
    NpmSpec.floating(value.text())
        .ifPresent(
            kind ->
                report.finding(
                    kind == NpmSpec.Kind.SOURCE ? Rules.NPM_SOURCE_UNPINNED : Rules.NPM_RANGE,
                    value.line(),
                    value.textColumn(),
                    name
                        + " \""
                        + value.text()
                        + "\" in pnpm-workspace.yaml is not exact; write the exact"
                        + " version the lockfile holds"));
  }
}
