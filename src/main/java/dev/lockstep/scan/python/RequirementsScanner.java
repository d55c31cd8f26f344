package dev.lockstep.scan.python;

import dev.lockstep.scan.Report;
import dev.lockstep.scan.Rules;
import dev.lockstep.scan.Scanner;
import dev.lockstep.scan.SourceFile;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * pip requirements files. Each requirement needs an exact {@code ==} (or {@code ===}) version and a
 * {@code --hash}, so that pip's hash-checking mode installs exactly those bytes; a VCS reference
 * needs a full commit (it cannot be hashed). Includes ({@code -r}, {@code -c}), other options and
 * local paths are not requirements. Constraints files are not asked for hashes, since pip does not
 * take them there.
 *
 * <p>Files are recognised by name ({@code requirements*.txt}, {@code *requirements.txt}, {@code
 * requirements/*.txt}, {@code constraints*.txt}) or, for other {@code .txt} files, by content,
 * conservatively: every logical line must read as a requirement, an include or a pip option, at
 * least one must be a requirement, and at least one line must show a version operator, a {@code
 * --hash} or a pip option, so that a word list or a version file is not taken for one. Package
 * metadata under {@code *.egg-info/} is never a requirements file.
 */
public final class RequirementsScanner implements Scanner {
  private static final Pattern SIGNAL =
      Pattern.compile("(?m)(?:===?|~=|>=|<=|!=)\\s*\\d|--hash=|^\\s*(?:-r|-c|-i|--index-url)\\s");
  private static final int MAX_SNIFFED = 256 * 1024;

  @Override
  public boolean accepts(SourceFile file) {
    String name = file.name().toLowerCase(Locale.ROOT);
    // Package metadata (egg-info/requires.txt) uses its own sections and is not for pip -r.
    if (!name.endsWith(".txt")
        || file.path().contains(".egg-info/")
        || file.path().contains(".dist-info/")) {
      return false;
    }
    return isRequirementsName(file.path().toLowerCase(Locale.ROOT), name)
        || looksLikeRequirements(file);
  }

  private static boolean isRequirementsName(String path, String name) {
    return name.startsWith("requirements")
        || name.endsWith("requirements.txt")
        || name.startsWith("constraints")
        || name.endsWith("constraints.txt")
        || path.startsWith("requirements/")
        || path.contains("/requirements/");
  }

  private static boolean looksLikeRequirements(SourceFile file) {
    String text = file.text();
    // Every signal has an = or a leading dash; most text files have neither near a letter.
    boolean cheapSignal =
        text.indexOf('=') >= 0
            || text.indexOf("-r ") >= 0
            || text.indexOf("-c ") >= 0
            || text.indexOf("-i ") >= 0;
    if (text.length() > MAX_SNIFFED || !cheapSignal || !SIGNAL.matcher(text).find()) {
      return false;
    }
    List<RequirementLines.Logical> lines = RequirementLines.of(file.lines());
    boolean anyRequirement = false;
    for (RequirementLines.Logical line : lines) {
      Requirement.Kind kind = Requirement.parse(line.text()).kind();
      if (kind == Requirement.Kind.UNREADABLE) {
        return false;
      }
      anyRequirement |= kind != Requirement.Kind.NOT_A_REQUIREMENT;
    }
    return anyRequirement;
  }

  @Override
  public void scan(SourceFile file, Report report) {
    boolean constraints = file.name().toLowerCase(Locale.ROOT).contains("constraint");
    for (RequirementLines.Logical line : RequirementLines.of(file.lines())) {
      check(line, Requirement.parse(line.text()), constraints, report);
    }
  }

  private static void check(
      RequirementLines.Logical line, Requirement requirement, boolean constraints, Report report) {
    String text = requirement.text();
    switch (requirement.kind()) {
      case NOT_A_REQUIREMENT -> {}
      case UNREADABLE ->
          report.diagnostic(
              line.line(),
              line.column(),
              "cannot read requirement \"" + text + "\"; write name==version");
      case VCS -> {
        if (!requirement.exact()) {
          report.finding(
              Rules.PYTHON_VCS_UNPINNED,
              line.line(),
              line.column(),
              text + " is not pinned to a commit; end the URL with @<40-hex commit>");
        }
      }
      case URL, NAMED -> named(line, requirement, constraints, report);
    }
  }

  private static void named(
      RequirementLines.Logical line, Requirement requirement, boolean constraints, Report report) {
    if (!requirement.exact()) {
      report.finding(
          Rules.PYTHON_REQUIREMENT_UNPINNED,
          line.line(),
          line.column(),
          requirement.text() + " is not an exact version; write name==version");
    }
    if (!requirement.hashed() && !constraints) {
      report.finding(
          Rules.PYTHON_REQUIREMENT_UNHASHED,
          line.line(),
          line.column(),
          requirement.text()
              + " has no --hash; add --hash=sha256:<digest> (pip-compile"
              + " --generate-hashes or uv pip compile --generate-hashes writes them)");
    }
  }
}
