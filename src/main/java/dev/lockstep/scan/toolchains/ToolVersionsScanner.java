package dev.lockstep.scan.toolchains;

import dev.lockstep.scan.ExactVersion;
import dev.lockstep.scan.Report;
import dev.lockstep.scan.Rules;
import dev.lockstep.scan.Scanner;
import dev.lockstep.scan.SourceFile;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * asdf and mise {@code .tool-versions}: each line names a tool and one or more versions, and each
 * version must be one release. {@code 20}, {@code 3.12}, {@code latest}, {@code lts}, {@code
 * system} and {@code ref:main} float; {@code ref:<40-hex commit>} and {@code path:…} (a local
 * build) are fine. A few tools number releases with two components ({@code jq 1.7}), and for those
 * two components are exact.
 */
public final class ToolVersionsScanner implements Scanner {
  private static final Set<String> TWO_COMPONENT_RELEASES = Set.of("jq", "gradle", "maven-wrapper");
  private static final Pattern TWO_COMPONENTS = Pattern.compile("v?\\d+\\.\\d+");
  private static final Pattern COMMIT_REF = Pattern.compile("ref:[0-9a-fA-F]{40}");

  @Override
  public boolean accepts(SourceFile file) {
    return file.name().equals(".tool-versions");
  }

  @Override
  public void scan(SourceFile file, Report report) {
    List<String> lines = file.lines();
    for (int index = 0; index < lines.size(); index++) {
      line(index + 1, lines.get(index), report);
    }
  }

  private static void line(int number, String line, Report report) {
    int hash = line.indexOf('#');
    String content = hash < 0 ? line : line.substring(0, hash);
    String[] words = content.strip().split("\\s+");
    if (words.length < 2) {
      return;
    }
    int from = line.indexOf(words[0]) + words[0].length();
    for (int i = 1; i < words.length; i++) {
      int column = line.indexOf(words[i], from) + 1;
      from = column - 1 + words[i].length();
      if (!isPinned(words[0], words[i])) {
        report.finding(
            Rules.TOOLCHAIN_UNPINNED,
            number,
            column,
            words[0]
                + " "
                + words[i]
                + " is not one release; write the exact version,"
                + " such as 20.11.1");
      }
    }
  }

  /** Whether a version asdf or mise reads for this tool names one release. */
  static boolean isPinned(String tool, String version) {
    return ExactVersion.isExact(version)
        || version.startsWith("path:")
        || COMMIT_REF.matcher(version).matches()
        || TWO_COMPONENT_RELEASES.contains(tool) && TWO_COMPONENTS.matcher(version).matches();
  }
}
