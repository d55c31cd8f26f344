package dev.lockstep.scan.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.scan.Report;
import dev.lockstep.scan.Rules;
import dev.lockstep.scan.Scanner;
import dev.lockstep.scan.SourceFile;
import dev.lockstep.scan.TomlText;
import dev.lockstep.scan.TomlTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * pyproject.toml: where no lockfile (uv.lock, poetry.lock, pdm.lock, pylock.toml) sits beside it or
 * at its uv workspace root, each dependency must be exact ({@code ==}), or what gets installed
 * changes with every release upstream. Read are {@code [project] dependencies}, {@code
 * [project.optional-dependencies]}, {@code [dependency-groups]} and Poetry's dependency tables;
 * {@code requires-python} and Poetry's {@code python} say which interpreters work, and are not
 * dependencies.
 */
public final class PyprojectScanner implements Scanner {
  private static final List<String> LOCKFILES =
      List.of("uv.lock", "poetry.lock", "pdm.lock", "pylock.toml");
  private static final Pattern PEP508_EXACT =
      Pattern.compile(
          "[A-Za-z0-9][A-Za-z0-9._-]*\\s*(?:\\[[^\\]]*])?\\s*===?\\s*[A-Za-z0-9.+!_-]+\\s*(?:;.*)?");
  private static final Pattern DIRECT_COMMIT =
      Pattern.compile(".*@\\s*\\S+@[0-9a-fA-F]{40}(?:#\\S*)?\\s*(?:;.*)?");
  private static final Pattern DIRECT_LOCAL = Pattern.compile(".*@\\s*file:.*");
  private static final Pattern POETRY_EXACT =
      Pattern.compile("(?:==)?\\s*\\d+(?:\\.\\d+)*[A-Za-z0-9.+!_-]*");

  @Override
  public boolean accepts(SourceFile file) {
    return file.name().equals("pyproject.toml");
  }

  @Override
  public void scan(SourceFile file, Report report) {
    JsonNode root = TomlTrees.read(file, report).orElse(null);
    if (root == null || isLocked(file)) {
      return;
    }
    new Check(new TomlText(file.text()), report).all(root);
  }

  private static boolean isLocked(SourceFile file) {
    Path dir = file.absolute().getParent();
    Path root = file.root().toAbsolutePath().normalize();
    if (dir == null) {
      return false;
    }
    if (LOCKFILES.stream().anyMatch(name -> Files.isRegularFile(dir.resolve(name)))) {
      return true;
    }
    for (Path up = dir.getParent();
        up != null && up.normalize().startsWith(root);
        up = up.getParent()) {
      if (Files.isRegularFile(up.resolve("uv.lock"))
          && isUvWorkspace(up.resolve("pyproject.toml"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUvWorkspace(Path pyproject) {
    try {
      return Files.isRegularFile(pyproject)
          && TomlTrees.parse(Files.readString(pyproject))
              .map(root -> root.at("/tool/uv/workspace").isObject())
              .orElse(false);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** One pass over a parsed pyproject. */
  private record Check(TomlText text, Report report) {
    void all(JsonNode root) {
      JsonNode project = root.path("project");
      if (text.seekTable("project")) {
        text.seekKey("dependencies");
      }
      strings(project.path("dependencies"));

      groups("project.optional-dependencies", project.path("optional-dependencies"));

      groups("dependency-groups", root.path("dependency-groups"));

      JsonNode poetry = root.path("tool").path("poetry");
      poetry("tool.poetry.dependencies", poetry.path("dependencies"));
      poetry("tool.poetry.dev-dependencies", poetry.path("dev-dependencies"));
      for (Iterator<Map.Entry<String, JsonNode>> it = poetry.path("group").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> group = it.next();
        poetry(
            "tool.poetry.group." + group.getKey() + ".dependencies",
            group.getValue().path("dependencies"));
      }
    }

    private void groups(String table, JsonNode groups) {
      boolean written = text.seekTable(table);
      for (Iterator<Map.Entry<String, JsonNode>> it = groups.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> group = it.next();
        if (written) {
          text.seekKey(group.getKey());
        }
        strings(group.getValue());
      }
    }

    private void strings(JsonNode list) {
      for (JsonNode entry : list) {
        if (entry.isTextual() && !isExact(entry.asText())) {
          int[] at = text.next(entry.asText());
          report.finding(
              Rules.PYPROJECT_UNLOCKED,
              at[0],
              at[1],
              "\""
                  + entry.asText()
                  + "\" is not exact and no lockfile pins it; commit a"
                  + " uv.lock (uv lock) or write name==version");
        }
      }
    }

    private static boolean isExact(String requirement) {
      String text = requirement.strip();
      return PEP508_EXACT.matcher(text).matches()
          || DIRECT_COMMIT.matcher(text).matches()
          || DIRECT_LOCAL.matcher(text).matches();
    }

    private void poetry(String table, JsonNode deps) {
      boolean written = text.seekTable(table);
      for (Iterator<Map.Entry<String, JsonNode>> it = deps.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> dep = it.next();
        if (dep.getKey().equals("python")) {
          continue;
        }
        if (written) {
          text.seekKey(dep.getKey());
        }
        poetryDependency(dep.getKey(), dep.getValue());
      }
    }

    private void poetryDependency(String name, JsonNode value) {
      String floating = poetryFloating(value);
      if (floating == null) {
        return;
      }
      int[] at = text.next(floating);
      report.finding(
          Rules.PYPROJECT_UNLOCKED,
          at[0],
          at[1],
          name
              + " \""
              + floating
              + "\" is not exact and no poetry.lock pins it; commit the"
              + " lockfile (poetry lock) or write the exact version");
    }

    /** The floating text of a Poetry dependency, or null when it is exact or local. */
    private static String poetryFloating(JsonNode value) {
      if (value.isTextual()) {
        return POETRY_EXACT.matcher(value.asText().strip()).matches() ? null : value.asText();
      }
      if (value.has("path") || value.has("file")) {
        return null;
      }
      if (value.has("git")) {
        String rev = value.path("rev").asText("");
        return rev.matches("[0-9a-fA-F]{40}") ? null : value.path("git").asText();
      }
      if (value.has("url")) {
        return null;
      }
      if (value.has("version")) {
        return poetryFloating(value.get("version"));
      }
      return null;
    }
  }
}
