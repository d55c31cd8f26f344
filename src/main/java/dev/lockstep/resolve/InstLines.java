package dev.lockstep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a simulated {@code apt-get install -s} would install. apt prints one {@code Inst} line
 * per package: {@code Inst NAME [OLD] (VERSION ORIGINS [ARCH])}, the old version only when the
 * package is upgraded. Lines of other kinds ({@code Conf}, notes) are skipped.
 */
public final class InstLines {
  private static final Pattern INST =
      Pattern.compile("^Inst (\\S+) (?:\\[(\\S+)] )?\\((\\S+) (.*) \\[([^\\]]+)]\\)(?: \\[.*])?$");

  private InstLines() {}

  /** One package apt would install. */
  public record Inst(String name, String version, String architecture) {
    public Inst {
      Objects.requireNonNull(name);
      Objects.requireNonNull(version);
      Objects.requireNonNull(architecture);
    }
  }

  /** Every {@code Inst} line of apt's output, in apt's order. */
  public static List<Inst> parse(String aptOutput) {
    List<Inst> result = new ArrayList<>();
    for (String line : aptOutput.split("\n")) {
      if (!line.startsWith("Inst ")) {
        continue;
      }
      Matcher matcher = INST.matcher(line.stripTrailing());
      if (!matcher.matches()) {
        throw new IllegalArgumentException(
            "apt printed an Inst line lockstep cannot read: " + line);
      }
      result.add(new Inst(stripArch(matcher.group(1)), matcher.group(3), matcher.group(5)));
    }
    return result;
  }

  // apt prints a foreign-architecture package as name:arch; the lock keeps them apart.
  private static String stripArch(String name) {
    int colon = name.indexOf(':');
    return colon < 0 ? name : name.substring(0, colon);
  }
}
