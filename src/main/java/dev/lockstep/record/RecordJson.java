package dev.lockstep.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.env.CanonicalJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The wire form of a {@link Record}, translated field by field in both directions. Reading is
 * strict: a missing field, a field of the wrong type or a field this format does not define is
 * refused with its JSON path, so that a record lockstep accepts is one it can write back unchanged.
 */
public final class RecordJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RecordJson() {}

  /** The record's canonical text (see docs/record.md). */
  public static String write(Record record) {
    return CanonicalJson.write(tree(record));
  }

  /** The record as a JSON tree. */
  public static ObjectNode tree(Record record) {
    ObjectNode root = NODES.objectNode();
    root.put("format", record.format());
    root.set("os", os(record.os()));
    ArrayNode packages = root.putArray("packages");
    record.packages().forEach(p -> packages.add(pkg(p)));
    ArrayNode smoke = root.putArray("smoke");
    record.smoke().forEach(s -> smoke.add(smoke(s)));
    return root;
  }

  private static ObjectNode os(OsRelease os) {
    ObjectNode node = NODES.objectNode();
    node.put("debianVersion", os.debianVersion());
    node.put("id", os.id());
    node.put("prettyName", os.prettyName());
    node.put("versionCodename", os.versionCodename());
    node.put("versionId", os.versionId());
    return node;
  }

  private static ObjectNode pkg(InstalledPackage p) {
    ObjectNode node = NODES.objectNode();
    node.put("architecture", p.architecture());
    node.put("held", p.held());
    node.put("name", p.name());
    node.put("status", p.status());
    node.put("version", p.version());
    return node;
  }

  private static ObjectNode smoke(SmokeResult s) {
    ObjectNode node = NODES.objectNode();
    node.put("exitCode", s.exitCode());
    node.put("expect", s.expect());
    node.put("name", s.name());
    node.put("passed", s.passed());
    node.put("run", s.run());
    node.put("stderr", s.stderr());
    node.put("stdout", s.stdout());
    return node;
  }

  /** Reads a record from a JSON tree, refusing anything that is not one. */
  public static Record read(JsonNode root) throws RecordFormatException {
    Fields fields = Fields.of(root, "the document", Set.of("format", "os", "packages", "smoke"));
    int format = fields.integer("format");
    if (format != Record.FORMAT) {
      throw new RecordFormatException(
          "record format "
              + format
              + " is not the format "
              + Record.FORMAT
              + " this lockstep reads; use the lockstep that wrote it");
    }
    OsRelease os = readOs(fields.object("os"));
    List<InstalledPackage> packages = new ArrayList<>();
    for (Fields p : fields.objects("packages", PACKAGE_FIELDS)) {
      packages.add(readPackage(p));
    }
    List<SmokeResult> smoke = new ArrayList<>();
    for (Fields s : fields.objects("smoke", SMOKE_FIELDS)) {
      smoke.add(readSmoke(s));
    }
    try {
      return new Record(format, os, packages, smoke);
    } catch (IllegalArgumentException e) {
      throw new RecordFormatException(e.getMessage());
    }
  }

  private static OsRelease readOs(JsonNode node) throws RecordFormatException {
    Fields f =
        Fields.of(
            node,
            "os",
            Set.of("debianVersion", "id", "prettyName", "versionCodename", "versionId"));
    return new OsRelease(
        f.text("id"),
        f.text("versionId"),
        f.text("versionCodename"),
        f.text("prettyName"),
        f.text("debianVersion"));
  }

  private static InstalledPackage readPackage(Fields f) throws RecordFormatException {
    String name = f.text("name");
    if (name.isEmpty()) {
      throw new RecordFormatException(f.where + ".name is empty");
    }
    return new InstalledPackage(
        name, f.text("version"), f.text("architecture"), f.text("status"), f.bool("held"));
  }

  private static SmokeResult readSmoke(Fields f) throws RecordFormatException {
    return new SmokeResult(
        f.text("name"),
        f.text("run"),
        f.text("expect"),
        f.integer("exitCode"),
        f.text("stdout"),
        f.text("stderr"),
        f.bool("passed"));
  }

  /** One JSON object whose fields are read by name, each failure naming its path. */
  private static final class Fields {
    private final JsonNode node;
    private final String where;

    private Fields(JsonNode node, String where) {
      this.node = node;
      this.where = where;
    }

    static Fields of(JsonNode node, String where, Set<String> names) throws RecordFormatException {
      if (node == null || !node.isObject()) {
        throw new RecordFormatException(where + " is not a JSON object");
      }
      Set<String> present = new TreeSet<>();
      node.fieldNames().forEachRemaining(present::add);
      for (String name : present) {
        if (!names.contains(name)) {
          throw new RecordFormatException(where + " has a field a record does not have: " + name);
        }
      }
      for (String name : new TreeSet<>(names)) {
        if (!present.contains(name)) {
          throw new RecordFormatException(where + " lacks the field " + name);
        }
      }
      return new Fields(node, where);
    }

    String text(String name) throws RecordFormatException {
      JsonNode value = node.get(name);
      if (!value.isTextual()) {
        throw wrongType(name, "a string");
      }
      return value.textValue();
    }

    boolean bool(String name) throws RecordFormatException {
      JsonNode value = node.get(name);
      if (!value.isBoolean()) {
        throw wrongType(name, "true or false");
      }
      return value.booleanValue();
    }

    int integer(String name) throws RecordFormatException {
      JsonNode value = node.get(name);
      if (!value.isInt()) {
        throw wrongType(name, "an integer");
      }
      return value.intValue();
    }

    JsonNode object(String name) {
      return node.get(name);
    }

    List<Fields> objects(String name, Set<String> names) throws RecordFormatException {
      JsonNode value = node.get(name);
      if (!value.isArray()) {
        throw wrongType(name, "an array");
      }
      List<Fields> result = new ArrayList<>();
      Iterator<JsonNode> elements = value.elements();
      for (int i = 0; elements.hasNext(); i++) {
        result.add(Fields.of(elements.next(), name + "[" + i + "]", names));
      }
      return result;
    }

    private RecordFormatException wrongType(String name, String expected) {
      String path = where.equals("the document") ? name : where + "." + name;
      return new RecordFormatException(path + " must be " + expected);
    }
  }

  private static final Set<String> PACKAGE_FIELDS =
      Set.of("architecture", "held", "name", "status", "version");
  private static final Set<String> SMOKE_FIELDS =
      Set.of("exitCode", "expect", "name", "passed", "run", "stderr", "stdout");
}
