package dev.lockstep.resolve;

import dev.lockstep.env.Suggestions;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A suite's Release file on the mirror, reduced to its {@code Date}. lockstep uses that date as
 * SOURCE_DATE_EPOCH for the base: it is the same for everyone locking against the same state of the
 * archive, and it changes exactly when the suite does (at a point release).
 */
public record DebianRelease(String suite, String date, long epochSecond) {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss z", Locale.ENGLISH);

  private static final List<String> KNOWN_SUITES =
      List.of(
          "bullseye",
          "bookworm",
          "trixie",
          "forky",
          "sid",
          "oldstable",
          "stable",
          "testing",
          "unstable");

  private static final OkHttpClient HTTP =
      new OkHttpClient.Builder()
          .connectTimeout(10, TimeUnit.SECONDS)
          .readTimeout(30, TimeUnit.SECONDS)
          .build();

  /** Reads the Release file of a suite from a mirror. */
  public static DebianRelease fetch(String mirror, String suite)
      throws MissingToolException, UnknownSuiteException {
    String url = mirror + "/dists/" + suite + "/Release";
    // Plain http, as apt itself uses: Release is small and what it dates is all lockstep reads.
    try (Response response = HTTP.newCall(new Request.Builder().url(url).build()).execute()) {
      if (response.code() == 404) {
        throw new UnknownSuiteException(suite, unknownSuite(suite, url));
      }
      if (!response.isSuccessful()) {
        throw new MissingToolException(
            url + " answered " + response.code() + "; is `" + suite + "` a suite of the mirror?");
      }
      return parse(suite, response.body().string())
          .orElseThrow(() -> new MissingToolException(url + " has no valid `Date:` field"));
    } catch (IOException e) {
      throw new MissingToolException(
          "cannot reach the Debian mirror (" + url + "): " + e.getMessage(), e);
    }
  }

  // The mirror lists no directory of its suites, so the guess comes from Debian's own names.
  private static String unknownSuite(String suite, String url) {
    String guess =
        Suggestions.closest(suite, KNOWN_SUITES).map(s -> "did you mean `" + s + "`? ").orElse("");
    return "the mirror has no suite `"
        + suite
        + "` ("
        + url
        + " answered 404); "
        + guess
        + "write a Debian suite name such as bookworm or trixie";
  }

  /** The date of a Release file's text, if it has a readable one. */
  public static Optional<DebianRelease> parse(String suite, String text) {
    return text.lines()
        .filter(line -> line.startsWith("Date: "))
        .findFirst()
        .map(line -> line.substring("Date: ".length()).strip())
        .flatMap(date -> epoch(date).map(epoch -> new DebianRelease(suite, date, epoch)));
  }

  private static Optional<Long> epoch(String date) {
    try {
      return Optional.of(ZonedDateTime.parse(date, DATE).toEpochSecond());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
