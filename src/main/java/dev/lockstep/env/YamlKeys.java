package dev.lockstep.env;

import dev.lockstep.env.MatrixReader.Located;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Looks at the keys of one mapping of a YAML text, with where each key stands. */
final class YamlKeys {
  private static final Pattern STEP = Pattern.compile("([^\\[]*)(?:\\[(\\d+)])?");

  private YamlKeys() {}

  /**
   * The first key of the mapping at {@code path} (keys as written, {@code smoke[0]} for an item)
   * that is not one of {@code known}; empty when the text does not parse or has none.
   */
  static Optional<Located> unknownIn(String text, List<String> path, List<String> known) {
    Node node;
    try {
      node = new Yaml(new LoaderOptions()).compose(new StringReader(text));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    for (String step : path) {
      node = step(node, step);
    }
    if (!(node instanceof MappingNode mapping)) {
      return Optional.empty();
    }
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key && !known.contains(key.getValue())) {
        var mark = key.getStartMark();
        return Optional.of(new Located(key.getValue(), mark.getLine() + 1, mark.getColumn() + 1));
      }
    }
    return Optional.empty();
  }

  private static Node step(Node node, String step) {
    Matcher matcher = STEP.matcher(step);
    if (!matcher.matches() || !(node instanceof MappingNode mapping)) {
      return null;
    }
    Node value = null;
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(matcher.group(1))) {
        value = tuple.getValueNode();
      }
    }
    if (matcher.group(2) == null) {
      return value;
    }
    int index = Integer.parseInt(matcher.group(2));
    return value instanceof SequenceNode list && index < list.getValue().size()
        ? list.getValue().get(index)
        : null;
  }
}
