package dev.lockstep.scan.actions;

import dev.lockstep.scan.ImageText;
import dev.lockstep.scan.Node;
import dev.lockstep.scan.Report;
import dev.lockstep.scan.Rules;
import java.util.regex.Pattern;

/**
 * A {@code uses:} value, of a step or of a job calling a reusable workflow. A full 40-hex commit
 * pins it (a {@code # v4} comment beside it is for people and is not part of the value); a local
 * path ({@code ./…}) is part of this repository; {@code docker://} names an image, which needs a
 * digest.
 */
final class Uses {
  private static final Pattern FULL_SHA = Pattern.compile("[0-9a-fA-F]{40}");
  private static final Pattern SHORT_SHA = Pattern.compile("[0-9a-fA-F]{7,39}");

  private Uses() {}

  static void check(Node.Scalar uses, Report report) {
    String text = uses.text().strip();
    if (text.isEmpty() || text.startsWith("./") || text.startsWith(".\\") || text.contains("${{")) {
      return;
    }
    if (text.startsWith("docker://")) {
      image(uses, text.substring("docker://".length()), report);
      return;
    }
    int at = text.lastIndexOf('@');
    String name = at < 0 ? text : text.substring(0, at);
    String ref = at < 0 ? "" : text.substring(at + 1);
    if (FULL_SHA.matcher(ref).matches()) {
      return;
    }
    if (SHORT_SHA.matcher(ref).matches()) {
      report.finding(
          Rules.ACTION_SHORT_SHA,
          uses.line(),
          uses.textColumn(),
          text + " is pinned to a short SHA; use the full 40-hex commit");
      return;
    }
    String comment = ref.isEmpty() ? "" : " # " + ref;
    report.finding(
        Rules.ACTION_UNPINNED,
        uses.line(),
        uses.textColumn(),
        text + " is not pinned to a commit; pin it as " + name + "@<40-hex sha>" + comment);
  }

  /** The action's name without its ref, such as {@code actions/setup-node}. */
  static String name(Node.Scalar uses) {
    String text = uses.text().strip();
    int at = text.lastIndexOf('@');
    return at < 0 ? text : text.substring(0, at);
  }

  private static void image(Node.Scalar uses, String image, Report report) {
    if (ImageText.judge(image) == ImageText.Verdict.FLOATING) {
      report.finding(
          Rules.IMAGE_UNPINNED, uses.line(), uses.textColumn(), ImageText.message(image));
    }
  }
}
