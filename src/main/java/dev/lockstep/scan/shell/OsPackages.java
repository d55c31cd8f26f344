package dev.lockstep.scan.shell;

import dev.lockstep.scan.Rules;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** OS package managers: apt, apk, dnf/yum/microdnf and zypper, each with its own pin syntax. */
final class OsPackages {
  private static final Set<String> APT_VALUE =
      Set.of(
          "-o",
          "--option",
          "-c",
          "--config-file",
          "-t",
          "--target-release",
          "--default-release",
          "-a",
          "--host-architecture",
          "-q=",
          "--solver");
  private static final Set<String> APK_VALUE =
      Set.of(
          "-X",
          "--repository",
          "-t",
          "--virtual",
          "-p",
          "--root",
          "--arch",
          "--keys-dir",
          "--repositories-file",
          "--cache-dir",
          "--cache-max-age",
          "--timeout");
  private static final Set<String> RPM_VALUE =
      Set.of(
          "-c",
          "--config",
          "--installroot",
          "--releasever",
          "--enablerepo",
          "--disablerepo",
          "--repo",
          "--repoid",
          "--setopt",
          "-x",
          "--exclude",
          "--forcearch",
          "--downloaddir",
          "--destdir",
          "-d",
          "--debuglevel",
          "-e",
          "--errorlevel",
          "--rpmverbosity",
          "-R",
          "--randomwait",
          "--advisory",
          "--advisories",
          "--bz",
          "--cve",
          "--sec-severity",
          "--secseverity",
          "--comment",
          "--color",
          "--use-host-config");
  private static final Set<String> ZYPPER_VALUE =
      Set.of(
          "-R",
          "--root",
          "-p",
          "--plus-repo",
          "-c",
          "--config",
          "--installroot",
          "-D",
          "--reposd-dir",
          "-C",
          "--cache-dir",
          "-t",
          "--type",
          "-r",
          "--repo",
          "--from",
          "--download");
  private static final Pattern RPM_VERSIONED = Pattern.compile(".+-[0-9][^-/]*");

  /**
   * A name whose version comes from a variable, as {@code pkg-$VERSION} or {@code pkg-${V}-1.el9};
   * {@code java-$V-openjdk} is a name, not a version.
   */
  private static final Pattern RPM_VARIABLE_VERSION =
      Pattern.compile(".+-\\$[A-Za-z0-9_]++(?:[.~+:][^/]*+|-[0-9$][^/]*+)?");

  private OsPackages() {}

  static void apt(ShellSession session, String name, List<Arg> args) {
    List<Arg> packages =
        CommandRules.after(Options.parse(args, APT_VALUE), Set.of("install", "reinstall"));
    if (packages == null) {
      return;
    }
    for (Arg pkg : packages) {
      String text = pkg.text();
      if (isLocal(text, ".deb") || hasVersion(pkg, text.indexOf('=')) || skip(pkg)) {
        continue;
      }
      session.report(
          Rules.OS_PACKAGE_UNPINNED,
          pkg,
          name
              + " installs "
              + pkg.shown()
              + " without a version; pin it as "
              + stem(text, '/')
              + "=<version>");
    }
  }

  static void apk(ShellSession session, List<Arg> args) {
    List<Arg> packages = CommandRules.after(Options.parse(args, APK_VALUE), Set.of("add"));
    if (packages == null) {
      return;
    }
    for (Arg pkg : packages) {
      String text = pkg.text();
      if (isLocal(text, ".apk") || apkPinned(pkg) || skip(pkg)) {
        continue;
      }
      session.report(
          Rules.OS_PACKAGE_UNPINNED,
          pkg,
          "apk adds "
              + pkg.shown()
              + " without a version; pin it as "
              + stem(text, '=')
              + "=<version>");
    }
  }

  static void rpm(ShellSession session, String name, List<Arg> args) {
    List<Arg> packages =
        CommandRules.after(Options.parse(args, RPM_VALUE), Set.of("install", "reinstall", "in"));
    if (packages == null) {
      return;
    }
    for (Arg pkg : packages) {
      String text = pkg.text();
      if (isLocal(text, ".rpm") || text.startsWith("@") || rpmVersioned(pkg) || skip(pkg)) {
        continue;
      }
      session.report(
          Rules.OS_PACKAGE_UNPINNED,
          pkg,
          name
              + " installs "
              + pkg.shown()
              + " without a version; pin it as "
              + text
              + "-<version>");
    }
  }

  static void zypper(ShellSession session, List<Arg> args) {
    List<Arg> packages =
        CommandRules.after(Options.parse(args, ZYPPER_VALUE), Set.of("install", "in"));
    if (packages == null) {
      return;
    }
    for (Arg pkg : packages) {
      String text = pkg.text();
      boolean pinned = apkPinned(pkg) || rpmVersioned(pkg);
      if (isLocal(text, ".rpm") || pinned || skip(pkg)) {
        continue;
      }
      session.report(
          Rules.OS_PACKAGE_UNPINNED,
          pkg,
          "zypper installs "
              + pkg.shown()
              + " without a version; pin it as "
              + stem(text, '>')
              + "=<version>");
    }
  }

  /**
   * A package word lockstep cannot judge: an option, or a word that is nothing but values it cannot
   * see ({@code $PKGS}). A variable inside a name ({@code openjdk-$V-jdk}) is judged: no variable
   * there can add the version.
   */
  private static boolean skip(Arg pkg) {
    return pkg.opaque() || pkg.isOption() || pkg.text().isEmpty();
  }

  private static boolean rpmVersioned(Arg pkg) {
    String text = pkg.text();
    return RPM_VERSIONED.matcher(text).matches()
        || (pkg.dynamic() && RPM_VARIABLE_VERSION.matcher(text).matches());
  }

  private static boolean hasVersion(Arg pkg, int equals) {
    return equals > 0 && (equals < pkg.text().length() - 1 || pkg.dynamic());
  }

  private static boolean apkPinned(Arg pkg) {
    String text = pkg.text();
    int equals = text.indexOf('=');
    if (equals <= 0 || !hasVersion(pkg, equals)) {
      return false;
    }
    char before = text.charAt(equals - 1);
    char after = equals + 1 < text.length() ? text.charAt(equals + 1) : ' ';
    return before != '<' && before != '>' && before != '~' && after != '~';
  }

  private static boolean isLocal(String text, String suffix) {
    return text.endsWith(suffix)
        || text.startsWith("./")
        || text.startsWith("/")
        || text.startsWith("../")
        || text.contains("://");
  }

  private static String stem(String text, char cut) {
    int at = text.indexOf(cut);
    return at > 0 ? text.substring(0, at) : text;
  }
}
