package dev.lockstep.resolve;

/**
 * The Debian archive no longer gives the base the lock names: a rebuild with the lock's inputs gave
 * another rootfs. Only a new lock can fix it, since the old bytes cannot be fetched again.
 */
public final class ArchiveMovedException extends ResolveException {
  private static final long serialVersionUID = 1L;

  public ArchiveMovedException(String message) {
    super(message);
  }
}
