package dev.lockstep.scan.actions;

import dev.lockstep.scan.EmbeddedLine;
import dev.lockstep.scan.ExactVersion;
import dev.lockstep.scan.Node;
import dev.lockstep.scan.Report;
import dev.lockstep.scan.Rules;
import dev.lockstep.scan.ScalarLines;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The version inputs of setup actions ({@code actions/setup-node}, {@code setup-python}, {@code
 * setup-go}, {@code setup-java}, {@code ruby/setup-ruby}, {@code pnpm/action-setup}, …): any input
 * named {@code version} or ending in {@code -version} or {@code _version} must name one release.
 * {@code *-version-file} inputs read a file the repository pins, and are fine. A value from {@code
 * ${{ matrix.x }}} is judged value by value; other expressions are not visible here and are not
 * reported.
 */
final class SetupVersions {
  private static final Map<String, String> EXAMPLES =
      Map.of(
          "node", "20.11.1",
          "python", "3.12.4",
          "go", "1.22.3",
          "java", "21.0.2",
          "dotnet", "8.0.204",
          "ruby", "3.3.1");

  private SetupVersions() {}

  static boolean isSetupAction(String name) {
    String[] parts = name.toLowerCase(Locale.ROOT).split("/");
    return parts.length >= 2 && parts[1].contains("setup");
  }

  static void check(String action, Node.MapNode with, Matrix matrix, Steps.Context context) {
    for (Map.Entry<String, Node> input : with.values().entrySet()) {
      if (isVersionInput(input.getKey())) {
        input
            .getValue()
            .asScalar()
            .ifPresent(v -> value(action, input.getKey(), v, matrix, context));
      }
    }
  }

  private static boolean isVersionInput(String key) {
    String name = key.toLowerCase(Locale.ROOT);
    // A cache-version input names a cache key, not a release.
    return !name.startsWith("cache")
        && (name.equals("version") || name.endsWith("-version") || name.endsWith("_version"));
  }

  private static void value(
      String action, String input, Node.Scalar value, Matrix matrix, Steps.Context context) {
    for (Candidates.Candidate candidate : Candidates.of(value, matrix)) {
      if (candidate.text().contains("${{")) {
        continue;
      }
      List<EmbeddedLine> lines =
          candidate.text().equals(candidate.where().text())
              ? ScalarLines.of(candidate.where(), context.fileLines())
              : List.of(
                  new EmbeddedLine(
                      candidate.where().line(), candidate.where().textColumn(), candidate.text()));
      lines.forEach(line -> line(action, input, line, context.report()));
    }
  }

  private static void line(String action, String input, EmbeddedLine line, Report report) {
    String version = line.text().strip();
    if (version.isEmpty() || ExactVersion.isExact(version)) {
      return;
    }
    int column = line.column() + line.text().indexOf(version);
    report.finding(
        Rules.TOOLCHAIN_UNPINNED,
        line.line(),
        column,
        action
            + " "
            + input
            + ": "
            + version
            + " is not one release; write the exact version, such as "
            + example(input));
  }

  private static String example(String input) {
    String name = input.toLowerCase(Locale.ROOT);
    return EXAMPLES.entrySet().stream()
        .filter(entry -> name.startsWith(entry.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse("1.2.3");
  }
}
