package dev.lockstep.scan.shell;

import dev.lockstep.scan.EmbeddedLine;
import dev.lockstep.scan.Report;
import dev.lockstep.scan.Scanner;
import dev.lockstep.scan.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Shell scripts: {@code *.sh}, {@code *.bash}, and files whose shebang names sh or bash. */
public final class ShellScriptScanner implements Scanner {
  private static final Pattern SHEBANG =
      Pattern.compile(
          "#!\\s*(/usr)?(/local)?/bin/(env\\s+(-S\\s+)?)?(sh|bash|dash|ash|ksh|zsh)\\b.*");

  @Override
  public boolean accepts(SourceFile file) {
    String name = file.name();
    if (name.endsWith(".sh") || name.endsWith(".bash")) {
      return true;
    }
    String text = file.text();
    if (!text.startsWith("#!")) {
      return false;
    }
    int end = text.indexOf('\n');
    return SHEBANG.matcher(end < 0 ? text : text.substring(0, end)).matches();
  }

  @Override
  public void scan(SourceFile file, Report report) {
    ShellScanner.scan(file, lines(file.text()), report);
  }

  static List<EmbeddedLine> lines(String text) {
    List<EmbeddedLine> lines = new ArrayList<>();
    int line = 1;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
      lines.add(new EmbeddedLine(line++, 1, text.substring(start, stop)));
      start = end + 1;
    }
    return lines;
  }
}
