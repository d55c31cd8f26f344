package dev.lockstep.scan.shell;

import dev.lockstep.scan.EmbeddedLine;
import dev.lockstep.scan.Report;
import dev.lockstep.scan.Scanner;
import dev.lockstep.scan.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makefile recipes: each recipe line (a tab first) is shell once make has taken its {@code @},
 * {@code -} and {@code +} prefixes off, turned {@code $$} into {@code $} and expanded the variables
 * the Makefile assigns above the recipe ({@code PKGS = curl git}, {@code :=}, {@code ?=}, {@code
 * +=}). Other make expansions ({@code $(shell …)}, automatic variables, variables assigned from
 * other expansions) are left for the shell reader to see as values it cannot follow.
 */
public final class MakefileScanner implements Scanner {
  private static final Set<String> NAMES = Set.of("Makefile", "makefile", "GNUmakefile");
  private static final Pattern ASSIGNMENT =
      Pattern.compile(
          "(?:export\\s++|override\\s++)?([A-Za-z_][A-Za-z0-9_.-]*+)\\s*+(\\+=|\\?=|:{0,3}=)(.*+)");

  @Override
  public boolean accepts(SourceFile file) {
    String name = file.name();
    return NAMES.contains(name) || name.endsWith(".mk") || name.endsWith(".make");
  }

  @Override
  public void scan(SourceFile file, Report report) {
    ShellSession session = ShellScanner.session(file, report);
    Map<String, String> variables = new HashMap<>();
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
          session.runRecipe(recipe, variables);
          recipe = new ArrayList<>();
        }
      } else {
        continued = false;
        assign(text, variables);
      }
    }
    session.runRecipe(recipe, variables);
  }

  /** Remembers a plain assignment; one whose value holds another expansion is forgotten. */
  private static void assign(String text, Map<String, String> variables) {
    Matcher matcher = ASSIGNMENT.matcher(text);
    if (!matcher.matches()) {
      return;
    }
    String name = matcher.group(1);
    String value = withoutComment(matcher.group(3)).strip();
    if (value.contains("$")) {
      variables.remove(name);
    } else if (matcher.group(2).equals("+=")) {
      variables.merge(name, value, (old, more) -> (old + " " + more).strip());
    } else if (!matcher.group(2).equals("?=") || !variables.containsKey(name)) {
      variables.put(name, value);
    }
  }

  private static String withoutComment(String value) {
    int hash = value.indexOf('#');
    return hash < 0 ? value : value.substring(0, hash);
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
    return new EmbeddedLine(number, start + 1, text.substring(start));
  }
}
