package dev.lockstep.engine;

import java.util.Map;
import java.util.Objects;

/** What lockstep reads of an image: its full id ({@code sha256:…}) and its labels. */
public record ImageInfo(String id, Map<String, String> labels) {
  public ImageInfo {
    Objects.requireNonNull(id);
    labels = Map.copyOf(labels);
  }
}
