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
  private static final Matrix NONE = new Matrix(Optional.empty(), List.of());
  private final Optional<Node.MapNode> matrix;
  private final List<Node.MapNode> envs;

  private Matrix(Optional<Node.MapNode> matrix, List<Node.MapNode> envs) {
    this.matrix = matrix;
    this.envs = List.copyOf(envs);
  }

  static Matrix none() {
    return NONE;
  }

  /** The matrix of a job, with the job's and the workflow's {@code env:}. */
  static Matrix of(Node.MapNode job, Optional<Node.MapNode> workflowEnv) {
    List<Node.MapNode> envs = new ArrayList<>();
    job.map("env").ifPresent(envs::add);
    workflowEnv.ifPresent(envs::add);
    return new Matrix(job.map("strategy").flatMap(strategy -> strategy.map("matrix")), envs);
  }

  /** The same, seen from a step with its own {@code env:}, which comes first. */
  Matrix withEnv(Optional<Node.MapNode> stepEnv) {
    if (stepEnv.isEmpty()) {
      return this;
    }
    List<Node.MapNode> nearestFirst = new ArrayList<>();
    nearestFirst.add(stepEnv.get());
    nearestFirst.addAll(envs);
    return new Matrix(matrix, nearestFirst);
  }

  /** The value of {@code env.NAME} from the nearest {@code env:} that sets it. */
  Optional<List<Node.Scalar>> env(String name) {
    for (Node.MapNode env : envs) {
      if (env.has(name)) {
        return env.scalar(name).map(List::of);
      }
    }
    return Optional.empty();
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
