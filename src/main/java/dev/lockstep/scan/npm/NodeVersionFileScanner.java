package dev.lockstep.scan.npm;

import dev.lockstep.scan.ExactVersion;
import dev.lockstep.scan.Report;
import dev.lockstep.scan.Rules;
import dev.lockstep.scan.Scanner;
import dev.lockstep.scan.SourceFile;
import java.util.List;

/**
 * {@code .nvmrc} and {@code .node-version}: the version nvm, fnm, nodenv and setup-node read must
 * be one release ({@code 20.11.1} or {@code v20.11.1}), not {@code 20}, {@code lts/*} or {@code
 * node}.
 */
public final class NodeVersionFileScanner implements Scanner {
  @Override
  public boolean accepts(SourceFile file) {
    return file.name().equals(".nvmrc") || file.name().equals(".node-version");
  }

  @Override
  public void scan(SourceFile file, Report report) {
    List<String> lines = file.lines();
    for (int index = 0; index < lines.size(); index++) {
      String line = lines.get(index);
      String version = stripComment(line).strip();
      if (version.isEmpty()) {
        continue;
      }
      if (!ExactVersion.isExact(version)) {
        report.finding(
            Rules.NODE_VERSION_UNPINNED,
            index + 1,
            line.indexOf(version) + 1,
            file.name()
                + " says \""
                + version
                + "\", which is not one release; write the exact"
                + " version, such as 20.11.1");
      }
      return;
    }
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }
}
