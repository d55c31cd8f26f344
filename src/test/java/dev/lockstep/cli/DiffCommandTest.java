package dev.lockstep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  @TempDir Path dir;
  private Path a;
  private Path b;

  static String record(String helloVersion, boolean held) {
    return "{\n"
        + "  \"format\": 1,\n"
        + "  \"os\": {\n"
        + "    \"debianVersion\": \"12.11\",\n"
        + "    \"id\": \"debian\",\n"
        + "    \"prettyName\": \"Debian GNU/Linux 12 (bookworm)\",\n"
        + "    \"versionCodename\": \"bookworm\",\n"
        + "    \"versionId\": \"12\"\n"
        + "  },\n"
        + "  \"packages\": [\n"
        + "    {\n"
        + "      \"architecture\": \"amd64\",\n"
        + "      \"held\": "
        + held
        + ",\n"
        + "      \"name\": \"hello\",\n"
        + "      \"status\": \"installed\",\n"
        + "      \"version\": \""
        + helloVersion
        + "\"\n"
        + "    }\n"
        + "  ],\n"
        + "  \"smoke\": []\n"
        + "}\n";
  }

  @BeforeEach
  void files() {
    a = dir.resolve("a.json");
    b = dir.resolve("b.json");
  }

  @Test
  void equalFilesAreIdenticalAndExitZero() throws Exception {
    Files.writeString(a, record("2.10-3", true));
    Files.writeString(b, record("2.10-3", true));

    Run run = Run.of("diff", a.toString(), b.toString());

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).isEqualTo("identical\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aChangedPackageIsListedAndExitsOne() throws Exception {
    Files.writeString(a, record("2.10-2", false));
    Files.writeString(b, record("2.10-3", true));

    Run run = Run.of("diff", a.toString(), b.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            "packages: changed hello 2.10-2 → 2.10-3\npackages: changed hello not held → held\n");
  }

  @Test
  void sameContentInOtherBytesIsNotCalledIdentical() throws Exception {
    Files.writeString(a, record("2.10-3", true));
    Files.writeString(b, record("2.10-3", true).replace("  ", "    "));

    Run run = Run.of("diff", a.toString(), b.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo("bytes: same content, different bytes; not in canonical form: " + b + "\n");
  }

  @Test
  void aMissingFileExitsTwoNamingIt() throws Exception {
    Files.writeString(a, record("2.10-3", true));

    Run run = Run.of("diff", a.toString(), b.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("lockstep: " + b + ": no such file\n");
  }

  @Test
  void aJsonSyntaxErrorGivesLineAndColumn() throws Exception {
    Files.writeString(a, "{\n  \"format\": 1,\n  \"os\": {,\n}\n");
    Files.writeString(b, record("2.10-3", true));

    Run run = Run.of("diff", a.toString(), b.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("lockstep: " + a + ": not JSON: line 3, column 10: ");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void jsonThatIsNotARecordExitsTwoSayingWhy() throws Exception {
    Files.writeString(a, "{\"name\": \"lockstep\", \"version\": \"1\"}\n");
    Files.writeString(b, "[1, 2]\n");

    Run run = Run.of("diff", a.toString(), b.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "lockstep: "
                + a
                + ": not a lockstep record: the document has a field a record does not have: name\n"
                + "lockstep: "
                + b
                + ": not a lockstep record: the document is not a JSON object\n");
  }

  @Test
  void emptyAndBinaryFilesAreUnreadable() throws Exception {
    Files.writeString(a, "");
    Files.write(b, new byte[] {(byte) 0xff, (byte) 0xfe, 0});

    Run run = Run.of("diff", a.toString(), b.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(a + ": empty file, not JSON").contains(b + ": not UTF-8 text");
  }

  @Test
  void aFolderIsNotARecord() throws Exception {
    Files.writeString(b, record("2.10-3", true));

    Run run = Run.of("diff", dir.toString(), b.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("lockstep: " + dir + ": is a folder, not a record file\n");
  }

  @Test
  void trailingContentAfterTheRecordIsRefused() throws Exception {
    Files.writeString(a, record("2.10-3", true) + "{}\n");
    Files.writeString(b, record("2.10-3", true));

    Run run = Run.of("diff", a.toString(), b.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "lockstep: "
                + a
                + ": not JSON: line 21, column 1: more content after the end of the JSON document\n");
  }

  @Test
  void oneFileIsAUsageErrorExitingTwo() {
    Run run = Run.of("diff", "only.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("B.json");
  }
}
