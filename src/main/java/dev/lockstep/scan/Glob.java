package dev.lockstep.scan;

import java.util.regex.Pattern;

/**
 * A path pattern as {@code .lockstep.yaml} writes them, matched against {@code /}-separated paths
 * relative to the root: {@code *} and {@code ?} stay inside one segment, {@code **} crosses
 * segments, and a pattern without a slash matches a name at any depth.
 */
public record Glob(String pattern, Pattern regex) {
  public static Glob of(String pattern) {
    String trimmed = pattern.startsWith("/") ? pattern.substring(1) : pattern;
    if (trimmed.endsWith("/")) {
      trimmed = trimmed + "**";
    }
    String prefix = trimmed.contains("/") ? "" : "(?:.*/)?";
    return new Glob(pattern, Pattern.compile(prefix + translate(trimmed) + "(?:/.*)?"));
  }

  private static String translate(String glob) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        boolean slash = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
        regex.append(slash ? "(?:.*/)?" : ".*");
        i += slash ? 2 : 1;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }

  public boolean matches(String path) {
    return regex.matcher(path).matches();
  }
}
