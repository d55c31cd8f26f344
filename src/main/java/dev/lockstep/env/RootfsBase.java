package dev.lockstep.env;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** A base built from the Debian archive with mmdebstrap: which suite and which variant. */
public record RootfsBase(String suite, String variant) {
  /** The variants lockstep builds; minbase is the smallest system apt works in. */
  public static final Set<String> VARIANTS = Set.of("minbase", "buildd", "important", "standard");

  private static final Pattern SUITE = Pattern.compile("[a-z][a-z0-9-]*");

  public RootfsBase {
    Objects.requireNonNull(suite, "suite");
    Objects.requireNonNull(variant, "variant");
    if (!SUITE.matcher(suite).matches()) {
      throw new IllegalArgumentException(
          "`" + suite + "` is not a Debian suite or codename; write for example `bookworm`");
    }
    if (!VARIANTS.contains(variant)) {
      throw new IllegalArgumentException(
          "variant `"
              + variant
              + "` is not one of "
              + String.join(", ", VARIANTS.stream().sorted().toList())
              + "; `minbase` is the usual choice");
    }
  }
}
