package dev.lockstep.build;

import java.util.List;

/**
 * A locked version is no longer on the mirror (Debian drops superseded versions at point releases),
 * so the lock cannot be built any more; only a new lock helps.
 */
public final class PinVanishedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String packageName;
  private final String lockedVersion;
  private final List<String> mirrorVersions;

  public PinVanishedException(
      String env, String packageName, String lockedVersion, List<String> mirrorVersions) {
    super(message(env, packageName, lockedVersion, mirrorVersions));
    this.packageName = packageName;
    this.lockedVersion = lockedVersion;
    this.mirrorVersions = List.copyOf(mirrorVersions);
  }

  public String packageName() {
    return packageName;
  }

  public String lockedVersion() {
    return lockedVersion;
  }

  /** What the mirror offers now, newest first; empty when it has no such package at all. */
  public List<String> mirrorVersions() {
    return mirrorVersions;
  }

  private static String message(String env, String name, String locked, List<String> now) {
    String has =
        now.isEmpty() ? "it has no " + name + " at all" : "it now has " + String.join(", ", now);
    return name
        + "="
        + locked
        + " is no longer on the mirror ("
        + has
        + "); run `lockstep lock "
        + env
        + "` to lock what the mirror has now";
  }
}
