package dev.lockstep.engine;

import java.util.Objects;

/** What the engine says about a container: its full id, its image's id and whether it runs. */
public record ContainerInfo(String id, String imageId, boolean running, String status) {
  public ContainerInfo {
    Objects.requireNonNull(id);
    Objects.requireNonNull(imageId);
    Objects.requireNonNull(status);
  }
}
