package dev.lockstep.scan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppression comments on one line: lockstep's own {@code lockstep: ignore[RULE,…] reason}, and the
 * pragmas of tools teams already use, honoured for the lockstep rules they correspond to: {@code
 * hadolint ignore=DL…}, {@code zizmor: ignore[…]} and {@code ratchet:exclude}.
 */
public final class Suppressions {
  private static final Pattern LOCKSTEP =
      Pattern.compile("lockstep:\\s*ignore\\[([^\\]]*)\\]([^\\n]*)");
  private static final Pattern HADOLINT =
      Pattern.compile("hadolint\\s+(global\\s+)?ignore\\s*=\\s*([A-Za-z0-9, ]+)");
  private static final Pattern ZIZMOR = Pattern.compile("zizmor:\\s*ignore\\[([^\\]]*)\\]");
  private static final Map<String, Rule> HADOLINT_RULES =
      Map.ofEntries(
          Map.entry("DL3006", Rules.IMAGE_UNPINNED),
          Map.entry("DL3007", Rules.IMAGE_UNPINNED),
          Map.entry("DL3013", Rules.PIP_INSTALL_UNPINNED),
          Map.entry("DL3016", Rules.NPM_INSTALL_UNPINNED),
          Map.entry("DL3028", Rules.GEM_INSTALL_UNPINNED));

  /** hadolint's version-pinning codes are per package manager; so is what they suppress. */
  private static final Map<String, Set<String>> HADOLINT_MANAGERS =
      Map.of(
          "DL3008", Set.of("apt-get", "apt", "aptitude"),
          "DL3018", Set.of("apk"),
          "DL3033", Set.of("yum"),
          "DL3037", Set.of("zypper"),
          "DL3041", Set.of("dnf", "microdnf"));

  private static final Set<Rule> ACTION_RULES =
      Set.of(Rules.ACTION_UNPINNED, Rules.ACTION_SHORT_SHA);

  /**
   * What one line suppresses.
   *
   * @param rules the rules suppressed on this line and the next
   * @param fileWide the rules suppressed in the whole file ({@code hadolint global ignore})
   * @param problems suppressions written wrongly, each a message naming the fix
   */
  public record Line(
      Set<Rule> rules,
      Set<Rule> fileWide,
      List<String> problems,
      Set<String> managers,
      Set<String> fileWideManagers) {
    static final Line NONE = new Line(Set.of(), Set.of(), List.of(), Set.of(), Set.of());

    public Line {
      rules = Set.copyOf(rules);
      fileWide = Set.copyOf(fileWide);
      problems = List.copyOf(problems);
      managers = Set.copyOf(managers);
      fileWideManagers = Set.copyOf(fileWideManagers);
    }

    /** Whether this line suppresses a finding on itself or the line below. */
    public boolean suppresses(Rule rule, String message) {
      return rules.contains(rule) || byManager(rule, message, managers);
    }

    /** Whether nothing on this line suppresses anything on the lines near it. */
    public boolean isQuiet() {
      return rules.isEmpty() && managers.isEmpty();
    }
  }

  /**
   * Whether an OS-package finding comes from one of the package managers named; its message starts
   * with the manager's name.
   */
  static boolean byManager(Rule rule, String message, Set<String> managers) {
    if (managers.isEmpty() || !rule.equals(Rules.OS_PACKAGE_UNPINNED)) {
      return false;
    }
    int space = message.indexOf(' ');
    return managers.contains(space < 0 ? message : message.substring(0, space));
  }

  private Suppressions() {}

  /** Reads the suppressions a line holds; most lines hold none and cost one scan. */
  public static Line of(String text) {
    if (text.indexOf("ignore") < 0 && text.indexOf("ratchet") < 0) {
      return Line.NONE;
    }
    Set<Rule> rules = new HashSet<>();
    Set<Rule> fileWide = new HashSet<>();
    Set<String> managers = new HashSet<>();
    Set<String> fileWideManagers = new HashSet<>();
    List<String> problems = new ArrayList<>();
    lockstep(text, rules, problems);
    hadolint(text, rules, fileWide);
    hadolintManagers(text, managers, fileWideManagers);
    zizmor(text, rules);
    if (text.contains("ratchet:exclude")) {
      rules.addAll(ACTION_RULES);
      rules.add(Rules.IMAGE_UNPINNED);
    }
    if (rules.isEmpty()
        && fileWide.isEmpty()
        && problems.isEmpty()
        && managers.isEmpty()
        && fileWideManagers.isEmpty()) {
      return Line.NONE;
    }
    return new Line(rules, fileWide, problems, managers, fileWideManagers);
  }

  private static void lockstep(String text, Set<Rule> rules, List<String> problems) {
    Matcher matcher = LOCKSTEP.matcher(text);
    while (matcher.find()) {
      String reason = matcher.group(2).replaceAll("(-->|\\*/|#}|%>)\\s*$", "").trim();
      Set<Rule> named = new HashSet<>();
      for (String id : matcher.group(1).split(",")) {
        String trimmed = id.trim();
        Rules.byId(trimmed)
            .ifPresentOrElse(
                named::add,
                () -> problems.add("lockstep: ignore names an unknown rule '" + trimmed + "'"));
      }
      if (reason.isEmpty()) {
        problems.add(
            "lockstep: ignore["
                + matcher.group(1).trim()
                + "] needs a reason after the bracket,"
                + " saying why this may float");
      } else {
        rules.addAll(named);
      }
    }
  }

  private static void hadolint(String text, Set<Rule> rules, Set<Rule> fileWide) {
    Matcher matcher = HADOLINT.matcher(text);
    while (matcher.find()) {
      for (String code : matcher.group(2).split("[, ]+")) {
        Rule rule = HADOLINT_RULES.get(code.trim());
        if (rule != null) {
          (matcher.group(1) != null ? fileWide : rules).add(rule);
        }
      }
    }
  }

  private static void hadolintManagers(
      String text, Set<String> managers, Set<String> fileWideManagers) {
    Matcher matcher = HADOLINT.matcher(text);
    while (matcher.find()) {
      for (String code : matcher.group(2).split("[, ]+")) {
        Set<String> named = HADOLINT_MANAGERS.get(code.trim());
        if (named != null) {
          (matcher.group(1) != null ? fileWideManagers : managers).addAll(named);
        }
      }
    }
  }

  private static void zizmor(String text, Set<Rule> rules) {
    Matcher matcher = ZIZMOR.matcher(text);
    while (matcher.find()) {
      for (String audit : matcher.group(1).split(",")) {
        switch (audit.trim()) {
          case "unpinned-uses" -> rules.addAll(ACTION_RULES);
          case "unpinned-images" -> rules.add(Rules.IMAGE_UNPINNED);
          default -> {}
        }
      }
    }
  }
}
