package dev.lockstep.record;

import java.util.ArrayList;
import java.util.List;

/** Small records for tests, built by hand. */
final class Records {
  static final OsRelease BOOKWORM =
      new OsRelease("debian", "12", "bookworm", "Debian GNU/Linux 12 (bookworm)", "12.11");

  private Records() {}

  static InstalledPackage pkg(String name, String version) {
    return new InstalledPackage(name, version, "amd64", "installed", false);
  }

  static InstalledPackage held(String name, String version) {
    return new InstalledPackage(name, version, "amd64", "installed", true);
  }

  static SmokeResult smoke(String name, String stdout, boolean passed) {
    return new SmokeResult(name, name, "Hello, world!", passed ? 0 : 1, stdout, "", passed);
  }

  static Record record(List<InstalledPackage> packages, List<SmokeResult> smoke) {
    return Record.of(BOOKWORM, packages, smoke);
  }

  static Record sample() {
    List<InstalledPackage> packages = new ArrayList<>();
    packages.add(pkg("hello", "2.10-3"));
    packages.add(new InstalledPackage("libc6", "2.36-9+deb12u9", "amd64", "installed", false));
    packages.add(new InstalledPackage("libc6", "2.36-9+deb12u9", "i386", "installed", false));
    packages.add(held("base-files", "12.4+deb12u11"));
    packages.add(pkg("libstdc++6", "12.2.0-14+deb12u1"));
    packages.add(pkg("perl-base", "5.36.0-7+deb12u2"));
    packages.add(new InstalledPackage("dash", "0.5.12-2", "amd64", "config-files", false));
    packages.add(pkg("tzdata", "1:2025b-0+deb12u1"));
    return record(packages, List.of(smoke("hello", "Hello, world!\n", true)));
  }
}
