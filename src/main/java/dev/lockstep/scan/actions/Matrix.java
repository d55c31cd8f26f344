package dev.lockstep.scan.actions;

import dev.lockstep.scan.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A job's {@code strategy.matrix}, to see through {@code ${{ matrix.x }}}: every value {@code x}
 * takes, from its list and from {@code include} entries. A matrix written as an expression ({@code
 * ${{ fromJSON(...) }}}) resolves nothing.
 */
final class Matrix {
  private static final Matrix NONE = new Matrix(Optional.empty());
  private final Optional<Node.MapNode> matrix;

  private Matrix(Optional<Node.MapNode> matrix) {
    this.matrix = matrix;
  }

  static Matrix none() {
    return NONE;
  }

  /** The matrix of a job. */
  static Matrix of(Node.MapNode job) {
    return new Matrix(job.map("strategy").flatMap(strategy -> strategy.map("matrix")));
  }

  /**
   * Every scalar a dotted path after {@code matrix.} can take, or empty when some value cannot be
   * seen (the key is missing, or a value is not a scalar).
   */
  Optional<List<Node.Scalar>> values(String path) {
    if (matrix.isEmpty()) {
      return Optional.empty();
    }
    String[] segments = path.split("\\.", -1);
    List<Node> roots = new ArrayList<>();
    matrix.get().seq(segments[0]).ifPresent(seq -> roots.addAll(seq.items()));
    if (!segments[0].equals("include")) {
      matrix.get().seq("include").ifPresent(include -> fromInclude(include, segments[0], roots));
    }
    matrix.get().scalar(segments[0]).ifPresent(roots::add);
    return resolve(roots, segments);
  }

  private static void fromInclude(Node.SeqNode include, String key, List<Node> roots) {
    for (Node entry : include.items()) {
      entry.asMap().flatMap(map -> map.get(key)).ifPresent(roots::add);
    }
  }

  private static Optional<List<Node.Scalar>> resolve(List<Node> roots, String[] segments) {
    if (roots.isEmpty()) {
      return Optional.empty();
    }
    List<Node.Scalar> scalars = new ArrayList<>();
    for (Node root : roots) {
      Optional<Node> node = Optional.of(root);
      for (int i = 1; i < segments.length && node.isPresent(); i++) {
        String segment = segments[i];
        node = node.flatMap(Node::asMap).flatMap(map -> map.get(segment));
      }
      Optional<Node.Scalar> scalar = node.flatMap(Node::asScalar);
      if (scalar.isEmpty()) {
        return Optional.empty();
      }
      scalars.add(scalar.get());
    }
    return Optional.of(scalars);
  }
}
