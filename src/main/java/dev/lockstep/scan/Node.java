package dev.lockstep.scan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A YAML or JSON value with the 1-based line and column where it is written, so that a finding can
 * point at the floating text itself. Scanners read configuration through these rather than through
 * Jackson's trees, which forget positions.
 */
public sealed interface Node permits Node.MapNode, Node.SeqNode, Node.Scalar {
  /** The 1-based line of the value's first character. */
  int line();

  /** The 1-based column of the value's first character (a quote or block indicator included). */
  int column();

  /** This node as a mapping, if it is one. */
  default Optional<MapNode> asMap() {
    return this instanceof MapNode map ? Optional.of(map) : Optional.empty();
  }

  /** This node as a sequence, if it is one. */
  default Optional<SeqNode> asSeq() {
    return this instanceof SeqNode seq ? Optional.of(seq) : Optional.empty();
  }

  /** This node as a scalar that is not null, if it is one. */
  default Optional<Scalar> asScalar() {
    return this instanceof Scalar scalar && !scalar.isNull()
        ? Optional.of(scalar)
        : Optional.empty();
  }

  /** How a scalar is written, which decides how its text maps back onto the file's lines. */
  enum Style {
    PLAIN,
    SINGLE_QUOTED,
    DOUBLE_QUOTED,
    LITERAL,
    FOLDED
  }

  /**
   * A mapping, keys in file order.
   *
   * @param values each key's value
   * @param keys where each key is written
   */
  record MapNode(int line, int column, Map<String, Node> values, Map<String, Scalar> keys)
      implements Node {
    public MapNode {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
      keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    public Optional<Node> get(String key) {
      return Optional.ofNullable(values.get(key));
    }

    public Optional<Scalar> scalar(String key) {
      return get(key).flatMap(Node::asScalar);
    }

    public Optional<MapNode> map(String key) {
      return get(key).flatMap(Node::asMap);
    }

    public Optional<SeqNode> seq(String key) {
      return get(key).flatMap(Node::asSeq);
    }

    public boolean has(String key) {
      return values.containsKey(key);
    }
  }

  /** A sequence. */
  record SeqNode(int line, int column, List<Node> items) implements Node {
    public SeqNode {
      items = List.copyOf(items);
    }
  }

  /**
   * A scalar: a string, number, boolean or null, as the text written (numbers keep their spelling,
   * so {@code 3.10} stays {@code 3.10}).
   *
   * @param text the value, empty for null
   * @param isNull whether the value is null ({@code ~}, {@code null} or nothing)
   * @param style how it is written
   */
  record Scalar(int line, int column, String text, boolean isNull, Style style) implements Node {
    public Scalar {
      Objects.requireNonNull(text);
      Objects.requireNonNull(style);
    }

    /** The column where the value's text itself starts, after an opening quote. */
    public int textColumn() {
      return style == Style.SINGLE_QUOTED || style == Style.DOUBLE_QUOTED ? column + 1 : column;
    }
  }
}
