package dev.lockstep.scan.models;

import dev.lockstep.scan.models.PythonTokens.Token;
import dev.lockstep.scan.models.PythonTokens.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds Hugging Face downloads in Python source that are not pinned to a commit: calls of {@code
 * from_pretrained}, {@code hf_hub_download}, {@code snapshot_download} and {@code
 * pipeline(model=…)} (in files that mention transformers) naming a Hub repository without {@code
 * revision=} a 40-hex commit. A branch or tag ({@code "main"}, {@code "v1.0"}) floats.
 *
 * <p>What is visible decides. A repository or revision held in a variable is looked up among the
 * file's string assignments ({@code MODEL = "org/name"}); one that cannot be seen (a function
 * argument, {@code args.model}) is not reported, and neither is a call passing {@code **kwargs},
 * which may carry the revision. A local path ({@code ./out}, {@code /models/x}) needs no revision,
 * and a name without a namespace is a local folder unless it is a Hub model from before namespaces
 * ({@code gpt2}, {@code bert-base-uncased}).
 */
final class HubCalls {
  private static final Map<String, Call> CALLS =
      Map.of(
          "from_pretrained", new Call(0, "pretrained_model_name_or_path"),
          "hf_hub_download", new Call(0, "repo_id"),
          "snapshot_download", new Call(0, "repo_id"),
          "pipeline", new Call(1, "model"));
  private static final Pattern HUB_ID = Pattern.compile("[A-Za-z0-9][\\w.-]*(?:/[\\w.-]+)?");
  private static final Pattern FULL_SHA = Pattern.compile("[0-9a-fA-F]{40}");
  private static final Pattern FILE =
      Pattern.compile(".*\\.(?:gguf|bin|safetensors|pt|pth|onnx|json|h5|ckpt)$");

  // Hub models from before namespaces, which are still named without one; any other name without
  // a slash ("output", "checkpoint-500") is more likely a local folder.
  private static final List<String> CANONICAL =
      List.of(
          "bert-",
          "gpt2",
          "distilgpt2",
          "t5-",
          "roberta-",
          "distilroberta-",
          "distilbert-",
          "xlnet-",
          "albert-",
          "xlm-",
          "openai-gpt",
          "ctrl",
          "camembert-",
          "flaubert");

  private HubCalls() {}

  private static boolean isHubId(String name) {
    if (!HUB_ID.matcher(name).matches() || FILE.matcher(name).matches()) {
      return false;
    }
    return name.contains("/") || CANONICAL.stream().anyMatch(name::startsWith);
  }

  /** Which argument names the repository: by position, or by keyword. */
  private record Call(int position, String keyword) {}

  /** A floating download, at a source offset. */
  record Floating(int offset, String message) {}

  /** Whether the text can hold one of the calls, to skip most files cheaply. */
  static boolean mayContain(String text) {
    return text.contains("from_pretrained")
        || text.contains("hf_hub_download")
        || text.contains("snapshot_download")
        || text.contains("pipeline");
  }

  static List<Floating> find(String source) {
    List<Token> tokens = PythonTokens.of(source);
    Map<String, List<Token>> assigned = assignments(tokens);
    // Other libraries have functions named pipeline too; only transformers' takes a Hub model.
    boolean transformers = source.contains("transformers");
    List<Floating> found = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token name = tokens.get(i);
      Call call = name.type() == Type.NAME ? CALLS.get(name.text()) : null;
      if (call != null
          && tokens.get(i + 1).is(Type.OP, "(")
          && !isDefinition(tokens, i)
          && (!name.text().equals("pipeline") || transformers)) {
        judge(name, call, arguments(tokens, i + 1), assigned).ifPresent(found::add);
      }
    }
    return found;
  }

  private static boolean isDefinition(List<Token> tokens, int index) {
    return index > 0 && tokens.get(index - 1).is(Type.NAME, "def");
  }

  /** The top-level arguments of the call whose {@code (} is at {@code open}. */
  private static List<List<Token>> arguments(List<Token> tokens, int open) {
    List<List<Token>> arguments = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.type() == Type.OP && "([{".contains(token.text())) {
        depth++;
        if (depth == 1) {
          continue;
        }
      } else if (token.type() == Type.OP && ")]}".contains(token.text())) {
        depth--;
        if (depth == 0) {
          break;
        }
      } else if (depth == 1 && token.is(Type.OP, ",")) {
        arguments.add(current);
        current = new ArrayList<>();
        continue;
      }
      current.add(token);
    }
    if (!current.isEmpty()) {
      arguments.add(current);
    }
    return arguments;
  }

  private static Optional<Floating> judge(
      Token name, Call call, List<List<Token>> arguments, Map<String, List<Token>> assigned) {
    Optional<List<Token>> repository = argument(arguments, call);
    Optional<List<Token>> repositories = repository.flatMap(arg -> strings(arg, assigned));
    if (repositories.isEmpty() || repositories.get().stream().noneMatch(t -> isHubId(t.text()))) {
      return Optional.empty();
    }
    Token shown =
        repository.get().size() == 1 && repository.get().get(0).type() == Type.STRING
            ? repository.get().get(0)
            : name;
    Optional<List<Token>> revision = keyword(arguments, "revision");
    if (revision.isEmpty()) {
      return arguments.stream().anyMatch(arg -> !arg.isEmpty() && arg.get(0).is(Type.OP, "**"))
          ? Optional.empty()
          : Optional.of(
              new Floating(
                  shown.offset(),
                  name.text()
                      + "(\""
                      + shown(repositories.get())
                      + "\") has no revision; pass revision=\"<40-hex commit>\""));
    }
    return revision(name, revision.get(), assigned, repositories.get());
  }

  private static Optional<Floating> revision(
      Token name, List<Token> revision, Map<String, List<Token>> assigned, List<Token> repos) {
    if (revision.size() == 1 && revision.get(0).is(Type.NAME, "None")) {
      return Optional.of(
          new Floating(
              revision.get(0).offset(),
              name.text()
                  + "(\""
                  + shown(repos)
                  + "\") passes revision=None, which is the main branch; pass the 40-hex commit"));
    }
    Optional<List<Token>> values = strings(revision, assigned);
    if (values.isEmpty()) {
      return Optional.empty();
    }
    Optional<Token> floating =
        values.get().stream().filter(t -> !FULL_SHA.matcher(t.text()).matches()).findFirst();
    Token at = revision.size() == 1 ? revision.get(0) : name;
    return floating.map(
        value ->
            new Floating(
                at.offset(),
                name.text()
                    + "(\""
                    + shown(repos)
                    + "\") uses revision \""
                    + value.text()
                    + "\", which moves; pass the 40-hex commit"));
  }

  private static String shown(List<Token> repositories) {
    return repositories.get(0).text();
  }

  private static Optional<List<Token>> argument(List<List<Token>> arguments, Call call) {
    Optional<List<Token>> byKeyword = keyword(arguments, call.keyword());
    if (byKeyword.isPresent()) {
      return byKeyword;
    }
    List<List<Token>> positional = arguments.stream().filter(arg -> !isKeyword(arg)).toList();
    return call.position() < positional.size()
        ? Optional.of(positional.get(call.position()))
        : Optional.empty();
  }

  private static Optional<List<Token>> keyword(List<List<Token>> arguments, String keyword) {
    return arguments.stream()
        .filter(arg -> isKeyword(arg) && arg.get(0).text().equals(keyword))
        .map(arg -> arg.subList(2, arg.size()))
        .findFirst();
  }

  private static boolean isKeyword(List<Token> argument) {
    return argument.size() >= 2
        && argument.get(0).type() == Type.NAME
        && argument.get(1).is(Type.OP, "=");
  }

  /** The literal strings an argument can be: itself, or a name's assigned literals. */
  private static Optional<List<Token>> strings(
      List<Token> argument, Map<String, List<Token>> assigned) {
    if (argument.size() != 1) {
      return Optional.empty();
    }
    Token value = argument.get(0);
    if (value.type() == Type.STRING) {
      return value.literal() ? Optional.of(List.of(value)) : Optional.empty();
    }
    if (value.type() == Type.NAME && assigned.containsKey(value.text())) {
      return Optional.of(assigned.get(value.text()));
    }
    return Optional.empty();
  }

  /**
   * Names assigned only plain string literals ({@code NAME = "text"}); a name also assigned
   * anything else is left out, as its value cannot be known.
   */
  private static Map<String, List<Token>> assignments(List<Token> tokens) {
    Map<String, List<Token>> literals = new HashMap<>();
    Map<String, Boolean> other = new HashMap<>();
    for (int i = 0; i + 2 < tokens.size(); i++) {
      Token name = tokens.get(i);
      if (name.type() != Type.NAME
          || !tokens.get(i + 1).is(Type.OP, "=")
          || (i > 0 && isInsideCall(tokens.get(i - 1)))) {
        continue;
      }
      Token value = tokens.get(i + 2);
      boolean plain = value.type() == Type.STRING && value.literal() && endsValue(tokens, i + 3);
      if (plain) {
        literals.computeIfAbsent(name.text(), k -> new ArrayList<>()).add(value);
      } else {
        other.put(name.text(), true);
      }
    }
    loopTargets(tokens, literals, other);
    other.keySet().forEach(literals::remove);
    return literals;
  }

  /**
   * Loop names bound from a literal list ({@code for repo, d in [("org/a", "a"), ("org/b", "b")]}):
   * each name takes the strings at its position in the items.
   */
  private static void loopTargets(
      List<Token> tokens, Map<String, List<Token>> literals, Map<String, Boolean> other) {
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).is(Type.NAME, "for")) {
        continue;
      }
      List<String> targets = new ArrayList<>();
      int at = i + 1;
      while (at + 1 < tokens.size()
          && tokens.get(at).type() == Type.NAME
          && !tokens.get(at).text().equals("in")) {
        targets.add(tokens.get(at).text());
        at++;
        if (!tokens.get(at).is(Type.OP, ",")) {
          break;
        }
        at++;
      }
      if (targets.isEmpty() || at >= tokens.size() || !tokens.get(at).is(Type.NAME, "in")) {
        continue;
      }
      bindItems(tokens, at + 1, targets, literals, other);
    }
  }

  /** Binds each target to the strings at its place in the list or tuple opening at {@code open}. */
  private static void bindItems(
      List<Token> tokens,
      int open,
      List<String> targets,
      Map<String, List<Token>> literals,
      Map<String, Boolean> other) {
    if (open >= tokens.size()
        || !(tokens.get(open).is(Type.OP, "[") || tokens.get(open).is(Type.OP, "("))) {
      targets.forEach(name -> other.put(name, true));
      return;
    }
    List<List<Token>> items = arguments(tokens, open);
    for (List<Token> item : items) {
      List<Token> values = item.size() == 1 ? item : tupleStrings(item);
      for (int k = 0; k < targets.size(); k++) {
        Token value = k < values.size() ? values.get(k) : null;
        if (value != null && value.type() == Type.STRING && value.literal()) {
          literals.computeIfAbsent(targets.get(k), key -> new ArrayList<>()).add(value);
        } else {
          other.put(targets.get(k), true);
        }
      }
    }
  }

  /** The elements of {@code ("a", "b")}, or nothing when the item is not such a tuple. */
  private static List<Token> tupleStrings(List<Token> item) {
    if (item.size() < 3
        || !item.get(0).is(Type.OP, "(")
        || !item.get(item.size() - 1).is(Type.OP, ")")) {
      return List.of();
    }
    List<Token> values = new ArrayList<>();
    for (int i = 1; i < item.size() - 1; i += 2) {
      values.add(item.get(i));
      if (i + 1 < item.size() - 1 && !item.get(i + 1).is(Type.OP, ",")) {
        return List.of();
      }
    }
    return values;
  }

  private static boolean isInsideCall(Token before) {
    return before.is(Type.OP, "(") || before.is(Type.OP, ",");
  }

  private static boolean endsValue(List<Token> tokens, int next) {
    if (next >= tokens.size()) {
      return true;
    }
    Token token = tokens.get(next);
    return !(token.type() == Type.OP && "+%.[*(".contains(token.text()))
        && token.type() != Type.STRING;
  }
}
