package dev.lockstep.record;

import java.util.Comparator;
import java.util.Objects;

/**
 * One package dpkg knows in a target: its name, exact version (epoch included, as dpkg prints it),
 * architecture, dpkg status (such as {@code installed} or {@code config-files}) and whether its
 * selection is {@code hold}.
 */
public record InstalledPackage(
    String name, String version, String architecture, String status, boolean held) {

  /** Records list packages by name, then architecture. */
  public static final Comparator<InstalledPackage> ORDER =
      Comparator.comparing(InstalledPackage::name).thenComparing(InstalledPackage::architecture);

  public InstalledPackage {
    Objects.requireNonNull(name);
    Objects.requireNonNull(version);
    Objects.requireNonNull(architecture);
    Objects.requireNonNull(status);
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a package needs a name");
    }
  }

  /** The key that identifies a package in a record: multiarch packages appear once per arch. */
  public String key() {
    return name + ":" + architecture;
  }
}
