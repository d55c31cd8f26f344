package dev.lockstep.scan;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One rule of the pins linter. The id is stable: users name it in suppressions and in {@code
 * .lockstep.yaml}, and SARIF consumers key on it. Each rule has a page in {@code docs/rules/ID.md}
 * saying why it matters and how to fix it.
 *
 * @param id the stable kebab-case id, such as {@code image-unpinned}
 * @param summary one line saying what the rule finds, used as SARIF's shortDescription
 */
public record Rule(String id, String summary) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public Rule {
    Objects.requireNonNull(id);
    Objects.requireNonNull(summary);
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("rule id must be kebab-case: " + id);
    }
  }

  /** Where the rule's page lives, relative to the repository root. */
  public String docPath() {
    return "docs/rules/" + id + ".md";
  }
}
