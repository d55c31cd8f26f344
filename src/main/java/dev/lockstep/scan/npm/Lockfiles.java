package dev.lockstep.scan.npm;

import dev.lockstep.scan.Node;
import dev.lockstep.scan.Trees;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the lockfile that pins a package.json: beside it, or at the root of the workspace it
 * belongs to (an ancestor whose package.json {@code workspaces} include it, or that has a
 * pnpm-workspace.yaml). Only the scanned tree is searched.
 */
final class Lockfiles {
  static final List<String> NAMES =
      List.of(
          "package-lock.json",
          "npm-shrinkwrap.json",
          "pnpm-lock.yaml",
          "yarn.lock",
          "bun.lock",
          "bun.lockb");

  private Lockfiles() {}

  static boolean isLocked(Path root, String manifestPath) {
    Path dir = parent(Path.of(manifestPath));
    if (hasLockfile(root.resolve(dir.toString()))) {
      return true;
    }
    for (Path ancestor = dir.getParent(); ; ancestor = ancestor.getParent()) {
      Path at = ancestor == null ? Path.of("") : ancestor;
      Path absolute = root.resolve(at.toString());
      if (hasLockfile(absolute) && includes(absolute, at.relativize(dir))) {
        return true;
      }
      if (ancestor == null) {
        return false;
      }
    }
  }

  private static Path parent(Path path) {
    return path.getParent() == null ? Path.of("") : path.getParent();
  }

  private static boolean hasLockfile(Path dir) {
    return NAMES.stream().anyMatch(name -> Files.isRegularFile(dir.resolve(name)));
  }

  private static boolean includes(Path workspaceRoot, Path member) {
    if (Files.isRegularFile(workspaceRoot.resolve("pnpm-workspace.yaml"))) {
      return true;
    }
    return workspaces(workspaceRoot.resolve("package.json")).stream()
        .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + strip(glob)))
        .anyMatch(matcher -> matcher.matches(member));
  }

  private static String strip(String glob) {
    String text = glob.startsWith("./") ? glob.substring(2) : glob;
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  private static List<String> workspaces(Path manifest) {
    if (!Files.isRegularFile(manifest)) {
      return List.of();
    }
    try {
      Optional<Node.MapNode> root =
          Trees.json(Files.readString(manifest)).documents().stream()
              .findFirst()
              .flatMap(Node::asMap);
      Optional<Node> workspaces = root.flatMap(map -> map.get("workspaces"));
      Optional<Node.SeqNode> list =
          workspaces
              .flatMap(Node::asSeq)
              .or(() -> workspaces.flatMap(Node::asMap).flatMap(map -> map.seq("packages")));
      return list.map(
              seq ->
                  seq.items().stream()
                      .flatMap(n -> n.asScalar().stream())
                      .map(Node.Scalar::text)
                      .filter(glob -> !glob.startsWith("!"))
                      .toList())
          .orElse(List.of());
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
