package dev.lockstep.scan.shell;

import java.util.List;

/**
 * One shell word before expansion: literal pieces, parameter expansions and command substitutions,
 * in order.
 *
 * @param parts the pieces of the word
 * @param offset where the word starts in its {@link ShellText}
 */
record Word(List<Part> parts, int offset) {
  Word {
    parts = List.copyOf(parts);
  }

  /** A piece of a word. */
  sealed interface Part permits Literal, Parameter, Substitution {}

  /** Text that stands for itself; {@code quoted} when it came from inside quotes. */
  record Literal(String text, boolean quoted) implements Part {}

  /**
   * A parameter expansion such as {@code $X}, {@code ${X}} or {@code ${X:-default}}.
   *
   * @param name the parameter, or an empty string for expansions lockstep cannot follow
   * @param operator the operator after the name ({@code :-}, {@code +}, ...), or empty
   * @param argument the raw text after the operator
   */
  record Parameter(String name, String operator, String argument, boolean quoted) implements Part {}

  /**
   * A command substitution, {@code $(...)}, backticks, or a process substitution {@code <(...)}.
   */
  record Substitution(int start, int end, boolean process) implements Part {}

  /** The literal text of the word when it has no expansions, otherwise null. */
  String literal() {
    StringBuilder text = new StringBuilder();
    for (Part part : parts) {
      if (!(part instanceof Literal literal)) {
        return null;
      }
      text.append(literal.text());
    }
    return text.toString();
  }
}
