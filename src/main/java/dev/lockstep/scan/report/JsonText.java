package dev.lockstep.scan.report;

import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers and booleans as indented JSON. The check path writes its
 * reports with this rather than a JSON library, which keeps a pre-commit run's start-up short.
 */
final class JsonText {
  private JsonText() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value, 0);
    return out.append('\n').toString();
  }

  private static void write(StringBuilder out, Object value, int depth) {
    if (value instanceof Map<?, ?> map) {
      object(out, map, depth);
    } else if (value instanceof List<?> list) {
      array(out, list, depth);
    } else if (value instanceof String text) {
      quote(out, text);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else {
      out.append("null");
    }
  }

  private static void object(StringBuilder out, Map<?, ?> map, int depth) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    int i = 0;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      indent(out, depth + 1);
      quote(out, String.valueOf(entry.getKey()));
      out.append(": ");
      write(out, entry.getValue(), depth + 1);
      out.append(++i < map.size() ? ",\n" : "\n");
    }
    indent(out, depth);
    out.append('}');
  }

  private static void array(StringBuilder out, List<?> list, int depth) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append("[\n");
    for (int i = 0; i < list.size(); i++) {
      indent(out, depth + 1);
      write(out, list.get(i), depth + 1);
      out.append(i + 1 < list.size() ? ",\n" : "\n");
    }
    indent(out, depth);
    out.append(']');
  }

  private static void indent(StringBuilder out, int depth) {
    out.append("  ".repeat(depth));
  }

  static void quote(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
