package dev.lockstep.record;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code os-release} as its specification defines it: {@code KEY=value} lines, values
 * optionally in single or double quotes, backslash escapes inside double quotes, blank lines and
 * {@code #} comments ignored.
 */
final class OsReleaseParser {
  private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private OsReleaseParser() {}

  /** The OS release from the os-release lines and the debian_version lines. */
  static OsRelease parse(List<String> osRelease, List<String> debianVersion) throws ProbeException {
    Map<String, String> fields = fields(osRelease);
    return new OsRelease(
        fields.getOrDefault("ID", ""),
        fields.getOrDefault("VERSION_ID", ""),
        fields.getOrDefault("VERSION_CODENAME", ""),
        fields.getOrDefault("PRETTY_NAME", ""),
        debianVersion(debianVersion));
  }

  static Map<String, String> fields(List<String> lines) throws ProbeException {
    Map<String, String> fields = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int equals = line.indexOf('=');
      if (equals <= 0 || !KEY.matcher(line.substring(0, equals)).matches()) {
        throw new ProbeException(
            ProbeScript.OS_RELEASE, "line " + (i + 1) + " is not KEY=value: " + line);
      }
      fields.put(line.substring(0, equals), value(line.substring(equals + 1), i + 1));
    }
    return fields;
  }

  private static String value(String raw, int lineNumber) throws ProbeException {
    if (raw.length() >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
      return raw.substring(1, raw.length() - 1);
    }
    if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
      return unescaped(raw.substring(1, raw.length() - 1));
    }
    if (raw.startsWith("\"") || raw.startsWith("'")) {
      throw new ProbeException(
          ProbeScript.OS_RELEASE, "line " + lineNumber + " has an unclosed quote: " + raw);
    }
    return raw;
  }

  private static String unescaped(String text) {
    StringBuilder result = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && "\"\\$`".indexOf(text.charAt(i + 1)) >= 0) {
        c = text.charAt(++i);
      }
      result.append(c);
    }
    return result.toString();
  }

  private static String debianVersion(List<String> lines) throws ProbeException {
    List<String> text = lines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (text.size() > 1) {
      throw new ProbeException(
          ProbeScript.DEBIAN_VERSION, "expected one line, found " + text.size() + ": " + text);
    }
    return text.isEmpty() ? "" : text.get(0);
  }
}
