package dev.lockstep.ref;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A content digest in OCI form, {@code sha256:} followed by 64 lowercase hex digits. Other
 * algorithms are refused: lockstep compares bytes by sha256 everywhere.
 */
public record Digest(String hex) {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  public Digest {
    Objects.requireNonNull(hex);
    if (!HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("not 64 lowercase hex digits: " + hex);
    }
  }

  /** Parses {@code sha256:<64 hex>}. */
  public static Digest parse(String text) throws InvalidReferenceException {
    if (!text.startsWith("sha256:")) {
      throw new InvalidReferenceException(text, "a digest starts with sha256:");
    }
    String hex = text.substring("sha256:".length());
    if (!HEX.matcher(hex).matches()) {
      throw new InvalidReferenceException(text, "a sha256 digest has 64 lowercase hex digits");
    }
    return new Digest(hex);
  }

  @Override
  public String toString() {
    return "sha256:" + hex;
  }
}
