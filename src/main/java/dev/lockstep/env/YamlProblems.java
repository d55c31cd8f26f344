package dev.lockstep.env;

import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns the YAML parser's own wording for the common syntax mistakes into sentences that say what
 * is wrong and what to write instead, placed where the mistake is: the tab itself, or the bracket
 * or quote that was opened and never closed.
 */
final class YamlProblems {
  private YamlProblems() {}

  /** The parser's exception behind a Jackson error, when there is one. */
  static Optional<MarkedYAMLException> cause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException marked) {
        return Optional.of(marked);
      }
    }
    return Optional.empty();
  }

  static MatrixException translate(Path file, String text, MarkedYAMLException e) {
    String problem = String.valueOf(e.getProblem());
    String context = String.valueOf(e.getContext());
    Mark opened = e.getContextMark();
    Mark here = e.getProblemMark();
    if (problem.contains("\\t(TAB)") || problem.contains("\t")) {
      return at(file, text, tabOn(text, here), "a tab character; YAML indents with spaces");
    }
    if (context.contains("flow mapping") && opened != null) {
      return unclosed(file, text, opened, '{', '}');
    }
    if (context.contains("flow sequence") && opened != null) {
      return unclosed(file, text, opened, '[', ']');
    }
    if (context.contains("quoted scalar") && opened != null) {
      char quote = charAt(text, opened);
      return unclosed(file, text, opened, quote, quote);
    }
    if (problem.contains("mapping values are not allowed") && indentedUnderValue(text, here)) {
      int line = here.getLine() + 1;
      return MatrixException.at(
          file,
          text,
          line,
          indentOf(lineAt(text, line)) + 1,
          "line "
              + line
              + " is indented deeper than the key above it, so YAML reads it as more of that"
              + " key's value; start it in the same column as the key of line "
              + (line - 1));
    }
    if (problem.contains("mapping values are not allowed")) {
      return at(
          file,
          text,
          here,
          "a `: ` here would start a second key on the line; quote the value"
              + " (`key: \"a: b\"`) or put each key on a line of its own");
    }
    if (problem.contains("could not find expected ':'") && opened != null) {
      return at(
          file,
          text,
          opened,
          "this line has no `:` after its key; write `key: value`, or start a list item with `- `");
    }
    if (context.contains("block") && problem.startsWith("expected <block end>")) {
      return at(
          file,
          text,
          here,
          "this line is indented differently from the lines of the same block above it;"
              + " line it up with its siblings (spaces only)");
    }
    return at(file, text, here, "not valid YAML: " + firstLine(problem));
  }

  /**
   * A duplicate key found by Jackson's strict detection, reported where the second use begins on
   * the line Jackson names (it places it after the key).
   */
  static MatrixException duplicateKey(Path file, String text, int line, String parserMessage) {
    String key = parserMessage.replaceFirst("(?s)Duplicate field '([^']*)'.*", "$1");
    String[] lines = text.split("\n", -1);
    String source = line >= 1 && line <= lines.length ? lines[line - 1] : "";
    int column = source.lastIndexOf(key + ":") + 1;
    return MatrixException.at(
        file,
        text,
        line,
        Math.max(column, 1),
        "the key `" + key + "` appears twice in the same mapping; keep one of them");
  }

  private static MatrixException unclosed(
      Path file, String text, Mark opened, char open, char close) {
    String where = (opened.getLine() + 1) + ":" + (opened.getColumn() + 1);
    return at(
        file,
        text,
        opened,
        "the `"
            + open
            + "` opened at "
            + where
            + " is never closed; close it with `"
            + close
            + "`");
  }

  // The parser's mark for a tab can sit on the line before it (at the end of the last token);
  // the tab itself is what the user must find, so look for it from the mark on.
  private static Mark tabOn(String text, Mark here) {
    int from = here == null ? 0 : Math.min(here.getIndex(), text.length());
    int tab = text.indexOf('\t', from);
    if (tab < 0) {
      tab = text.lastIndexOf('\t', from);
    }
    if (tab < 0) {
      return here;
    }
    int line = (int) text.substring(0, tab).chars().filter(c -> c == '\n').count();
    int column = tab - (text.lastIndexOf('\n', tab - 1) + 1);
    return new Mark("", tab, line, column, new int[0], 0);
  }

  // `key: value` followed by a deeper `other: x` line: the second line continues the value.
  private static boolean indentedUnderValue(String text, Mark here) {
    if (here == null || here.getLine() == 0) {
      return false;
    }
    String line = lineAt(text, here.getLine() + 1);
    String above = lineAt(text, here.getLine());
    return indentOf(line) > indentOf(above)
        && above.strip().matches("[^-#\\s][^:]*:\\s+\\S.*")
        && !line.strip().startsWith("- ");
  }

  private static String lineAt(String text, int line) {
    String[] lines = text.split("\n", -1);
    return line >= 1 && line <= lines.length ? lines[line - 1] : "";
  }

  private static int indentOf(String line) {
    return line.length() - line.stripLeading().length();
  }

  private static char charAt(String text, Mark mark) {
    int index = mark.getIndex();
    return index >= 0 && index < text.length() ? text.charAt(index) : '"';
  }

  private static MatrixException at(Path file, String text, Mark mark, String message) {
    return mark == null
        ? MatrixException.at(file, text, 0, 0, message)
        : MatrixException.at(file, text, mark.getLine() + 1, mark.getColumn() + 1, message);
  }

  private static String firstLine(String s) {
    int newline = s.indexOf('\n');
    return newline < 0 ? s : s.substring(0, newline);
  }
}
