package dev.lockstep.scan.shell;

import dev.lockstep.scan.Rules;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Language installers hidden in scripts: pip, npm, yarn, pnpm, go install and gem install. */
final class Installers {
  private static final Set<String> PIP_VALUE =
      Set.of(
          "-r",
          "--requirement",
          "-c",
          "--constraint",
          "-e",
          "--editable",
          "-i",
          "--index-url",
          "--extra-index-url",
          "-f",
          "--find-links",
          "--trusted-host",
          "-t",
          "--target",
          "--prefix",
          "--root",
          "--src",
          "--platform",
          "--python-version",
          "--implementation",
          "--abi",
          "--only-binary",
          "--no-binary",
          "--progress-bar",
          "--cache-dir",
          "--log",
          "--log-file",
          "--proxy",
          "--timeout",
          "--retries",
          "--exists-action",
          "--cert",
          "--client-cert",
          "--upgrade-strategy",
          "-C",
          "--config-settings",
          "--global-option",
          "--install-option",
          "--python",
          "--report",
          "--root-user-action",
          "--keyring-provider",
          "--use-feature",
          "--use-deprecated",
          "--group",
          "-p");
  private static final Set<String> NPM_VALUE =
      Set.of(
          "--registry",
          "--prefix",
          "-w",
          "--workspace",
          "--cache",
          "--userconfig",
          "--globalconfig",
          "--omit",
          "--include",
          "--tag",
          "--loglevel",
          "--install-strategy",
          "--before",
          "--location",
          "--os",
          "--cpu",
          "--libc",
          "-C",
          "--dir",
          "--filter",
          "-F",
          "--store-dir",
          "--cwd",
          "--modules-folder",
          "--network-timeout",
          "--mutex");
  private static final Set<String> GO_VALUE =
      Set.of(
          "-ldflags",
          "-tags",
          "-gcflags",
          "-asmflags",
          "-mod",
          "-modfile",
          "-p",
          "-pkgdir",
          "-toolexec",
          "-buildmode",
          "-compiler",
          "-overlay",
          "-pgo",
          "-gccgoflags",
          "-installsuffix",
          "-o",
          "-C",
          "--ldflags",
          "--tags");
  private static final Set<String> GEM_VALUE =
      Set.of(
          "-v",
          "--version",
          "-i",
          "--install-dir",
          "-n",
          "--bindir",
          "-s",
          "--source",
          "-P",
          "--trust-policy",
          "--platform",
          "-g",
          "--file",
          "--document",
          "--build-root");
  private static final Set<String> NPM_INSTALL =
      Set.of(
          "install", "i", "in", "ins", "inst", "insta", "instal", "isnt", "isnta", "isntal",
          "isntall", "add");
  private static final Pattern SEMVER =
      Pattern.compile("v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");
  private static final Pattern FULL_SHA = Pattern.compile(".*[#@][0-9a-fA-F]{40}");
  private static final Pattern GO_VERSION =
      Pattern.compile("v[0-9]+\\.[0-9]+\\.[0-9]+([-+][0-9A-Za-z.-]+)*|[0-9a-f]{40}");
  private static final Pattern GEM_VERSION = Pattern.compile("=?\\s*[0-9]+(\\.[0-9A-Za-z]+)*");

  private static final Pattern VCS = Pattern.compile("(?i)(git|hg|svn|bzr)\\+.*");
  private static final Pattern GIT_SPEC =
      Pattern.compile("(?i)(git\\+|git:|github:|gitlab:|bitbucket:|gist:).*");

  private Installers() {}

  static void pip(ShellSession session, String name, List<Arg> args) {
    Options options = Options.parse(args, PIP_VALUE);
    List<Arg> specs = CommandRules.after(options, Set.of("install"));
    if (specs == null) {
      return;
    }
    options.value("-e", "--editable").ifPresent(editable -> pipSpec(session, name, editable));
    for (Arg spec : specs) {
      pipSpec(session, name, spec);
    }
  }

  static void pipx(ShellSession session, List<Arg> args) {
    List<Arg> specs = CommandRules.after(Options.parse(args, PIP_VALUE), Set.of("install"));
    if (specs != null) {
      for (Arg spec : specs) {
        pipSpec(session, "pipx", spec);
      }
    }
  }

  private static void pipSpec(ShellSession session, String name, Arg spec) {
    String text = spec.text().trim();
    int marker = text.indexOf(';');
    String requirement = (marker >= 0 ? text.substring(0, marker) : text).trim();
    if (requirement.isEmpty() || spec.isOption() || pipPinned(spec, requirement)) {
      return;
    }
    session.report(
        Rules.PIP_INSTALL_UNPINNED,
        spec,
        name
            + " installs "
            + (spec.variable().isEmpty()
                ? requirement
                : requirement + " (from $" + spec.variable() + ")")
            + " without an exact version; pin it as "
            + pipName(requirement)
            + "==<version>, or install from a hashed requirements file");
  }

  private static boolean pipPinned(Arg spec, String requirement) {
    if (VCS.matcher(requirement).matches()
        || requirement.contains("@ git+")
        || requirement.contains("@git+")) {
      return FULL_SHA.matcher(requirement.replaceFirst("#.*", "")).matches() || spec.dynamic();
    }
    if (requirement.contains("://") || isLocalPath(requirement)) {
      return true;
    }
    int equals = requirement.indexOf("==");
    if (equals > 0) {
      return !requirement.substring(equals).contains("*") && !requirement.contains(",");
    }
    return spec.opaque();
  }

  private static String pipName(String requirement) {
    return requirement.split("[\\[<>=!~ @]", 2)[0];
  }

  private static boolean isLocalPath(String text) {
    return text.startsWith(".")
        || text.startsWith("/")
        || text.startsWith("~")
        || text.endsWith(".whl")
        || text.endsWith(".tar.gz")
        || text.endsWith(".zip")
        || text.endsWith(".tgz")
        || (text.contains("/") && !text.contains("@"));
  }

  static void npm(ShellSession session, List<Arg> args) {
    Options options = Options.parse(args, NPM_VALUE);
    List<Arg> specs = CommandRules.after(options, NPM_INSTALL);
    if (specs == null) {
      return;
    }
    if (specs.isEmpty() && session.ci() && !options.operands().get(0).text().equals("add")) {
      session.report(
          Rules.NPM_INSTALL_IN_CI,
          options.operands().get(0),
          "npm install in CI may rewrite the lockfile instead of installing it; use npm ci");
    }
    jsSpecs(session, "npm", specs);
  }

  static void yarn(ShellSession session, List<Arg> args) {
    Options options = Options.parse(args, NPM_VALUE);
    List<Arg> operands = options.operands();
    int at = !operands.isEmpty() && operands.get(0).text().equals("global") ? 1 : 0;
    if (operands.size() > at && operands.get(at).text().equals("add")) {
      jsSpecs(session, "yarn", operands.subList(at + 1, operands.size()));
    }
  }

  static void pnpm(ShellSession session, List<Arg> args) {
    List<Arg> specs = CommandRules.after(Options.parse(args, NPM_VALUE), Set.of("add"));
    if (specs != null) {
      jsSpecs(session, "pnpm", specs);
    }
  }

  private static void jsSpecs(ShellSession session, String tool, List<Arg> specs) {
    for (Arg spec : specs) {
      boolean versionUnseen = spec.dynamic() && spec.text().lastIndexOf('@') > 0;
      if (spec.opaque() || versionUnseen || spec.isOption() || jsPinned(spec.text())) {
        continue;
      }
      session.report(
          Rules.NPM_INSTALL_UNPINNED,
          spec,
          tool
              + " adds "
              + spec.shown()
              + " without an exact version; pin it as "
              + jsName(spec.text())
              + "@<x.y.z>");
    }
  }

  static boolean jsPinned(String spec) {
    if (spec.startsWith(".")
        || spec.startsWith("/")
        || spec.startsWith("~")
        || spec.startsWith("file:")
        || spec.endsWith(".tgz")
        || spec.endsWith(".tar.gz")) {
      return true;
    }
    if (GIT_SPEC.matcher(spec).matches()
        || (!spec.startsWith("@") && spec.contains("/") && !spec.contains("://"))) {
      return FULL_SHA.matcher(spec).matches();
    }
    if (spec.contains("://")) {
      return true;
    }
    int at = spec.lastIndexOf('@');
    if (at <= 0) {
      return false;
    }
    String version = spec.substring(at + 1);
    int alias = spec.indexOf("@npm:");
    if (alias > 0) {
      return jsPinned(spec.substring(alias + 5));
    }
    return SEMVER.matcher(version).matches();
  }

  private static String jsName(String spec) {
    int at = spec.lastIndexOf('@');
    return at > 0 ? spec.substring(0, at) : spec;
  }

  static void go(ShellSession session, List<Arg> args) {
    List<Arg> packages = CommandRules.after(Options.parse(args, GO_VALUE), Set.of("install"));
    if (packages == null) {
      return;
    }
    for (Arg pkg : packages) {
      String text = pkg.text();
      int at = text.lastIndexOf('@');
      if (pkg.dynamic() || pkg.isOption()) {
        continue;
      }
      if (at > 0 && !GO_VERSION.matcher(text.substring(at + 1)).matches()) {
        session.report(
            Rules.GO_INSTALL_UNPINNED,
            pkg,
            "go install "
                + text
                + " floats; pin a version such as "
                + text.substring(0, at)
                + "@v1.2.3");
      } else if (at < 0 && isRemoteGoPath(text)) {
        session.report(
            Rules.GO_INSTALL_UNPINNED,
            pkg,
            "go install " + text + " has no version; pin one such as " + text + "@v1.2.3");
      }
    }
  }

  private static boolean isRemoteGoPath(String text) {
    int slash = text.indexOf('/');
    String first = slash < 0 ? text : text.substring(0, slash);
    return first.contains(".") && !first.startsWith(".");
  }

  static void gem(ShellSession session, List<Arg> args) {
    Options options = Options.parse(args, GEM_VALUE);
    List<Arg> gems = CommandRules.after(options, Set.of("install", "i"));
    if (gems == null) {
      return;
    }
    Optional<Arg> version = options.value("-v", "--version");
    boolean pinned =
        version.isPresent()
            && (version.get().dynamic() || GEM_VERSION.matcher(version.get().text()).matches());
    for (Arg gem : gems) {
      String text = gem.text();
      int colon = text.indexOf(':');
      boolean inline =
          colon > 0 && (gem.dynamic() || GEM_VERSION.matcher(text.substring(colon + 1)).matches());
      if (pinned || inline || gem.opaque() || text.endsWith(".gem") || gem.isOption()) {
        continue;
      }
      session.report(
          Rules.GEM_INSTALL_UNPINNED,
          gem,
          "gem install " + gem.shown() + " without an exact version; pin it with -v <version>");
    }
  }
}
