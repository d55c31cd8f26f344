package dev.lockstep.resolve;

import java.util.List;
import java.util.Objects;

/**
 * apt refused one entry of the matrix's {@code apt:} list: the package is unknown to the mirror, or
 * the pinned version is not there. Keeps the entry's name so the error can point at its line.
 */
public final class AptRefusedException extends ResolveException {
  private static final long serialVersionUID = 1L;

  private final String packageName;
  private final transient List<String> closeNames;

  public AptRefusedException(String packageName, List<String> closeNames, String message) {
    super(message);
    this.packageName = Objects.requireNonNull(packageName);
    this.closeNames = List.copyOf(closeNames);
  }

  public String packageName() {
    return packageName;
  }

  /** Names the mirror has that are close to the refused one, closest first. */
  public List<String> closeNames() {
    return closeNames;
  }
}
