package dev.lockstep.scan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a value read by the TOML library is written, since that library gives no positions:
 * the next quoted occurrence of the string after a table header, in file order. A value not found
 * where expected points at its table's header, and a quoted copy of the value in a comment just
 * before it is taken for it.
 */
public final class TomlText {
  private final String text;
  private int cursor;

  public TomlText(String text) {
    this.text = text;
  }

  /** Moves to the header {@code [name]}; returns whether it is written. */
  public boolean seekTable(String name) {
    String dotted = Pattern.quote(name).replace("\\.", "\\E\\s*\\.\\s*\\Q");
    Matcher header = Pattern.compile("(?m)^\\s*\\[\\s*" + dotted + "\\s*]").matcher(text);
    boolean found = header.find();
    cursor = found ? header.end() : 0;
    return found;
  }

  /** Moves past the next {@code key =} from here. */
  public void seekKey(String key) {
    Matcher line =
        Pattern.compile("(?m)^\\s*[\"']?" + Pattern.quote(key) + "[\"']?\\s*=").matcher(text);
    if (line.find(cursor)) {
      cursor = line.end();
    }
  }

  /** The 1-based line and column of the next quoted occurrence of {@code value}. */
  public int[] next(String value) {
    int at = find(value);
    if (at >= 0) {
      cursor = at + value.length();
      return position(at + 1);
    }
    return position(cursor);
  }

  private int find(String value) {
    int best = -1;
    for (char quote : new char[] {'"', '\''}) {
      int at = text.indexOf(quote + value + quote, cursor);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }

  private int[] position(int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }
}
