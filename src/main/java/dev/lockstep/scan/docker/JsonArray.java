package dev.lockstep.scan.docker;

import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of RUN, CMD and SHELL: an array of strings. Anything else is not the JSON form, and
 * the builder then reads the text as shell form, so this returns null rather than failing.
 */
final class JsonArray {
  private final String text;
  private int at;

  private JsonArray(String text) {
    this.text = text;
  }

  static List<String> parse(String text) {
    JsonArray parser = new JsonArray(text.trim());
    try {
      return parser.array();
    } catch (IndexOutOfBoundsException | NumberFormatException e) {
      return null;
    }
  }

  private List<String> array() {
    List<String> values = new ArrayList<>();
    if (!expect('[')) {
      return null;
    }
    space();
    if (peek() == ']') {
      at++;
      return atEnd() ? values : null;
    }
    while (true) {
      space();
      String value = string();
      if (value == null) {
        return null;
      }
      values.add(value);
      space();
      char c = text.charAt(at++);
      if (c == ']') {
        return atEnd() ? values : null;
      }
      if (c != ',') {
        return null;
      }
    }
  }

  private boolean atEnd() {
    space();
    return at == text.length();
  }

  private String string() {
    if (!expect('"')) {
      return null;
    }
    StringBuilder value = new StringBuilder();
    while (true) {
      char c = text.charAt(at++);
      if (c == '"') {
        return value.toString();
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }
      char escaped = text.charAt(at++);
      switch (escaped) {
        case 'n' -> value.append('\n');
        case 't' -> value.append('\t');
        case 'r' -> value.append('\r');
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'u' -> {
          value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
        }
        default -> value.append(escaped);
      }
    }
  }

  private boolean expect(char c) {
    if (peek() != c) {
      return false;
    }
    at++;
    return true;
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void space() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }
}
