package dev.lockstep.scan.toolchains;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.scan.Report;
import dev.lockstep.scan.Rules;
import dev.lockstep.scan.Scanner;
import dev.lockstep.scan.SourceFile;
import dev.lockstep.scan.TomlText;
import dev.lockstep.scan.TomlTrees;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * mise's own configuration ({@code mise.toml}, {@code .mise.toml}, {@code .config/mise.toml},
 * {@code mise/config.toml}): each version in {@code [tools]} (a string, a list, or a table's {@code
 * version}) must be one release, by the same test as {@code .tool-versions}.
 */
public final class MiseScanner implements Scanner {
  @Override
  public boolean accepts(SourceFile file) {
    String path = file.path();
    return file.name().equals("mise.toml")
        || file.name().equals(".mise.toml")
        || path.equals(".config/mise.toml")
        || path.endsWith("/.config/mise.toml")
        || path.equals("mise/config.toml")
        || path.endsWith("/mise/config.toml");
  }

  @Override
  public void scan(SourceFile file, Report report) {
    JsonNode root = TomlTrees.read(file, report).orElse(null);
    if (root != null) {
      tools(root.path("tools"), new TomlText(file.text()), report);
    }
  }

  private static void tools(JsonNode tools, TomlText text, Report report) {
    boolean written = text.seekTable("tools");
    for (Iterator<Map.Entry<String, JsonNode>> it = tools.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> tool = it.next();
      if (written) {
        text.seekKey(tool.getKey());
      }
      for (String version : versions(tool.getValue())) {
        if (!ToolVersionsScanner.isPinned(tool.getKey(), version)) {
          int[] at = text.next(version);
          report.finding(
              Rules.TOOLCHAIN_UNPINNED,
              at[0],
              at[1],
              tool.getKey()
                  + " "
                  + version
                  + " is not one release; write the exact version,"
                  + " such as 20.11.1");
        }
      }
    }
  }

  private static List<String> versions(JsonNode value) {
    List<String> versions = new ArrayList<>();
    if (value.isTextual()) {
      versions.add(value.asText());
    } else if (value.isArray()) {
      value.forEach(item -> versions.addAll(versions(item)));
    } else if (value.isObject() && value.path("version").isTextual()) {
      versions.add(value.path("version").asText());
    }
    return versions;
  }
}
