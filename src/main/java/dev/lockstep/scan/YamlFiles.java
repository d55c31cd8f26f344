package dev.lockstep.scan;

import java.util.Locale;

/** Cheap tests on a file's name and text that decide which YAML scanner reads it. */
public final class YamlFiles {
  private YamlFiles() {}

  /** Whether the file name ends in .yaml or .yml. */
  public static boolean isYaml(SourceFile file) {
    String name = file.name().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /**
   * Whether the file is a GitHub Actions workflow, or one of Gitea's or Forgejo's, which read the
   * same format from their own folders.
   */
  public static boolean isWorkflow(SourceFile file) {
    return isYaml(file)
        && (isDirectlyIn(file.path(), ".github/workflows/")
            || isDirectlyIn(file.path(), ".gitea/workflows/")
            || isDirectlyIn(file.path(), ".forgejo/workflows/"));
  }

  private static boolean isDirectlyIn(String path, String folder) {
    int at = path.lastIndexOf(folder);
    return at >= 0
        && (at == 0 || path.charAt(at - 1) == '/')
        && path.indexOf('/', at + folder.length()) < 0;
  }

  /** Whether the file is an action's metadata, {@code action.yml} or {@code action.yaml}. */
  public static boolean isActionMetadata(SourceFile file) {
    return file.name().equals("action.yml") || file.name().equals("action.yaml");
  }

  /** Whether the name is one of Compose's file names. */
  public static boolean isComposeName(SourceFile file) {
    String name = file.name().toLowerCase(Locale.ROOT);
    return isYaml(file)
        && (name.startsWith("compose.")
            || name.startsWith("docker-compose")
            || name.endsWith(".compose.yml")
            || name.endsWith(".compose.yaml"));
  }

  /** Whether the name is one a Helm values file goes by. */
  public static boolean isHelmValuesName(SourceFile file) {
    String name = file.name().toLowerCase(Locale.ROOT);
    return isYaml(file)
        && (name.startsWith("values")
            || name.contains("-values.")
            || name.contains("_values.")
            || name.contains(".values."));
  }

  /**
   * Whether the name belongs to a scanner that reads YAML by name, leaving content sniffing out.
   */
  public static boolean isClaimedByName(SourceFile file) {
    return isWorkflow(file)
        || isActionMetadata(file)
        || isComposeName(file)
        || isHelmValuesName(file);
  }

  /** Whether some line of the text starts with this key at column 1, such as {@code services:}. */
  public static boolean hasTopLevelKey(String text, String key) {
    String wanted = key + ":";
    return text.startsWith(wanted)
        || text.startsWith("\uFEFF" + wanted)
        || text.contains("\n" + wanted);
  }
}
