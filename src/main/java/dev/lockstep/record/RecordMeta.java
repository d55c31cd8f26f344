package dev.lockstep.record;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts about one recording that differ run to run and so stay out of the record: when and
 * where it was made, which container and image it probed, which lockstep made it and from which
 * lock. {@code target} says what was probed: {@code image}, {@code container} or {@code host}.
 */
public record RecordMeta(
    Instant createdAt,
    String host,
    String target,
    Optional<String> containerId,
    Optional<String> imageId,
    String lockstepVersion,
    Optional<String> lockSha256) {
  public RecordMeta {
    Objects.requireNonNull(createdAt);
    Objects.requireNonNull(host);
    Objects.requireNonNull(target);
    Objects.requireNonNull(containerId);
    Objects.requireNonNull(imageId);
    Objects.requireNonNull(lockstepVersion);
    Objects.requireNonNull(lockSha256);
  }

  /** The same facts with the sha256 of the lock the target was built from. */
  public RecordMeta withLockSha256(String sha256) {
    return new RecordMeta(
        createdAt, host, target, containerId, imageId, lockstepVersion, Optional.of(sha256));
  }
}
