package dev.lockstep.resolve;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads the stanzas {@code apt-cache show NAME=VERSION…} prints: the archive index's record of each
 * .deb, of which lockstep keeps the SHA256.
 */
public final class AptCacheShow {
  private AptCacheShow() {}

  /** The .deb sha256 of each {@code name=version/architecture} the output describes. */
  public static Map<String, String> sha256s(String output) {
    Map<String, String> result = new HashMap<>();
    for (String stanza : output.split("\n\\s*\n")) {
      Map<String, String> fields = fields(stanza);
      String name = fields.get("Package");
      String sha = fields.get("SHA256");
      if (name != null && sha != null) {
        result.putIfAbsent(key(name, fields.get("Version"), fields.get("Architecture")), sha);
      }
    }
    return result;
  }

  /** The key {@link #sha256s} uses. */
  public static String key(String name, String version, String architecture) {
    return name + "=" + version + "/" + architecture;
  }

  private static Map<String, String> fields(String stanza) {
    Map<String, String> fields = new HashMap<>();
    for (String line : stanza.split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && !Character.isWhitespace(line.charAt(0))) {
        fields.put(line.substring(0, colon), line.substring(colon + 1).strip());
      }
    }
    return fields;
  }
}
