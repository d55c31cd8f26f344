package dev.lockstep.scan.docker;

import dev.lockstep.scan.EmbeddedLine;
import dev.lockstep.scan.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Dockerfile into instructions the way the builder does: parser directives at the top,
 * continuation lines ending in the escape character, comment lines (also inside continuations), and
 * here-documents after {@code RUN}, {@code COPY} and {@code ADD}. Problems become diagnostics;
 * parsing goes on after them.
 */
final class DockerfileParser {
  private static final Pattern DIRECTIVE =
      Pattern.compile("\\s*#\\s*([A-Za-z]+)\\s*=\\s*(.*?)\\s*");
  private static final Pattern INSTRUCTION = Pattern.compile("\\s*([A-Za-z]+)(?=\\s|$)");
  private static final Pattern HEREDOC =
      Pattern.compile("(?<![<\\w])<<(-?)([\"']?)([A-Za-z_][A-Za-z0-9_.-]*)\\2(?!<)");
  private static final Set<String> KEYWORDS =
      Set.of(
          "FROM",
          "RUN",
          "CMD",
          "LABEL",
          "MAINTAINER",
          "EXPOSE",
          "ENV",
          "ADD",
          "COPY",
          "ENTRYPOINT",
          "VOLUME",
          "USER",
          "WORKDIR",
          "ARG",
          "ONBUILD",
          "STOPSIGNAL",
          "HEALTHCHECK",
          "SHELL");
  private static final Set<String> WITH_HEREDOCS = Set.of("RUN", "COPY", "ADD");

  /** A parser directive such as {@code # syntax=…}, with where its value starts. */
  record Directive(String name, String value, int line, int column) {}

  /** What the parser read. */
  record Parsed(List<Directive> directives, List<Instruction> instructions, char escape) {}

  private final List<String> lines;
  private final Report report;
  private char escape = '\\';
  private int at;

  private DockerfileParser(List<String> lines, Report report) {
    this.lines = lines;
    this.report = report;
  }

  static Parsed parse(List<String> lines, Report report) {
    DockerfileParser parser = new DockerfileParser(lines, report);
    List<Directive> directives = parser.directives();
    List<Instruction> instructions = new ArrayList<>();
    while (parser.at < lines.size()) {
      Instruction instruction = parser.next();
      if (instruction != null) {
        instructions.add(instruction);
      }
    }
    return new Parsed(directives, instructions, parser.escape);
  }

  private List<Directive> directives() {
    List<Directive> directives = new ArrayList<>();
    while (at < lines.size()) {
      Matcher matcher = DIRECTIVE.matcher(lines.get(at));
      if (!matcher.matches()) {
        break;
      }
      String name = matcher.group(1).toLowerCase(Locale.ROOT);
      if (name.equals("escape")
          && (matcher.group(2).equals("`") || matcher.group(2).equals("\\"))) {
        escape = matcher.group(2).charAt(0);
      }
      directives.add(new Directive(name, matcher.group(2), at + 1, matcher.start(2) + 1));
      at++;
    }
    return directives;
  }

  private Instruction next() {
    String text = lines.get(at);
    if (text.isBlank() || isComment(text)) {
      at++;
      return null;
    }
    Matcher matcher = INSTRUCTION.matcher(text);
    int start = at;
    List<EmbeddedLine> args = continuation();
    if (!matcher.lookingAt()) {
      report.diagnostic(start + 1, 1, "this line is not a Dockerfile instruction");
      return null;
    }
    String keyword = matcher.group(1).toUpperCase(Locale.ROOT);
    if (!KEYWORDS.contains(keyword)) {
      report.diagnostic(
          start + 1, matcher.start(1) + 1, "unknown Dockerfile instruction " + matcher.group(1));
      return null;
    }
    args.set(0, argsOf(args.get(0), matcher.end()));
    List<Instruction.Heredoc> heredocs = List.of();
    List<EmbeddedLine> bodies = new ArrayList<>();
    if (WITH_HEREDOCS.contains(keyword) || keyword.equals("ONBUILD")) {
      heredocs = heredocs(args, bodies);
    }
    return new Instruction(keyword, start + 1, at, args, bodies, heredocs);
  }

  private static EmbeddedLine argsOf(EmbeddedLine first, int keywordEnd) {
    String text = first.text();
    int start = Math.min(keywordEnd, text.length());
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return new EmbeddedLine(first.line(), first.column() + start, text.substring(start));
  }

  /** The physical lines of one logical line, from {@code at}; comment lines inside are dropped. */
  private List<EmbeddedLine> continuation() {
    List<EmbeddedLine> result = new ArrayList<>();
    result.add(new EmbeddedLine(at + 1, 1, lines.get(at)));
    boolean continues = continues(lines.get(at));
    at++;
    while (continues && at < lines.size()) {
      String text = lines.get(at);
      at++;
      if (isComment(text) || text.isBlank()) {
        continue;
      }
      result.add(new EmbeddedLine(at, 1, text));
      continues = continues(text);
    }
    return result;
  }

  private boolean continues(String text) {
    String trimmed = text.stripTrailing();
    if (trimmed.isEmpty() || trimmed.charAt(trimmed.length() - 1) != escape) {
      return false;
    }
    int escapes = 0;
    for (int i = trimmed.length() - 1; i >= 0 && trimmed.charAt(i) == escape; i--) {
      escapes++;
    }
    return escapes % 2 == 1;
  }

  private static boolean isComment(String text) {
    return text.stripLeading().startsWith("#");
  }

  private List<Instruction.Heredoc> heredocs(List<EmbeddedLine> args, List<EmbeddedLine> bodies) {
    List<Instruction.Heredoc> heredocs = new ArrayList<>();
    for (EmbeddedLine line : args) {
      if (!line.text().contains("<<")) {
        continue;
      }
      Matcher matcher = HEREDOC.matcher(line.text());
      while (matcher.find()) {
        heredocs.add(body(line, matcher.group(3), !matcher.group(1).isEmpty(), bodies));
      }
    }
    return heredocs;
  }

  private Instruction.Heredoc body(
      EmbeddedLine opener, String delimiter, boolean stripTabs, List<EmbeddedLine> bodies) {
    List<EmbeddedLine> body = new ArrayList<>();
    while (at < lines.size()) {
      String text = lines.get(at);
      EmbeddedLine line = new EmbeddedLine(at + 1, 1, text);
      at++;
      bodies.add(line);
      String compared = stripTabs ? text.replaceFirst("^\t+", "") : text;
      if (compared.equals(delimiter)) {
        return new Instruction.Heredoc(delimiter, body);
      }
      body.add(line);
    }
    report.diagnostic(
        opener.line(), opener.column(), "here-document <<" + delimiter + " is never closed");
    return new Instruction.Heredoc(delimiter, body);
  }
}
