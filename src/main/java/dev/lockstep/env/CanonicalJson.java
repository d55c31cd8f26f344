package dev.lockstep.env;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one JSON form lockstep writes for locks and records: keys sorted at every level, two-space
 * indent, {@code "key": value}, LF line ends and one final newline. Equal contents give equal
 * bytes, which is what makes a zero-byte re-lock and a byte-for-byte record diff possible.
 */
public final class CanonicalJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private static final DefaultPrettyPrinter PRINTER = printer();

  private CanonicalJson() {}

  /** The shared mapper for reading lockstep's JSON files; it accepts only standard JSON. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Writes a value (a record, a map or a tree) in canonical form. */
  public static String write(Object value) {
    JsonNode tree = sorted(MAPPER.valueToTree(value));
    try {
      return MAPPER.writer(PRINTER).writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The canonical bytes of a value, UTF-8. */
  public static byte[] bytes(Object value) {
    return write(value).getBytes(StandardCharsets.UTF_8);
  }

  /** Reads JSON text into a tree; the caller turns a failure into a diagnostic. */
  public static JsonNode read(String text) throws IOException {
    return MAPPER.readTree(text);
  }

  /** The lowercase hex sha256 of some bytes. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  // valueToTree keeps insertion order for ObjectNodes built by hand; sort them explicitly.
  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      var result = MAPPER.createObjectNode();
      var names = new java.util.TreeSet<String>();
      node.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        result.set(name, sorted(node.get(name)));
      }
      return result;
    }
    if (node.isArray()) {
      var result = MAPPER.createArrayNode();
      node.forEach(element -> result.add(sorted(element)));
      return result;
    }
    return node;
  }

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
