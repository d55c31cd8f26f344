package dev.lockstep.scan.python;

import dev.lockstep.scan.ExactVersion;
import dev.lockstep.scan.Report;
import dev.lockstep.scan.Rules;
import dev.lockstep.scan.Scanner;
import dev.lockstep.scan.SourceFile;
import java.util.List;

/**
 * {@code .python-version} (pyenv, uv): each version named must be one release, {@code 3.12.4}
 * rather than {@code 3.12} or {@code system}.
 */
public final class PythonVersionFileScanner implements Scanner {
  @Override
  public boolean accepts(SourceFile file) {
    return file.name().equals(".python-version");
  }

  @Override
  public void scan(SourceFile file, Report report) {
    List<String> lines = file.lines();
    for (int index = 0; index < lines.size(); index++) {
      String line = lines.get(index);
      int hash = line.indexOf('#');
      String version = (hash < 0 ? line : line.substring(0, hash)).strip();
      if (!version.isEmpty() && !ExactVersion.isExact(version)) {
        report.finding(
            Rules.PYTHON_VERSION_UNPINNED,
            index + 1,
            line.indexOf(version) + 1,
            ".python-version says \""
                + version
                + "\", which is not one release; write the"
                + " exact version, such as 3.12.4");
      }
    }
  }
}
