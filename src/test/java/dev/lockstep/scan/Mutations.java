package dev.lockstep.scan;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Inputs for property tests: realistic files mutated at random (characters inserted, deleted or
 * swapped, lines duplicated, dropped or cut short), mixed with strings drawn from the format's own
 * alphabet, so parsers see both nearly-valid and garbage text.
 */
public final class Mutations {
  private Mutations() {}

  public static Arbitrary<String> of(List<String> seeds, String alphabet) {
    Arbitrary<String> mutated =
        Combinators.combine(Arbitraries.of(seeds), Arbitraries.longs())
            .as((seed, random) -> mutate(seed, alphabet, new Random(random)));
    Arbitrary<String> random =
        Arbitraries.strings().withChars(alphabet.toCharArray()).ofMaxLength(300);
    return Arbitraries.frequencyOf(Tuple.of(4, mutated), Tuple.of(1, random));
  }

  static String mutate(String seed, String alphabet, Random random) {
    StringBuilder text = new StringBuilder(seed);
    int edits = 1 + random.nextInt(6);
    for (int i = 0; i < edits; i++) {
      edit(text, alphabet, random);
    }
    return text.toString();
  }

  private static void edit(StringBuilder text, String alphabet, Random random) {
    int at = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
    switch (random.nextInt(6)) {
      case 0 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
      case 1 -> {
        if (at < text.length()) {
          text.deleteCharAt(at);
        }
      }
      case 2 -> {
        int end = Math.min(text.length(), at + random.nextInt(40));
        text.insert(at, text.substring(at, end));
      }
      case 3 -> text.setLength(at);
      case 4 -> {
        if (at < text.length()) {
          text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      default -> {
        int end = Math.min(text.length(), at + random.nextInt(60));
        text.delete(at, end);
      }
    }
  }
}
