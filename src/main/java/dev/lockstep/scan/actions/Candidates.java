package dev.lockstep.scan.actions;

import dev.lockstep.scan.Node;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts a workflow value can take once its {@code ${{ matrix.x }}} expression is replaced by
 * each matrix value, or its {@code ${{ env.X }}} by the nearest {@code env:} that sets it. A value
 * that is the expression alone is judged value by value, and a floating value is reported where the
 * matrix writes it, since that is where it gets pinned.
 */
final class Candidates {
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.*?)\\s*}}");
  private static final Pattern CONTEXT_PATH =
      Pattern.compile("(matrix|env)\\.([A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*)");

  private Candidates() {}

  /** A text the value can take, and where a finding about it points. */
  record Candidate(String text, Node.Scalar where) {}

  static List<Candidate> of(Node.Scalar value, Matrix matrix) {
    Matcher expression = EXPRESSION.matcher(value.text());
    if (!expression.find()) {
      return List.of(new Candidate(value.text(), value));
    }
    Matcher path = CONTEXT_PATH.matcher(expression.group(1));
    int start = expression.start();
    int end = expression.end();
    if (!path.matches() || expression.find()) {
      return List.of(new Candidate(value.text(), value));
    }
    Optional<List<Node.Scalar>> values =
        path.group(1).equals("env") ? matrix.env(path.group(2)) : matrix.values(path.group(2));
    if (values.isEmpty()) {
      return List.of(new Candidate(value.text(), value));
    }
    boolean whole = value.text().strip().equals(value.text().substring(start, end));
    String before = value.text().substring(0, start);
    String after = value.text().substring(end);
    return values.get().stream()
        .map(v -> new Candidate(before + v.text() + after, whole ? v : value))
        .toList();
  }
}
