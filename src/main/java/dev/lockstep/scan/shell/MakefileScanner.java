package dev.lockstep.scan.shell;

import dev.lockstep.scan.EmbeddedLine;
import dev.lockstep.scan.Report;
import dev.lockstep.scan.Scanner;
import dev.lockstep.scan.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Makefile recipes: each recipe line (a tab first) is shell once make has taken its {@code @},
 * {@code -} and {@code +} prefixes off and turned {@code $$} into {@code $}. Make's own variables
 * ({@code $(X)}) are left for the shell reader to see as values it cannot follow. A finding after a
 * {@code $$} on the same recipe line points one column early per {@code $$} before it.
 */
public final class MakefileScanner implements Scanner {
  private static final Set<String> NAMES = Set.of("Makefile", "makefile", "GNUmakefile");

  @Override
  public boolean accepts(SourceFile file) {
    String name = file.name();
    return NAMES.contains(name) || name.endsWith(".mk") || name.endsWith(".make");
  }

  @Override
  public void scan(SourceFile file, Report report) {
    ShellSession session = ShellScanner.session(file, report);
    List<EmbeddedLine> recipe = new ArrayList<>();
    boolean continued = false;
    int number = 0;
    for (EmbeddedLine line : ShellScriptScanner.lines(file.text())) {
      number++;
      String text = line.text();
      if (text.startsWith("\t") || continued && !recipe.isEmpty()) {
        recipe.add(recipeLine(number, text, continued));
        continued = text.endsWith("\\");
        if (!continued) {
          session.run(recipe);
          recipe = new ArrayList<>();
        }
      } else {
        continued = false;
      }
    }
    session.run(recipe);
  }

  private static EmbeddedLine recipeLine(int number, String text, boolean continued) {
    int start = 0;
    if (!continued) {
      while (start < text.length() && (text.charAt(start) == '\t')) {
        start++;
      }
      while (start < text.length() && "@-+ ".indexOf(text.charAt(start)) >= 0) {
        start++;
      }
    }
    return new EmbeddedLine(number, start + 1, text.substring(start).replace("$$", "$"));
  }
}
