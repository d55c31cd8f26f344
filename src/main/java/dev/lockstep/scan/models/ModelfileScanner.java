package dev.lockstep.scan.models;

import dev.lockstep.scan.Report;
import dev.lockstep.scan.Rules;
import dev.lockstep.scan.Scanner;
import dev.lockstep.scan.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Ollama Modelfiles: {@code FROM NAME} with no tag, or tagged {@code latest}, pulls whatever the
 * registry holds that day. A local weights file or directory ({@code FROM ./model.gguf}) is fine.
 * Text inside {@code """} blocks (a SYSTEM prompt, a TEMPLATE) is not read as instructions.
 */
public final class ModelfileScanner implements Scanner {
  private static final List<String> WEIGHTS = List.of(".gguf", ".bin", ".safetensors");

  @Override
  public boolean accepts(SourceFile file) {
    String name = file.name().toLowerCase(Locale.ROOT);
    return name.equals("modelfile") || name.startsWith("modelfile.") || name.endsWith(".modelfile");
  }

  @Override
  public void scan(SourceFile file, Report report) {
    List<String> lines = file.lines();
    boolean quoted = false;
    for (int index = 0; index < lines.size(); index++) {
      String line = lines.get(index);
      if (!quoted) {
        from(file, index + 1, line, report);
      }
      if (countTripleQuotes(line) % 2 == 1) {
        quoted = !quoted;
      }
    }
  }

  private static int countTripleQuotes(String line) {
    int count = 0;
    for (int at = line.indexOf("\"\"\""); at >= 0; at = line.indexOf("\"\"\"", at + 3)) {
      count++;
    }
    return count;
  }

  private static void from(SourceFile file, int number, String line, Report report) {
    String trimmed = line.stripLeading();
    if (trimmed.length() < 5
        || !trimmed.regionMatches(true, 0, "FROM", 0, 4)
        || !Character.isWhitespace(trimmed.charAt(4))) {
      return;
    }
    String model = trimmed.substring(4).strip().split("\\s+")[0];
    if (model.isEmpty() || isLocal(file, model)) {
      return;
    }
    int slash = model.lastIndexOf('/');
    int colon = model.lastIndexOf(':');
    String tag = colon > slash ? model.substring(colon + 1) : "";
    if (model.contains("@sha256:") || !(tag.isEmpty() || tag.equals("latest"))) {
      return;
    }
    int column = line.indexOf(model, line.length() - trimmed.length() + 4) + 1;
    report.finding(
        Rules.MODEL_TAG_UNPINNED,
        number,
        column,
        "model "
            + model
            + (tag.isEmpty() ? " has no tag" : " is tagged latest")
            + "; name an exact tag, such as "
            + model.replaceFirst(":latest$", "")
            + ":8b-q4_0");
  }

  private static boolean isLocal(SourceFile file, String model) {
    String lower = model.toLowerCase(Locale.ROOT);
    if (lower.startsWith(".")
        || lower.startsWith("/")
        || lower.startsWith("~")
        || lower.contains("\\")
        || WEIGHTS.stream().anyMatch(lower::endsWith)) {
      return true;
    }
    Path dir = file.absolute().getParent();
    return dir != null && !model.contains(":") && Files.exists(dir.resolve(model));
  }
}
