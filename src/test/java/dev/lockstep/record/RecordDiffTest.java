package dev.lockstep.record;

import static dev.lockstep.record.Records.held;
import static dev.lockstep.record.Records.pkg;
import static dev.lockstep.record.Records.record;
import static dev.lockstep.record.Records.smoke;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordDiffTest {

  private static RecordReader.Loaded loaded(String name, Record record) {
    byte[] bytes = RecordJson.write(record).getBytes(StandardCharsets.UTF_8);
    return new RecordReader.Loaded(Path.of(name), bytes, record);
  }

  private static List<String> diff(Record a, Record b) {
    return RecordDiff.compare(a, b).stream().map(RecordDiff.Change::toString).toList();
  }

  @Test
  void equalBytesAreIdentical() {
    RecordDiff.Result result =
        RecordDiff.compare(loaded("a.json", Records.sample()), loaded("b.json", Records.sample()));

    assertThat(result.identical()).isTrue();
    assertThat(result.changes()).isEmpty();
  }

  @Test
  void aChangedVersionIsNamedWithOldAndNew() {
    assertThat(
            diff(
                record(List.of(pkg("hello", "2.10-2")), List.of()),
                record(List.of(pkg("hello", "2.10-3")), List.of())))
        .containsExactly("packages: changed hello 2.10-2 → 2.10-3");
  }

  @Test
  void addedAndRemovedPackagesNameVersionAndArchitecture() {
    assertThat(
            diff(
                record(List.of(pkg("hello", "2.10-3"), pkg("curl", "7.88.1-10")), List.of()),
                record(List.of(pkg("hello", "2.10-3"), pkg("jq", "1.6-2.1")), List.of())))
        .containsExactly(
            "packages: removed curl 7.88.1-10 amd64", "packages: added jq 1.6-2.1 amd64");
  }

  @Test
  void aHoldChangeIsNamed() {
    assertThat(
            diff(
                record(List.of(pkg("hello", "2.10-3")), List.of()),
                record(List.of(held("hello", "2.10-3")), List.of())))
        .containsExactly("packages: changed hello not held → held");
  }

  @Test
  void aStatusChangeIsNamed() {
    InstalledPackage removed =
        new InstalledPackage("dash", "0.5.12-2", "amd64", "config-files", false);
    assertThat(
            diff(
                record(List.of(pkg("dash", "0.5.12-2")), List.of()),
                record(List.of(removed), List.of())))
        .containsExactly("packages: changed dash status installed → config-files");
  }

  @Test
  void multiarchPackagesAreNamedWithTheirArchitecture() {
    InstalledPackage amd = new InstalledPackage("libc6", "2.36-9", "amd64", "installed", false);
    InstalledPackage i386 = new InstalledPackage("libc6", "2.36-9", "i386", "installed", false);
    InstalledPackage i386New = new InstalledPackage("libc6", "2.36-10", "i386", "installed", false);

    assertThat(
            diff(record(List.of(amd, i386), List.of()), record(List.of(amd, i386New), List.of())))
        .containsExactly("packages: changed libc6:i386 2.36-9 → 2.36-10");
  }

  @Test
  void osChangesNameTheField() {
    Record bookworm = record(List.of(pkg("hello", "2.10-3")), List.of());
    Record point =
        Record.of(
            new OsRelease("debian", "12", "bookworm", "Debian GNU/Linux 12 (bookworm)", "12.12"),
            bookworm.packages(),
            List.of());

    assertThat(diff(bookworm, point))
        .containsExactly("os: changed debianVersion \"12.11\" → \"12.12\"");
  }

  @Test
  void smokeVerdictAndOutputChangesAreNamed() {
    Record passing =
        record(List.of(pkg("hello", "2.10-3")), List.of(smoke("hello", "Hello, world!\n", true)));
    Record failing =
        record(List.of(pkg("hello", "2.10-3")), List.of(smoke("hello", "Bonjour\n", false)));

    assertThat(diff(passing, failing))
        .containsExactly(
            "smoke: changed hello passed → failed",
            "smoke: changed hello exit code 0 → 1",
            "smoke: changed hello stdout \"Hello, world!\\n\" → \"Bonjour\\n\"");
  }

  @Test
  void addedAndRemovedSmokeChecksAreNamed() {
    Record none = record(List.of(pkg("hello", "2.10-3")), List.of());
    Record one = record(List.of(pkg("hello", "2.10-3")), List.of(smoke("hello", "x", false)));

    assertThat(diff(none, one)).containsExactly("smoke: added hello failed");
    assertThat(diff(one, none)).containsExactly("smoke: removed hello failed");
  }

  @Test
  void longOutputIsCutInTheDiffLine() {
    assertThat(RecordDiff.shown("x".repeat(100)))
        .isEqualTo("\"" + "x".repeat(60) + "\"… (100 chars)");
  }

  @Test
  void sameRecordInOtherBytesIsNotIdenticalAndSaysWhichFileIsNotCanonical() {
    RecordReader.Loaded canonical = loaded("a.json", Records.sample());
    byte[] other =
        RecordJson.write(Records.sample()).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    RecordReader.Loaded crlf = new RecordReader.Loaded(Path.of("b.json"), other, Records.sample());

    RecordDiff.Result result = RecordDiff.compare(canonical, crlf);

    assertThat(result.identical()).isFalse();
    assertThat(result.changes())
        .extracting(RecordDiff.Change::toString)
        .containsExactly("bytes: same content, different bytes; not in canonical form: b.json");
  }
}
