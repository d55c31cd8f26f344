package dev.lockstep.scan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML (every document of a stream) and JSON into {@link Node} trees that keep positions.
 * YAML anchors and aliases are resolved, and merge keys ({@code <<: *base}) are merged, as Compose
 * files rely on both. A file that cannot be parsed gives the documents read before the error and a
 * {@link Failure} naming where it went wrong; nothing is thrown.
 */
public final class Trees {
  private static final int MAX_DEPTH = 200;
  private static final YAMLFactory YAML = YAMLFactory.builder().build();
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
          .build();

  private Trees() {}

  /** Where and why a file could not be parsed. */
  public record Failure(int line, int column, String message) {}

  /** The documents read, and the failure that stopped reading, if any. */
  public record Parsed(List<Node> documents, Optional<Failure> failure) {
    public Parsed {
      documents = List.copyOf(documents);
    }

    /** Reports the failure, if any, as a diagnostic. */
    public void reportFailure(Report report, String what) {
      failure.ifPresent(f -> report.diagnostic(f.line(), f.column(), what + ": " + f.message()));
    }
  }

  /** Reads every document of a YAML stream. */
  public static Parsed yaml(String source) {
    String text = withoutByteOrderMark(source);
    try (JsonParser parser = YAML.createParser(text)) {
      return new Reader(parser, text.split("\r?\n", -1)).readAll();
    } catch (IOException | RuntimeException e) {
      return new Parsed(List.of(), Optional.of(failure(e)));
    }
  }

  /** Reads one JSON document. */
  public static Parsed json(String source) {
    try (JsonParser parser = JSON.createParser(withoutByteOrderMark(source))) {
      return new Reader(parser, null).readAll();
    } catch (IOException | RuntimeException e) {
      return new Parsed(List.of(), Optional.of(failure(e)));
    }
  }

  /** The text without a leading byte order mark, which editors do not show as a column. */
  public static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static Failure failure(Exception e) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      Mark at = marked.getProblemMark();
      String problem = marked.getProblem() == null ? "unreadable" : marked.getProblem();
      return new Failure(at.getLine() + 1, at.getColumn() + 1, firstLine(problem));
    }
    if (e instanceof JsonProcessingException processing && processing.getLocation() != null) {
      JsonLocation at = processing.getLocation();
      return new Failure(
          at.getLineNr(), at.getColumnNr(), firstLine(processing.getOriginalMessage()));
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new Failure(1, 1, firstLine(message));
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** One pass over a parser's tokens. */
  private static final class Reader {
    private final JsonParser parser;
    private final String[] lines;
    private final Map<String, Node> anchors = new HashMap<>();

    Reader(JsonParser parser, String[] lines) {
      this.parser = parser;
      this.lines = lines;
    }

    Parsed readAll() {
      List<Node> documents = new ArrayList<>();
      try {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
          documents.add(value(token, 0));
        }
        return new Parsed(documents, Optional.empty());
      } catch (IOException | RuntimeException e) {
        return new Parsed(documents, Optional.of(failure(e)));
      }
    }

    private Node value(JsonToken token, int depth) throws IOException {
      if (depth > MAX_DEPTH) {
        throw new JsonProcessingException("nested too deeply", parser.currentTokenLocation()) {};
      }
      JsonLocation at = parser.currentTokenLocation();
      int line = Math.max(1, at.getLineNr());
      int column = Math.max(1, at.getColumnNr());
      String anchor = anchor();
      if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
        Node target = anchors.get(parser.getText());
        return target != null ? target : new Node.Scalar(line, column, "", true, Node.Style.PLAIN);
      }
      Node node =
          switch (token) {
            case START_OBJECT -> map(line, column, depth);
            case START_ARRAY -> seq(line, column, depth);
            case VALUE_NULL -> new Node.Scalar(line, column, "", true, Node.Style.PLAIN);
            default ->
                new Node.Scalar(line, column, parser.getText(), false, style(token, line, column));
          };
      if (anchor != null) {
        anchors.put(anchor, node);
      }
      return node;
    }

    private String anchor() throws IOException {
      return parser instanceof YAMLParser yaml ? yaml.getObjectId() : null;
    }

    private Node map(int line, int column, int depth) throws IOException {
      Map<String, Node> values = new LinkedHashMap<>();
      Map<String, Node.Scalar> keys = new LinkedHashMap<>();
      List<Node> merges = new ArrayList<>();
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        JsonLocation at = parser.currentTokenLocation();
        String key = parser.currentName();
        int keyLine = Math.max(1, at.getLineNr());
        int keyColumn = Math.max(1, at.getColumnNr());
        Node.Style keyStyle = style(JsonToken.VALUE_STRING, keyLine, keyColumn);
        Node.Scalar keyNode = new Node.Scalar(keyLine, keyColumn, key, false, keyStyle);
        Node value = value(parser.nextToken(), depth + 1);
        if (key.equals("<<") && parser instanceof YAMLParser) {
          merges.add(value);
        } else {
          values.put(key, value);
          keys.put(key, keyNode);
        }
      }
      if (token != JsonToken.END_OBJECT) {
        throw new JsonProcessingException("unexpected " + token, parser.currentTokenLocation()) {};
      }
      for (Node merge : merges) {
        merge(values, keys, merge);
      }
      return new Node.MapNode(line, column, values, keys);
    }

    private static void merge(Map<String, Node> values, Map<String, Node.Scalar> keys, Node from) {
      if (from instanceof Node.SeqNode seq) {
        seq.items().forEach(item -> merge(values, keys, item));
      } else if (from instanceof Node.MapNode map) {
        map.values().forEach(values::putIfAbsent);
        map.keys().forEach(keys::putIfAbsent);
      }
    }

    private Node seq(int line, int column, int depth) throws IOException {
      List<Node> items = new ArrayList<>();
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        if (token == null) {
          throw new JsonProcessingException("unexpected end", parser.currentTokenLocation()) {};
        }
        items.add(value(token, depth + 1));
      }
      return new Node.SeqNode(line, column, items);
    }

    private Node.Style style(JsonToken token, int line, int column) {
      if (lines == null) {
        return token == JsonToken.VALUE_STRING ? Node.Style.DOUBLE_QUOTED : Node.Style.PLAIN;
      }
      if (line > lines.length || column > lines[line - 1].length()) {
        return Node.Style.PLAIN;
      }
      return switch (lines[line - 1].charAt(column - 1)) {
        case '|' -> Node.Style.LITERAL;
        case '>' -> Node.Style.FOLDED;
        case '\'' -> Node.Style.SINGLE_QUOTED;
        case '"' -> Node.Style.DOUBLE_QUOTED;
        default -> Node.Style.PLAIN;
      };
    }
  }
}
