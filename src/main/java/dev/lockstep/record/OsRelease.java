package dev.lockstep.record;

import java.util.Objects;

/**
 * The operating system a target runs, from {@code /etc/os-release} and {@code /etc/debian_version}.
 * A field the target's files do not have is the empty string.
 */
public record OsRelease(
    String id, String versionId, String versionCodename, String prettyName, String debianVersion) {
  public OsRelease {
    Objects.requireNonNull(id);
    Objects.requireNonNull(versionId);
    Objects.requireNonNull(versionCodename);
    Objects.requireNonNull(prettyName);
    Objects.requireNonNull(debianVersion);
  }
}
