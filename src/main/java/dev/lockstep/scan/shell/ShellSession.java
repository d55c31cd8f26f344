package dev.lockstep.scan.shell;

import dev.lockstep.scan.EmbeddedLine;
import dev.lockstep.scan.Report;
import dev.lockstep.scan.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads shell text command by command and checks each command against the shell rules. A session
 * remembers what earlier text did, which later text depends on: variables assigned, files
 * downloaded and not yet verified, images built locally. A Dockerfile keeps one session per stage
 * so that a download in one RUN and its execution in the next are seen together.
 */
public final class ShellSession {
  private static final int MAX_DEPTH = 6;
  private static final Pattern INLINE_PARAMETER =
      Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)\\}|([A-Za-z_][A-Za-z0-9_]*))");
  private static final Pattern ASSIGNMENT =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\+?=.*", Pattern.DOTALL);
  private static final Pattern GLOB = Pattern.compile("[*?\\[]");
  private static final Pattern ENV_ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*");
  private static final Set<String> KEYWORDS =
      Set.of(
          "if",
          "then",
          "else",
          "elif",
          "do",
          "while",
          "until",
          "!",
          "{",
          "}",
          "fi",
          "done",
          "esac",
          "time",
          "exec",
          "command",
          "nohup",
          "builtin",
          "function");

  private final Report report;
  private final boolean ci;
  private final Map<String, String> variables = new HashMap<>();
  private final Map<String, List<String>> loopValues = new HashMap<>();
  private final Set<String> localImages = new HashSet<>();
  private final RemoteScripts remoteScripts = new RemoteScripts(this);
  private ShellText text;
  private int depth;

  ShellSession(Report report, boolean ci) {
    this.report = report;
    this.ci = ci;
  }

  /** Makes a variable visible to later text, as a Dockerfile ARG or ENV does. */
  public void define(String name, String value) {
    variables.put(name, value);
  }

  /** Forgets a variable, as a Dockerfile ARG without a value does. */
  public void undefine(String name) {
    variables.remove(name);
  }

  /** Reads and checks shell text given as lines with their positions in the enclosing file. */
  public void run(List<EmbeddedLine> lines) {
    if (lines.isEmpty()) {
      return;
    }
    ShellText saved = text;
    text = ShellText.of(lines);
    try {
      runRange(0, text.length());
    } finally {
      text = saved;
    }
  }

  /** Reads and checks Makefile recipe lines, with make's own expansions done first. */
  void runRecipe(List<EmbeddedLine> lines, Map<String, String> makeVariables) {
    if (lines.isEmpty()) {
      return;
    }
    ShellText saved = text;
    text = ShellText.ofRecipe(lines, makeVariables);
    try {
      runRange(0, text.length());
    } finally {
      text = saved;
    }
  }

  boolean ci() {
    return ci;
  }

  Set<String> localImages() {
    return localImages;
  }

  /** Runs a nested range (a substitution or a here-document); true when it downloads something. */
  boolean runRange(int start, int end) {
    if (depth >= MAX_DEPTH) {
      return false;
    }
    depth++;
    try {
      return runCommands(ShellParser.parse(text, start, end));
    } finally {
      depth--;
    }
  }

  private boolean runCommands(List<Command> commands) {
    boolean downloads = false;
    int pipedFrom = -1;
    for (Command command : commands) {
      Step step = handle(command, pipedFrom);
      downloads |= step.downloads();
      if (!command.pipesInto()) {
        pipedFrom = -1;
      } else if (pipedFrom < 0 && step.downloader()) {
        pipedFrom = step.offset();
      }
    }
    return downloads;
  }

  /** What one command did, as far as the commands after it care. */
  private record Step(boolean downloads, boolean downloader, int offset) {}

  private Step handle(Command command, int pipedFrom) {
    List<Arg> argv = new ArrayList<>();
    boolean downloads = expandCommand(command, argv);

    bindLoop(argv);
    List<Arg> stripped = stripWrappers(argv);
    if (stripped.isEmpty()) {
      return new Step(downloads, false, 0);
    }

    String name = baseName(stripped.get(0).text());
    List<Arg> args = stripped.subList(1, stripped.size());
    boolean downloader = RemoteScripts.isDownloader(name);
    runHeredocs(command, name, args);
    remoteScripts.check(stripped.get(0), name, args, pipedFrom, stdoutFile(command));
    CommandRules.check(this, name, args);
    return new Step(downloads || downloader, downloader, stripped.get(0).offset());
  }

  /**
   * A {@code for NAME in WORDS} header: the loop body sees NAME as each word in turn, which
   * lockstep follows when every word is plain text; a glob or an expansion leaves NAME unknown.
   */
  private void bindLoop(List<Arg> argv) {
    if (argv.size() < 2 || !argv.get(0).text().equals("for")) {
      return;
    }
    String name = argv.get(1).text();
    variables.remove(name);
    loopValues.remove(name);
    if (argv.size() < 3 || !argv.get(2).text().equals("in")) {
      return;
    }
    List<String> values = new ArrayList<>();
    for (Arg value : argv.subList(3, argv.size())) {
      if (value.dynamic() || GLOB.matcher(value.text()).find()) {
        return;
      }
      values.add(value.text());
    }
    loopValues.put(name, List.copyOf(values));
  }

  /** The file a command's standard output is written to ({@code > FILE}), when it is plain. */
  private static String stdoutFile(Command command) {
    for (Command.Redirect redirect : command.redirects()) {
      boolean out = redirect.operator().equals(">") || redirect.operator().equals(">|");
      if (out && redirect.target() != null && redirect.target().literal() != null) {
        return redirect.target().literal();
      }
    }
    return null;
  }

  private boolean expandCommand(Command command, List<Arg> argv) {
    boolean downloads = false;
    boolean prefix = true;
    for (Word word : command.words()) {
      boolean fetches = runSubstitutions(word);
      downloads |= fetches;
      if (prefix && isAssignment(word)) {
        assign(word);
        continue;
      }
      prefix = false;
      argv.addAll(expand(word, fetches));
    }
    if (!argv.isEmpty() && isDeclaration(argv.get(0).text())) {
      declare(command);
      argv.clear();
    }
    return downloads;
  }

  private static boolean isDeclaration(String name) {
    return name.equals("export")
        || name.equals("local")
        || name.equals("declare")
        || name.equals("readonly")
        || name.equals("typeset");
  }

  private void declare(Command command) {
    for (Word word : command.words().subList(1, command.words().size())) {
      if (isAssignment(word)) {
        assign(word);
      }
    }
  }

  private boolean runSubstitutions(Word word) {
    boolean downloads = false;
    for (Word.Part part : word.parts()) {
      if (part instanceof Word.Substitution substitution) {
        downloads |= runRange(substitution.start(), substitution.end());
      }
    }
    return downloads;
  }

  private void runHeredocs(Command command, String name, List<Arg> args) {
    if (!RemoteScripts.isShell(name) || !RemoteScripts.readsStdin(name, args)) {
      return;
    }
    for (Command.Range body : command.heredocs()) {
      runRange(body.start(), body.end());
    }
  }

  /** Runs the script of `sh -c '…'`; its text is re-read as shell at the word's position. */
  void runInline(Arg script) {
    if (depth >= MAX_DEPTH || script.text().isEmpty()) {
      return;
    }
    List<EmbeddedLine> lines = new ArrayList<>();
    String[] parts = script.text().split("\n", -1);
    int line = text.line(script.offset());
    int column = text.column(script.offset()) + 1;
    for (int i = 0; i < parts.length; i++) {
      lines.add(new EmbeddedLine(line + i, i == 0 ? column : 1, parts[i]));
    }
    ShellText saved = text;
    text = ShellText.of(lines);
    depth++;
    try {
      runCommands(ShellParser.parse(text, 0, text.length()));
    } finally {
      depth--;
      text = saved;
    }
  }

  private static boolean isAssignment(Word word) {
    if (word.parts().isEmpty() || !(word.parts().get(0) instanceof Word.Literal first)) {
      return false;
    }
    return !first.quoted() && ASSIGNMENT.matcher(first.text()).matches();
  }

  private void assign(Word word) {
    Word.Literal first = (Word.Literal) word.parts().get(0);
    int equals = first.text().indexOf('=');
    boolean append = equals > 0 && first.text().charAt(equals - 1) == '+';
    String name = first.text().substring(0, append ? equals - 1 : equals);
    loopValues.remove(name);
    List<Word.Part> valueParts = new ArrayList<>();
    valueParts.add(new Word.Literal(first.text().substring(equals + 1), true));
    valueParts.addAll(word.parts().subList(1, word.parts().size()));
    Arg value = join(new Word(valueParts, word.offset()));
    if (value.dynamic()) {
      variables.remove(name);
    } else {
      variables.put(name, append ? variables.getOrDefault(name, "") + value.text() : value.text());
    }
  }

  /**
   * Expands a word; an unquoted lone variable splits into words as the shell does, and a lone loop
   * variable stands for each of its words.
   */
  List<Arg> expand(Word word, boolean fetches) {
    Word.Parameter loop = loneParameter(word);
    if (loop != null && loop.operator().isEmpty() && loopValues.containsKey(loop.name())) {
      List<Arg> each = new ArrayList<>();
      for (String value : loopValues.get(loop.name())) {
        each.add(new Arg(value, word.offset(), false, false, loop.name()));
      }
      return each;
    }
    if (word.parts().size() == 1
        && word.parts().get(0) instanceof Word.Parameter parameter
        && !parameter.quoted()) {
      Optional<String> value = resolve(parameter);
      if (value.isPresent()) {
        List<Arg> split = new ArrayList<>();
        for (String piece : value.get().trim().split("\\s+")) {
          if (!piece.isEmpty()) {
            split.add(new Arg(piece, word.offset(), false, false, parameter.name()));
          }
        }
        return split;
      }
    }
    Arg joined = join(word);
    return List.of(new Arg(joined.text(), joined.offset(), joined.dynamic(), fetches));
  }

  /** The one parameter a word consists of, quotes around it allowed, or null. */
  private static Word.Parameter loneParameter(Word word) {
    Word.Parameter found = null;
    for (Word.Part part : word.parts()) {
      if (part instanceof Word.Parameter parameter && found == null) {
        found = parameter;
      } else if (!(part instanceof Word.Literal literal) || !literal.text().isEmpty()) {
        return null;
      }
    }
    return found;
  }

  private Arg join(Word word) {
    StringBuilder joined = new StringBuilder();
    boolean dynamic = false;
    for (Word.Part part : word.parts()) {
      if (part instanceof Word.Literal literal) {
        joined.append(literal.text());
      } else if (part instanceof Word.Parameter parameter) {
        Optional<String> value = resolve(parameter);
        dynamic |= value.isEmpty();
        joined.append(value.orElse("$" + parameter.name()));
      } else {
        dynamic = true;
        joined.append("$(…)");
      }
    }
    return new Arg(joined.toString(), word.offset(), dynamic, false);
  }

  private Optional<String> resolve(Word.Parameter parameter) {
    if (parameter.name().isEmpty()) {
      return Optional.empty();
    }
    String value = variables.get(parameter.name());
    switch (parameter.operator()) {
      case "":
      case ":?":
      case "?":
        return Optional.ofNullable(value);
      case ":-":
      case ":=":
        return value != null && !value.isEmpty()
            ? Optional.of(value)
            : inline(parameter.argument());
      case "-":
      case "=":
        return value != null ? Optional.of(value) : inline(parameter.argument());
      case ":+":
        return value != null && !value.isEmpty() ? inline(parameter.argument()) : Optional.of("");
      case "+":
        return value != null ? inline(parameter.argument()) : Optional.of("");
      default:
        return Optional.empty();
    }
  }

  /** Expands the simple variables in an operator's argument, such as the default in ${X:-$Y}. */
  private Optional<String> inline(String raw) {
    String unquoted = raw.replace("\"", "").replace("'", "");
    Matcher matcher = INLINE_PARAMETER.matcher(unquoted);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
      String value = variables.get(name);
      if (value == null) {
        return Optional.empty();
      }
      matcher.appendReplacement(result, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(result);
    String expanded = result.toString();
    return expanded.contains("$") ? Optional.empty() : Optional.of(expanded);
  }

  private static List<Arg> stripWrappers(List<Arg> argv) {
    int at = 0;
    while (at < argv.size()) {
      String word = argv.get(at).text();
      if (KEYWORDS.contains(word)) {
        at++;
      } else if (word.equals("sudo") || word.equals("doas")) {
        at = skipSudo(argv, at + 1);
      } else if (word.equals("env")) {
        at = skipEnv(argv, at + 1);
      } else if (word.equals("for") || word.equals("case") || word.equals("select")) {
        return List.of();
      } else {
        break;
      }
    }
    return argv.subList(Math.min(at, argv.size()), argv.size());
  }

  private static int skipSudo(List<Arg> argv, int at) {
    Set<String> takesValue = Set.of("-u", "-g", "-h", "-p", "-C", "-D", "-U", "-r", "-t", "-T");
    int index = at;
    while (index < argv.size() && argv.get(index).isOption()) {
      index += takesValue.contains(argv.get(index).text()) ? 2 : 1;
    }
    return index;
  }

  private static int skipEnv(List<Arg> argv, int at) {
    int index = at;
    while (index < argv.size()
        && (argv.get(index).isOption()
            || ENV_ASSIGNMENT.matcher(argv.get(index).text()).matches())) {
      index += argv.get(index).text().equals("-u") ? 2 : 1;
    }
    return index;
  }

  static String baseName(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  void report(Rule rule, Arg arg, String message) {
    report.finding(rule, text.line(arg.offset()), text.column(arg.offset()), message);
  }

  void report(Rule rule, int offset, String message) {
    report.finding(rule, text.line(offset), text.column(offset), message);
  }
}
