package dev.lockstep.record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a target actually contains, as lockstep records it: the OS release, every dpkg package and
 * every smoke check's result. Packages are kept sorted by name then architecture, smoke results by
 * name, so that equal contents always give equal records and equal bytes. Nothing that changes run
 * to run (times, host names, container ids) belongs here; {@link RecordMeta} holds those.
 *
 * <p>Sections for runtimes, npm and Python installs and models are planned and not recorded yet.
 */
public record Record(
    int format, OsRelease os, List<InstalledPackage> packages, List<SmokeResult> smoke) {

  /** The record format this lockstep writes and reads. */
  public static final int FORMAT = 1;

  public Record {
    Objects.requireNonNull(os);
    packages = sortedUnique(packages, InstalledPackage.ORDER, InstalledPackage::key, "package");
    smoke =
        sortedUnique(
            smoke, Comparator.comparing(SmokeResult::name), SmokeResult::name, "smoke check");
  }

  /** A record in the current format. */
  public static Record of(OsRelease os, List<InstalledPackage> packages, List<SmokeResult> smoke) {
    return new Record(FORMAT, os, packages, smoke);
  }

  /** Whether every smoke check passed (true when there are none). */
  public boolean smokePassed() {
    return smoke.stream().allMatch(SmokeResult::passed);
  }

  /** The smoke results that failed, in name order. */
  public List<SmokeResult> failedSmoke() {
    return smoke.stream().filter(result -> !result.passed()).toList();
  }

  private static <T> List<T> sortedUnique(
      List<T> items, Comparator<T> order, java.util.function.Function<T, String> key, String what) {
    List<T> sorted = new ArrayList<>(Objects.requireNonNull(items));
    sorted.sort(order);
    Set<String> seen = new HashSet<>();
    for (T item : sorted) {
      if (!seen.add(key.apply(item))) {
        throw new IllegalArgumentException(
            "the " + what + " " + key.apply(item) + " appears twice");
      }
    }
    return List.copyOf(sorted);
  }
}
