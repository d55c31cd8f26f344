package dev.lockstep.scan.shell;

/**
 * A word or an operator read from shell text.
 *
 * @param operator the operator ({@code &&}, {@code |}, {@code <<}, a newline...), or null for a
 *     word
 * @param word the word, or null for an operator
 * @param offset where the token starts
 */
record Token(String operator, Word word, int offset) {
  boolean isOperator(String name) {
    return name.equals(operator);
  }

  boolean isRedirect() {
    return operator != null
        && (operator.startsWith("<") || operator.startsWith(">") || operator.startsWith("&>"));
  }
}
