package dev.lockstep.env;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Names close to a misspelled one, by edit distance, for "did you mean" hints. */
public final class Suggestions {
  private Suggestions() {}

  /** The closest candidate within a distance that still reads as a typo, if any. */
  public static Optional<String> closest(String wrong, Collection<String> candidates) {
    return close(wrong, candidates, 1).stream().findFirst();
  }

  /** Up to {@code limit} candidates close to {@code wrong}, closest first, then by name. */
  public static List<String> close(String wrong, Collection<String> candidates, int limit) {
    int allowed = Math.max(1, Math.min(3, wrong.length() / 3));
    return candidates.stream()
        .filter(c -> !c.equals(wrong))
        .filter(c -> distance(wrong, c) <= allowed)
        .sorted(Comparator.comparingInt((String c) -> distance(wrong, c)).thenComparing(c -> c))
        .distinct()
        .limit(limit)
        .toList();
  }

  /** Levenshtein distance, with a swap of two neighbours counted as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
