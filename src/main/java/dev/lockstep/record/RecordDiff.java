package dev.lockstep.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares two records section by section and says, one line each, what was added, removed or
 * changed from the first to the second. Two files with equal bytes are identical; two files that
 * hold the same record in different bytes are reported as such, never as identical.
 */
public final class RecordDiff {

  /** One difference: its section ({@code os}, {@code packages}, …) and what changed. */
  public record Change(String section, String text) {
    public Change {
      Objects.requireNonNull(section);
      Objects.requireNonNull(text);
    }

    @Override
    public String toString() {
      return section + ": " + text;
    }
  }

  /** The outcome of a comparison: identical bytes, or the list of changes. */
  public record Result(boolean identical, List<Change> changes) {
    public Result {
      changes = List.copyOf(changes);
    }
  }

  private static final int SHOWN_CHARS = 60;

  private RecordDiff() {}

  /** Compares two record files already read. */
  public static Result compare(RecordReader.Loaded a, RecordReader.Loaded b) {
    if (Arrays.equals(a.bytes(), b.bytes())) {
      return new Result(true, List.of());
    }
    List<Change> changes = compare(a.record(), b.record());
    if (changes.isEmpty()) {
      changes = List.of(new Change("bytes", sameContentDifferentBytes(a, b)));
    }
    return new Result(false, changes);
  }

  /** The changes from record {@code a} to record {@code b}, by section then key. */
  public static List<Change> compare(Record a, Record b) {
    List<Change> changes = new ArrayList<>();
    if (a.format() != b.format()) {
      changes.add(new Change("format", "changed " + a.format() + " → " + b.format()));
    }
    os(a.os(), b.os(), changes);
    packages(a.packages(), b.packages(), changes);
    smoke(a.smoke(), b.smoke(), changes);
    return changes;
  }

  private static String sameContentDifferentBytes(RecordReader.Loaded a, RecordReader.Loaded b) {
    List<String> off = new ArrayList<>();
    for (RecordReader.Loaded loaded : List.of(a, b)) {
      if (!loaded.canonical()) {
        off.add(loaded.file().toString());
      }
    }
    return "same content, different bytes; not in canonical form: " + String.join(", ", off);
  }

  private static void os(OsRelease a, OsRelease b, List<Change> changes) {
    field("debianVersion", a.debianVersion(), b.debianVersion(), changes);
    field("id", a.id(), b.id(), changes);
    field("prettyName", a.prettyName(), b.prettyName(), changes);
    field("versionCodename", a.versionCodename(), b.versionCodename(), changes);
    field("versionId", a.versionId(), b.versionId(), changes);
  }

  private static void field(String name, String a, String b, List<Change> changes) {
    if (!a.equals(b)) {
      changes.add(new Change("os", "changed " + name + " " + shown(a) + " → " + shown(b)));
    }
  }

  private static void packages(
      List<InstalledPackage> a, List<InstalledPackage> b, List<Change> changes) {
    Map<String, InstalledPackage> before = byKey(a, InstalledPackage::key);
    Map<String, InstalledPackage> after = byKey(b, InstalledPackage::key);
    Set<String> multiarch = multiarchNames(a, b);
    for (String key : union(before.keySet(), after.keySet())) {
      InstalledPackage old = before.get(key);
      InstalledPackage now = after.get(key);
      if (old == null) {
        changes.add(new Change("packages", "added " + described(now)));
      } else if (now == null) {
        changes.add(new Change("packages", "removed " + described(old)));
      } else {
        packageChanges(shownName(old, multiarch), old, now, changes);
      }
    }
  }

  private static void packageChanges(
      String name, InstalledPackage old, InstalledPackage now, List<Change> changes) {
    if (!old.version().equals(now.version())) {
      changes.add(
          new Change("packages", "changed " + name + " " + old.version() + " → " + now.version()));
    }
    if (old.held() != now.held()) {
      changes.add(new Change("packages", "changed " + name + " " + hold(old) + " → " + hold(now)));
    }
    if (!old.status().equals(now.status())) {
      changes.add(
          new Change(
              "packages", "changed " + name + " status " + old.status() + " → " + now.status()));
    }
  }

  private static String described(InstalledPackage p) {
    String status = p.status().equals("installed") ? "" : " (" + p.status() + ")";
    return p.name()
        + " "
        + p.version()
        + " "
        + p.architecture()
        + (p.held() ? " held" : "")
        + status;
  }

  private static String hold(InstalledPackage p) {
    return p.held() ? "held" : "not held";
  }

  // A package installed for one architecture is named alone; one installed for several is
  // named with its architecture, so that each line says which one changed.
  private static String shownName(InstalledPackage p, Set<String> multiarch) {
    return multiarch.contains(p.name()) ? p.key() : p.name();
  }

  private static Set<String> multiarchNames(List<InstalledPackage> a, List<InstalledPackage> b) {
    Set<String> multiarch = new HashSet<>();
    for (List<InstalledPackage> list : List.of(a, b)) {
      Set<String> names = new HashSet<>();
      for (InstalledPackage p : list) {
        if (!names.add(p.name())) {
          multiarch.add(p.name());
        }
      }
    }
    return multiarch;
  }

  private static void smoke(List<SmokeResult> a, List<SmokeResult> b, List<Change> changes) {
    Map<String, SmokeResult> before = byKey(a, SmokeResult::name);
    Map<String, SmokeResult> after = byKey(b, SmokeResult::name);
    for (String name : union(before.keySet(), after.keySet())) {
      SmokeResult old = before.get(name);
      SmokeResult now = after.get(name);
      if (old == null) {
        changes.add(new Change("smoke", "added " + name + " " + verdict(now)));
      } else if (now == null) {
        changes.add(new Change("smoke", "removed " + name + " " + verdict(old)));
      } else {
        smokeChanges(old, now, changes);
      }
    }
  }

  private static void smokeChanges(SmokeResult old, SmokeResult now, List<Change> changes) {
    String name = old.name();
    if (old.passed() != now.passed()) {
      changes.add(
          new Change("smoke", "changed " + name + " " + verdict(old) + " → " + verdict(now)));
    }
    smokeField(name, "run", old.run(), now.run(), changes);
    smokeField(name, "expect", old.expect(), now.expect(), changes);
    if (old.exitCode() != now.exitCode()) {
      changes.add(
          new Change(
              "smoke",
              "changed " + name + " exit code " + old.exitCode() + " → " + now.exitCode()));
    }
    smokeField(name, "stdout", old.stdout(), now.stdout(), changes);
    smokeField(name, "stderr", old.stderr(), now.stderr(), changes);
  }

  private static void smokeField(
      String name, String field, String old, String now, List<Change> changes) {
    if (!old.equals(now)) {
      changes.add(
          new Change(
              "smoke", "changed " + name + " " + field + " " + shown(old) + " → " + shown(now)));
    }
  }

  private static String verdict(SmokeResult s) {
    return s.passed() ? "passed" : "failed";
  }

  /** A value in quotes, with line ends and control characters visible, cut when long. */
  static String shown(String value) {
    StringBuilder text = new StringBuilder("\"");
    int limit = Math.min(value.length(), SHOWN_CHARS);
    for (int i = 0; i < limit; i++) {
      text.append(escaped(value.charAt(i)));
    }
    text.append('"');
    if (value.length() > SHOWN_CHARS) {
      text.append("… (").append(value.length()).append(" chars)");
    }
    return text.toString();
  }

  private static String escaped(char c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      default -> c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    };
  }

  private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(item -> map.put(key.apply(item), item));
    return map;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
