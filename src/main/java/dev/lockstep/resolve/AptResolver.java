package dev.lockstep.resolve;

import dev.lockstep.engine.Engine;
import dev.lockstep.engine.ExecResult;
import dev.lockstep.env.AptPin;
import dev.lockstep.env.Lock.AptPackage;
import dev.lockstep.env.Lock.BasePackage;
import dev.lockstep.env.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds an apt closure with apt's own resolver: in a throwaway container from the pinned base it
 * runs {@code apt-get update} and a simulated {@code apt-get install -s --no-install-recommends},
 * and keeps every package apt would install, dependencies included.
 */
public final class AptResolver {
  private static final List<String> KEEP_RUNNING = List.of("tail", "-f", "/dev/null");
  private static final Pattern UNKNOWN_PACKAGE = Pattern.compile("Unable to locate package (\\S+)");
  private static final Pattern UNKNOWN_VERSION =
      Pattern.compile("Version '([^']+)' for '([^']+)' was not found");

  private AptResolver() {}

  /** What the base holds and what the apt step adds to it. */
  public record Closure(List<BasePackage> base, List<AptPackage> apt) {}

  /** Resolves the matrix's apt entries against the mirror, from the base with this id. */
  public static Closure resolve(Engine engine, String baseImageId, List<AptPin> pins)
      throws ResolveException, MissingToolException {
    String container = engine.startContainer(baseImageId, KEEP_RUNNING);
    try {
      List<BasePackage> base = basePackages(engine, container);

      update(engine, container);
      List<InstLines.Inst> installs = simulate(engine, container, pins);
      Map<String, String> sha256s = sha256s(engine, container, installs);

      return new Closure(base, aptPackages(installs, sha256s));
    } finally {
      engine.removeContainer(container);
    }
  }

  /** Every version of a package the mirror has now, newest first, as {@code apt-cache madison}. */
  public static List<String> mirrorVersions(Engine engine, String baseImageId, String name)
      throws MissingToolException {
    String container = engine.startContainer(baseImageId, KEEP_RUNNING);
    try {
      update(engine, container);
      ExecResult madison = engine.exec(container, List.of("apt-cache", "madison", name));
      return madison
          .stdout()
          .lines()
          .map(line -> line.split("\\|"))
          .filter(fields -> fields.length >= 2)
          .map(fields -> fields[1].strip())
          .distinct()
          .toList();
    } finally {
      engine.removeContainer(container);
    }
  }

  private static List<BasePackage> basePackages(Engine engine, String container)
      throws ResolveException {
    ExecResult listed =
        engine.exec(
            container,
            List.of("dpkg-query", "-W", "-f", "${Package}\\t${Version}\\t${Architecture}\\n"));
    if (!listed.succeeded()) {
      throw new ResolveException("dpkg-query failed in the base: " + listed.stderr().strip());
    }
    List<BasePackage> packages = new ArrayList<>();
    for (String line : listed.stdout().split("\n")) {
      String[] fields = line.split("\t");
      if (fields.length == 3) {
        packages.add(new BasePackage(fields[0], fields[1], fields[2]));
      }
    }
    return packages;
  }

  private static void update(Engine engine, String container) throws MissingToolException {
    ExecResult update =
        engine.exec(
            container, List.of("apt-get", "update", "-qq", "-o", "Acquire::Languages=none"));
    if (!update.succeeded()) {
      throw new MissingToolException(
          "`apt-get update` failed in a container from the base (exit "
              + update.exitCode()
              + "): "
              + errorLines(update)
              + "; can containers on the default bridge reach "
              + BaseImage.MIRROR
              + "?");
    }
  }

  private static List<InstLines.Inst> simulate(Engine engine, String container, List<AptPin> pins)
      throws ResolveException {
    if (pins.isEmpty()) {
      return List.of();
    }
    List<String> command =
        new ArrayList<>(List.of("apt-get", "install", "-s", "-q", "--no-install-recommends"));
    pins.forEach(pin -> command.add(pin.aptArgument()));
    ExecResult simulated = engine.exec(container, command);
    if (!simulated.succeeded()) {
      refusedEntry(engine, container, errorLines(simulated));
      throw new ResolveException(
          "apt cannot install "
              + pins.stream().map(AptPin::aptArgument).collect(Collectors.joining(" "))
              + " from "
              + BaseImage.MIRROR
              + ": "
              + errorLines(simulated)
              + "; fix the `apt:` list of the matrix");
    }
    return InstLines.parse(simulated.stdout());
  }

  // apt stops at the first entry it cannot find and names it; that entry is what the user fixes.
  private static void refusedEntry(Engine engine, String container, String errors)
      throws AptRefusedException {
    Matcher unknown = UNKNOWN_PACKAGE.matcher(errors);
    if (unknown.find()) {
      String name = unknown.group(1);
      throw new AptRefusedException(
          name, closeNames(engine, container, name), "apt has no package `" + name + "`");
    }
    Matcher version = UNKNOWN_VERSION.matcher(errors);
    if (version.find()) {
      String name = version.group(2);
      throw new AptRefusedException(
          name,
          List.of(),
          "apt has no version " + version.group(1) + " of `" + name + "`: " + errors);
    }
  }

  /** Package names of the mirror that start like {@code name} and are a typo away from it. */
  private static List<String> closeNames(Engine engine, String container, String name) {
    String prefix = name.substring(0, Math.min(2, name.length()));
    ExecResult names = engine.exec(container, List.of("apt-cache", "pkgnames", prefix));
    return names.succeeded()
        ? Suggestions.close(name, names.stdout().lines().toList(), 3)
        : List.of();
  }

  private static Map<String, String> sha256s(
      Engine engine, String container, List<InstLines.Inst> installs) throws ResolveException {
    if (installs.isEmpty()) {
      return Map.of();
    }
    List<String> command = new ArrayList<>(List.of("apt-cache", "show"));
    installs.forEach(inst -> command.add(inst.name() + "=" + inst.version()));
    ExecResult shown = engine.exec(container, command);
    if (!shown.succeeded()) {
      throw new ResolveException("`apt-cache show` failed: " + errorLines(shown));
    }
    return AptCacheShow.sha256s(shown.stdout());
  }

  private static List<AptPackage> aptPackages(
      List<InstLines.Inst> installs, Map<String, String> sha256s) throws ResolveException {
    List<AptPackage> packages = new ArrayList<>();
    for (InstLines.Inst inst : installs) {
      String sha = sha256s.get(AptCacheShow.key(inst.name(), inst.version(), inst.architecture()));
      if (sha == null) {
        throw new ResolveException(
            "the archive index has no SHA256 for "
                + inst.name()
                + "="
                + inst.version()
                + " ("
                + inst.architecture()
                + ")");
      }
      packages.add(new AptPackage(inst.name(), inst.version(), inst.architecture(), sha));
    }
    return packages;
  }

  /** apt's {@code E:} lines, or the last line of stderr when there are none. */
  static String errorLines(ExecResult result) {
    String all = result.stderr() + "\n" + result.stdout();
    List<String> errors = all.lines().filter(line -> line.startsWith("E: ")).toList();
    if (!errors.isEmpty()) {
      return String.join(" ", errors);
    }
    List<String> lines = result.stderr().lines().filter(line -> !line.isBlank()).toList();
    return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1);
  }
}
