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
          Map.entry("DL3008", Rules.OS_PACKAGE_UNPINNED),
          Map.entry("DL3013", Rules.PIP_INSTALL_UNPINNED),
          Map.entry("DL3016", Rules.NPM_INSTALL_UNPINNED),
          Map.entry("DL3018", Rules.OS_PACKAGE_UNPINNED),
          Map.entry("DL3028", Rules.GEM_INSTALL_UNPINNED),
          Map.entry("DL3033", Rules.OS_PACKAGE_UNPINNED),
          Map.entry("DL3037", Rules.OS_PACKAGE_UNPINNED),
          Map.entry("DL3041", Rules.OS_PACKAGE_UNPINNED));
  private static final Set<Rule> ACTION_RULES =
      Set.of(Rules.ACTION_UNPINNED, Rules.ACTION_SHORT_SHA);

  /**
   * What one line suppresses.
   *
   * @param rules the rules suppressed on this line and the next
   * @param fileWide the rules suppressed in the whole file ({@code hadolint global ignore})
   * @param problems suppressions written wrongly, each a message naming the fix
   */
  public record Line(Set<Rule> rules, Set<Rule> fileWide, List<String> problems) {
    static final Line NONE = new Line(Set.of(), Set.of(), List.of());
  }

  private Suppressions() {}

  /** Reads the suppressions a line holds; most lines hold none and cost one scan. */
  public static Line of(String text) {
    if (text.indexOf("ignore") < 0 && text.indexOf("ratchet") < 0) {
      return Line.NONE;
    }
    Set<Rule> rules = new HashSet<>();
    Set<Rule> fileWide = new HashSet<>();
    List<String> problems = new ArrayList<>();
    lockstep(text, rules, problems);
    hadolint(text, rules, fileWide);
    zizmor(text, rules);
    if (text.contains("ratchet:exclude")) {
      rules.addAll(ACTION_RULES);
      rules.add(Rules.IMAGE_UNPINNED);
    }
    if (rules.isEmpty() && fileWide.isEmpty() && problems.isEmpty()) {
      return Line.NONE;
    }
    return new Line(Set.copyOf(rules), Set.copyOf(fileWide), List.copyOf(problems));
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
