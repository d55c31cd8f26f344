package dev.lockstep.scan.docker;

import dev.lockstep.scan.EmbeddedLine;
import dev.lockstep.scan.Report;
import dev.lockstep.scan.Rule;
import dev.lockstep.scan.Rules;
import dev.lockstep.scan.Scanner;
import dev.lockstep.scan.SourceFile;
import dev.lockstep.scan.Suppressions;
import dev.lockstep.scan.shell.ShellScanner;
import dev.lockstep.scan.shell.ShellSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dockerfiles and Containerfiles: images in {@code FROM}, {@code COPY --from}, {@code RUN
 * --mount=…,from=} and the {@code # syntax=} directive, and every {@code RUN} through the shell
 * reader. Stage names, stage indexes and {@code scratch} are not images.
 */
public final class DockerfileScanner implements Scanner {
  private static final Pattern NAME =
      Pattern.compile("(?i)(.+\\.)?(docker|container)file(\\.[A-Za-z0-9_-]+)?");
  private static final Set<String> TEMPLATE_SUFFIXES =
      Set.of(
          "j2",
          "jinja",
          "jinja2",
          "tmpl",
          "tpl",
          "template",
          "erb",
          "mustache",
          "hbs",
          "md",
          "txt",
          "orig",
          "rej",
          "bak",
          "swp",
          "in",
          "gotmpl",
          "ejs",
          "liquid",
          "html");
  private static final Pattern FIRST_INSTRUCTION = Pattern.compile("(?i)(FROM|ARG)\\s");
  private static final Pattern DIGEST = Pattern.compile(".*@sha256:[0-9a-f]{64}");

  private static final Pattern STAGE_INDEX = Pattern.compile("[0-9]+");
  private static final Pattern SHELL_SHEBANG =
      Pattern.compile("#!\\s*\\S*/(env\\s+)?(sh|bash|dash|ash|zsh|ksh)\\b.*");
  private static final Pattern SHELL_C = Pattern.compile("-[a-z]*c");

  @Override
  public boolean accepts(SourceFile file) {
    String name = file.name();
    if (!NAME.matcher(name).matches()) {
      return false;
    }
    int dot = name.lastIndexOf('.');
    String suffix = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    boolean suffixIsKind = suffix.equals("dockerfile") || suffix.equals("containerfile");
    if (suffixIsKind || dot < 0) {
      return true;
    }
    // `Dockerfile.dev` is a Dockerfile, `Dockerfile.java` is not: a variant must also read like
    // one, and every Dockerfile begins, after comments and directives, with FROM or ARG.
    return !TEMPLATE_SUFFIXES.contains(suffix) && startsLikeADockerfile(file.text());
  }

  private static boolean startsLikeADockerfile(String text) {
    for (String line : (Iterable<String>) text.lines()::iterator) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      return FIRST_INSTRUCTION.matcher(trimmed).lookingAt();
    }
    return false;
  }

  @Override
  public void scan(SourceFile file, Report report) {
    List<String> lines = file.lines();
    DockerfileParser.Parsed parsed = DockerfileParser.parse(lines, report);
    new Walk(file, lines, parsed, report).run();
  }

  /** One pass over the instructions, keeping the state of the current stage. */
  private static final class Walk {
    private final List<String> lines;
    private final DockerfileParser.Parsed parsed;
    private final Report report;
    private final char escape;
    private final boolean ci;
    private final Map<String, String> globals = new HashMap<>();
    private final List<String> stageNames = new ArrayList<>();
    private final Map<String, Map<String, String>> stageEnv = new HashMap<>();
    private Map<String, String> variables = new HashMap<>();
    private Map<String, String> env = new HashMap<>();
    private ShellSession session;
    private boolean posixShell = true;
    private boolean inStage;
    private Report current;

    Walk(SourceFile file, List<String> lines, DockerfileParser.Parsed parsed, Report report) {
      this.lines = lines;
      this.parsed = parsed;
      this.report = report;
      this.escape = parsed.escape();
      this.ci = ShellScanner.isCi(file);
      this.current = report;
      this.session = ShellScanner.session(report, ci);
    }

    void run() {
      for (DockerfileParser.Directive directive : parsed.directives()) {
        if (directive.name().equals("syntax")) {
          image(directive.value(), directive.line(), directive.column(), "the syntax directive");
        }
      }
      for (Instruction instruction : parsed.instructions()) {
        current = suppressed(instruction);
        instruction(instruction.keyword(), instruction, instruction.args());
      }
    }

    private void instruction(String keyword, Instruction instruction, List<EmbeddedLine> args) {
      switch (keyword) {
        case "ARG" -> arg(args);
        case "ENV" -> env(args);
        case "FROM" -> from(args);
        case "COPY" -> copy(args);
        case "RUN" -> run(instruction, args);
        case "SHELL" -> shell(args);
        case "ONBUILD" -> onbuild(instruction, args);
        default -> {}
      }
    }

    /** A report that drops findings an instruction's pragma above it suppresses. */
    private Report suppressed(Instruction instruction) {
      int above = instruction.line() - 2;
      Suppressions.Line pragma =
          above >= 0 ? Suppressions.of(lines.get(above)) : Suppressions.of("");
      if (pragma.rules().isEmpty()) {
        return report;
      }
      return new Report() {
        @Override
        public void finding(Rule rule, int line, int column, String message) {
          if (!pragma.rules().contains(rule)) {
            report.finding(rule, line, column, message);
          }
        }

        @Override
        public void diagnostic(int line, int column, String message) {
          report.diagnostic(line, column, message);
        }
      };
    }

    private void arg(List<EmbeddedLine> args) {
      for (ArgWords.Word word : ArgWords.split(args, escape)) {
        int equals = word.text().indexOf('=');
        String name = equals < 0 ? word.text() : word.text().substring(0, equals);
        Optional<String> value =
            equals < 0
                ? Optional.empty()
                : Substitution.expand(word.text().substring(equals + 1), scope(), escape);
        if (!inStage) {
          value.ifPresentOrElse(v -> globals.put(name, v), () -> globals.remove(name));
        } else if (equals >= 0) {
          define(name, value);
        } else {
          define(name, Optional.ofNullable(globals.get(name)));
        }
      }
    }

    private void env(List<EmbeddedLine> args) {
      List<ArgWords.Word> words = ArgWords.split(args, escape);
      if (words.isEmpty()) {
        return;
      }
      if (!words.get(0).text().contains("=")) {
        String rest =
            String.join(
                " ", words.subList(1, words.size()).stream().map(ArgWords.Word::text).toList());
        define(words.get(0).text(), Substitution.expand(rest, scope(), escape));
        env.put(words.get(0).text(), variables.get(words.get(0).text()));
        return;
      }
      for (ArgWords.Word word : words) {
        int equals = word.text().indexOf('=');
        if (equals > 0) {
          String name = word.text().substring(0, equals);
          define(name, Substitution.expand(word.text().substring(equals + 1), scope(), escape));
          env.put(name, variables.get(name));
        }
      }
    }

    private Map<String, String> scope() {
      return inStage ? variables : globals;
    }

    private void define(String name, Optional<String> value) {
      if (value.isPresent()) {
        variables.put(name, value.get());
        session.define(name, value.get());
      } else {
        variables.remove(name);
        session.undefine(name);
      }
    }

    private void from(List<EmbeddedLine> args) {
      List<ArgWords.Word> words = new ArrayList<>(ArgWords.split(args, escape));
      words.removeIf(word -> word.text().startsWith("--"));
      if (words.isEmpty()) {
        current.diagnostic(args.get(0).line(), args.get(0).column(), "FROM names no image");
        return;
      }
      ArgWords.Word base = words.get(0);
      Optional<String> expanded = Substitution.expand(base.text(), globals, escape);
      String parent = expanded.map(text -> text.toLowerCase(Locale.ROOT)).orElse(null);
      boolean fromStage = parent != null && stageNames.contains(parent);
      if (!fromStage) {
        image(base.text(), base.line(), base.column(), "FROM");
      }
      String name = null;
      if (words.size() >= 3 && words.get(1).text().equalsIgnoreCase("as")) {
        name = words.get(2).text().toLowerCase(Locale.ROOT);
      }
      startStage(name, fromStage ? stageEnv.get(parent) : null);
    }

    private void startStage(String name, Map<String, String> inherited) {
      inStage = true;
      posixShell = true;
      variables = new HashMap<>();
      env = new HashMap<>();
      session = ShellScanner.session(report, ci);
      if (inherited != null) {
        for (Map.Entry<String, String> entry : inherited.entrySet()) {
          define(entry.getKey(), Optional.ofNullable(entry.getValue()));
          env.put(entry.getKey(), entry.getValue());
        }
      }
      stageNames.add(name == null ? "" : name);
      if (name != null) {
        stageEnv.put(name, env);
      }
    }

    private void copy(List<EmbeddedLine> args) {
      for (ArgWords.Word word : ArgWords.split(args, escape)) {
        if (!word.text().startsWith("--")) {
          return;
        }
        if (word.text().startsWith("--from=")) {
          String value = word.text().substring("--from=".length());
          int column = word.column() + "--from=".length();
          source(value, word.line(), column, "COPY --from");
        }
      }
    }

    /** A stage name, a stage index or an image, as {@code COPY --from} and mounts take. */
    private void source(String value, int line, int column, String where) {
      Optional<String> expanded = Substitution.expand(value, variables, escape);
      if (expanded.isPresent()) {
        String text = expanded.get().toLowerCase(Locale.ROOT);
        if (STAGE_INDEX.matcher(text).matches() || stageNames.contains(text)) {
          return;
        }
      }
      image(value, line, column, where);
    }

    private void image(String raw, int line, int column, String where) {
      Map<String, String> scope = where.equals("FROM") ? globals : variables;
      Optional<String> expanded = Substitution.expand(raw, scope, escape);
      String shown = expanded.orElse(raw);
      if (expanded.isEmpty() && !tagIsLiteral(Substitution.expandOr(raw, scope, escape, "X"))) {
        return;
      }
      if (shown.equalsIgnoreCase("scratch") || DIGEST.matcher(shown).matches() || shown.isEmpty()) {
        return;
      }
      current.finding(
          Rules.IMAGE_UNPINNED,
          line,
          column,
          where
              + " uses image "
              + shown
              + " without a digest; pin it as "
              + shown
              + "@sha256:<digest>");
    }

    /**
     * Whether a reference with values lockstep cannot see still shows a tag and no digest, as in
     * {@code ${REGISTRY}/app:1.0} or {@code golang:${VERSION}}. A reference that is a variable as a
     * whole, or ends in one, may hold a digest and is not judged.
     */
    private static boolean tagIsLiteral(String withPlaceholders) {
      String last = withPlaceholders.substring(withPlaceholders.lastIndexOf('/') + 1);
      return last.contains(":") && !withPlaceholders.contains("@");
    }

    private void shell(List<EmbeddedLine> args) {
      List<String> argv = JsonArray.parse(joined(args));
      if (argv != null && !argv.isEmpty()) {
        String program = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
        posixShell = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh").contains(program);
      }
    }

    private void onbuild(Instruction instruction, List<EmbeddedLine> args) {
      EmbeddedLine first = args.get(0);
      String text = first.text();
      int end = 0;
      while (end < text.length() && Character.isLetter(text.charAt(end))) {
        end++;
      }
      int start = end;
      while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      List<EmbeddedLine> inner = new ArrayList<>(args);
      inner.set(0, new EmbeddedLine(first.line(), first.column() + start, text.substring(start)));
      String keyword = text.substring(0, end).toUpperCase(Locale.ROOT);
      if (keyword.equals("RUN") || keyword.equals("COPY")) {
        instruction(keyword, instruction, inner);
      }
    }

    private void run(Instruction instruction, List<EmbeddedLine> args) {
      List<EmbeddedLine> command = RunFlags.strip(args, escape, this::mount);
      if (!posixShell || command.isEmpty()) {
        return;
      }
      String text = joined(command).trim();
      if (text.startsWith("[")) {
        List<String> argv = JsonArray.parse(text);
        if (argv != null) {
          execForm(argv, command.get(0));
          return;
        }
      }
      if (text.startsWith("<<") && !instruction.heredocs().isEmpty()) {
        heredocScript(instruction.heredocs().get(0).body());
        return;
      }
      List<EmbeddedLine> shell = new ArrayList<>();
      for (EmbeddedLine line : command) {
        shell.add(escape == '\\' ? line : backtickAsBackslash(line));
      }
      shell.addAll(instruction.bodies());
      runShell(shell);
    }

    private void runShell(List<EmbeddedLine> shell) {
      ShellSession target = session;
      if (current != report) {
        target = ShellScanner.session(current, ci);
        for (Map.Entry<String, String> entry : variables.entrySet()) {
          target.define(entry.getKey(), entry.getValue());
        }
      }
      target.run(shell);
    }

    private void heredocScript(List<EmbeddedLine> body) {
      if (!body.isEmpty() && body.get(0).text().startsWith("#!")) {
        String shebang = body.get(0).text();
        if (!SHELL_SHEBANG.matcher(shebang).matches()) {
          return;
        }
      }
      runShell(body);
    }

    private void execForm(List<String> argv, EmbeddedLine at) {
      String program = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
      if (Set.of("sh", "bash", "dash", "ash").contains(program)
          && argv.size() >= 3
          && SHELL_C.matcher(argv.get(1)).matches()) {
        runShell(List.of(new EmbeddedLine(at.line(), at.column(), argv.get(2).replace('\n', ' '))));
        return;
      }
      StringBuilder quoted = new StringBuilder();
      for (String word : argv) {
        quoted.append(quoted.length() == 0 ? "" : " ").append('\'');
        quoted.append(word.replace("'", "'\\''")).append('\'');
      }
      runShell(List.of(new EmbeddedLine(at.line(), at.column(), quoted.toString())));
    }

    private void mount(String value, int line, int column) {
      int offset = 0;
      for (String field : value.split(",")) {
        if (field.startsWith("from=")) {
          source(field.substring(5), line, column + offset + 5, "RUN --mount from");
        }
        offset += field.length() + 1;
      }
    }

    private String joined(List<EmbeddedLine> args) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < args.size(); i++) {
        String line = args.get(i).text();
        String trimmed = line.stripTrailing();
        if (i < args.size() - 1 && trimmed.endsWith(String.valueOf(escape))) {
          line = trimmed.substring(0, trimmed.length() - 1);
        }
        text.append(line).append(i < args.size() - 1 ? "\n" : "");
      }
      return text.toString();
    }

    private static EmbeddedLine backtickAsBackslash(EmbeddedLine line) {
      String text = line.text().stripTrailing();
      if (text.endsWith("`")) {
        text = text.substring(0, text.length() - 1) + "\\";
      }
      return new EmbeddedLine(line.line(), line.column(), text);
    }
  }
}
