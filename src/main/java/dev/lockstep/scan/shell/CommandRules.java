package dev.lockstep.scan.shell;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Sends each command to the rule for its program: package managers, installers, images, models. */
final class CommandRules {
  private static final Pattern PIP = Pattern.compile("pip[0-9.]*");
  private static final Pattern PYTHON = Pattern.compile("python[0-9.]*|py");

  private CommandRules() {}

  static void check(ShellSession session, String name, List<Arg> args) {
    switch (name) {
      case "apt-get", "apt", "aptitude" -> OsPackages.apt(session, name, args);
      case "apk" -> OsPackages.apk(session, args);
      case "dnf", "yum", "microdnf", "tdnf", "dnf5" -> OsPackages.rpm(session, name, args);
      case "zypper" -> OsPackages.zypper(session, args);
      case "npm" -> Installers.npm(session, args);
      case "yarn" -> Installers.yarn(session, args);
      case "pnpm" -> Installers.pnpm(session, args);
      case "go" -> Installers.go(session, args);
      case "gem" -> Installers.gem(session, args);
      case "uv" -> uv(session, args);
      case "pipx" -> Installers.pipx(session, args);
      case "docker", "podman", "nerdctl" -> Containers.docker(session, name, args);
      case "ollama" -> Models.ollama(session, args);
      case "huggingface-cli", "hf" -> Models.huggingFace(session, name, args);
      default -> python(session, name, args);
    }
  }

  private static void uv(ShellSession session, List<Arg> args) {
    if (!args.isEmpty() && args.get(0).text().equals("pip")) {
      Installers.pip(session, "uv pip", args.subList(1, args.size()));
    }
  }

  private static void python(ShellSession session, String name, List<Arg> args) {
    if (PIP.matcher(name).matches()) {
      Installers.pip(session, name, args);
    } else if (PYTHON.matcher(name).matches()) {
      for (int i = 0; i + 1 < args.size(); i++) {
        String text = args.get(i).text();
        if (text.equals("-m") && args.get(i + 1).text().equals("pip")) {
          Installers.pip(session, "pip", args.subList(i + 2, args.size()));
          return;
        }
        if (!args.get(i).isOption() || text.equals("-c")) {
          return;
        }
      }
    }
  }

  /** The subcommand (the first operand) and the operands after it, given the value options. */
  static List<Arg> after(Options options, Set<String> subcommands) {
    List<Arg> operands = options.operands();
    if (operands.isEmpty() || !subcommands.contains(operands.get(0).text())) {
      return null;
    }
    return operands.subList(1, operands.size());
  }
}
