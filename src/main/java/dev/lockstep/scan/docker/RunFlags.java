package dev.lockstep.scan.docker;

import dev.lockstep.scan.EmbeddedLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes the builder's own flags ({@code --mount=…}, {@code --network=…}, {@code --security=…}) off
 * the front of a RUN instruction, handing each {@code --mount} value to a callback, so the shell
 * reader sees only the command. The flags are blanked rather than cut so columns stay true.
 */
final class RunFlags {
  /** Receives a {@code --mount} value and where it starts. */
  interface MountSink {
    void mount(String value, int line, int column);
  }

  private RunFlags() {}

  static List<EmbeddedLine> strip(List<EmbeddedLine> args, char escape, MountSink mounts) {
    List<EmbeddedLine> result = new ArrayList<>();
    boolean inFlags = true;
    for (int n = 0; n < args.size(); n++) {
      EmbeddedLine line = args.get(n);
      if (!inFlags) {
        result.add(line);
        continue;
      }
      char[] text = line.text().toCharArray();
      int i = 0;
      while (inFlags && i < text.length) {
        if (Character.isWhitespace(text[i])) {
          i++;
        } else if (text[i] == escape && i == line.text().stripTrailing().length() - 1) {
          text[i] = ' ';
          i++;
        } else if (text[i] == '-' && i + 1 < text.length && text[i + 1] == '-') {
          int end = flagEnd(text, i);
          String flag = new String(text, i, end - i);
          if (flag.startsWith("--mount=")) {
            mounts.mount(unquote(flag.substring(8)), line.line(), line.column() + i + 8);
          }
          for (int k = i; k < end; k++) {
            text[k] = ' ';
          }
          i = end;
        } else {
          inFlags = false;
        }
      }
      String remaining = new String(text);
      if (!remaining.isBlank()) {
        result.add(new EmbeddedLine(line.line(), line.column(), remaining));
      }
    }
    return result;
  }

  private static int flagEnd(char[] text, int start) {
    int i = start;
    char quote = 0;
    while (i < text.length) {
      char c = text[i];
      if (quote == 0 && Character.isWhitespace(c)) {
        break;
      }
      if (quote == 0 && (c == '"' || c == '\'')) {
        quote = c;
      } else if (c == quote) {
        quote = 0;
      }
      i++;
    }
    return i;
  }

  private static String unquote(String value) {
    return value.replace("\"", "").replace("'", "");
  }
}
