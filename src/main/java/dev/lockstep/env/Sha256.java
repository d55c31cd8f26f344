package dev.lockstep.env;

import java.util.regex.Pattern;

/** Checks the lowercase hex sha256 values the lock holds. */
final class Sha256 {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  private Sha256() {}

  static void check(String value, String what) {
    if (value == null || !HEX.matcher(value).matches()) {
      throw new IllegalArgumentException(what + " is not a lowercase hex sha256: " + value);
    }
  }
}
