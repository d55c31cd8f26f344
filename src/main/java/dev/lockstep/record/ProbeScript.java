package dev.lockstep.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one script that reads a target's OS release and dpkg database in a single round trip, and the
 * reader that splits its output back into one section per probe. It needs only /bin/sh, cat and
 * dpkg-query, all of which a minbase Debian has.
 */
final class ProbeScript {
  static final String OS_RELEASE = "os-release";
  static final String DEBIAN_VERSION = "debian_version";
  static final String DPKG = "dpkg";

  // Package names, versions and os-release lines never start with this, so it cannot collide.
  private static final String MARK = "### lockstep ";

  static final String TEXT =
      String.join(
          "\n",
          "LC_ALL=C; export LC_ALL",
          section(
              OS_RELEASE,
              "if [ -r /etc/os-release ]; then cat /etc/os-release;"
                  + " else cat /usr/lib/os-release; fi"),
          section(DEBIAN_VERSION, "cat /etc/debian_version"),
          section(
              DPKG,
              "dpkg-query -W -f='${Package}\\t${Version}\\t${Architecture}"
                  + "\\t${db:Status-Want}\\t${db:Status-Status}\\n'"),
          "echo '" + MARK + "end'",
          "");

  private ProbeScript() {}

  /** One probe's output lines and the exit status of its command. */
  record Section(String name, List<String> lines, int status) {}

  // The echo after each command ends a last line that has no newline of its own.
  private static String section(String name, String command) {
    return "echo '"
        + MARK
        + "begin "
        + name
        + "'\n"
        + command
        + "\nstatus=$?\necho\necho \""
        + MARK
        + "status "
        + name
        + " $status\"";
  }

  /** Splits the script's stdout into its sections, keyed by probe name. */
  static Map<String, Section> sections(ShellResult result) throws ProbeException {
    Map<String, Section> sections = new LinkedHashMap<>();
    String current = null;
    List<String> lines = new ArrayList<>();
    boolean ended = false;
    for (String line : result.stdout().split("\n", -1)) {
      if (line.equals(MARK + "end")) {
        ended = true;
      } else if (line.startsWith(MARK + "begin ")) {
        current = line.substring((MARK + "begin ").length());
        lines = new ArrayList<>();
      } else if (line.startsWith(MARK + "status ") && current != null) {
        sections.put(current, new Section(current, List.copyOf(lines), status(line, current)));
        current = null;
      } else if (current != null) {
        lines.add(line);
      }
    }
    if (!ended) {
      throw new ProbeException("script", "the probe script did not finish" + exitAndStderr(result));
    }
    return sections;
  }

  /** The named section, refused when it is missing or its command failed. */
  static Section require(Map<String, Section> sections, String name, ShellResult result)
      throws ProbeException {
    Section section = sections.get(name);
    if (section == null) {
      throw new ProbeException(name, "its output is missing" + exitAndStderr(result));
    }
    if (section.status() != 0) {
      throw new ProbeException(
          name, "its command exited " + section.status() + exitAndStderr(result));
    }
    return section;
  }

  private static int status(String line, String name) throws ProbeException {
    String text = line.substring((MARK + "status " + name + " ").length());
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new ProbeException(name, "unreadable exit status: " + line);
    }
  }

  static String exitAndStderr(ShellResult result) {
    String stderr = result.stderr().strip();
    String tail = stderr.isEmpty() ? "" : "; stderr: " + lastLines(stderr, 5);
    return " (script exit " + result.exitCode() + tail + ")";
  }

  private static String lastLines(String text, int count) {
    List<String> lines = List.of(text.split("\n"));
    return String.join(" | ", lines.subList(Math.max(0, lines.size() - count), lines.size()));
  }
}
