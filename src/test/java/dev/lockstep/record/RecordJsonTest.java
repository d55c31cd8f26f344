package dev.lockstep.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.env.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordJsonTest {

  @Test
  void writingReadingAndWritingAgainGivesTheSameBytes() throws Exception {
    String once = RecordJson.write(Records.sample());

    Record read = RecordReader.parse(Path.of("a.json"), once.getBytes(StandardCharsets.UTF_8));

    assertThat(read).isEqualTo(Records.sample());
    assertThat(RecordJson.write(read)).isEqualTo(once);
  }

  @Test
  void recordIsCanonicalSortedAndEndsWithOneNewline() {
    String text = RecordJson.write(Records.sample());

    assertThat(text)
        .startsWith("{\n  \"format\": 1,\n  \"os\": {\n    \"debianVersion\": \"12.11\",");
    assertThat(text).endsWith("}\n").doesNotEndWith("\n\n").doesNotContain("\r");
    assertThat(text).isEqualTo(CanonicalJson.write(RecordJson.tree(Records.sample())));
  }

  @Test
  void packagesAreSortedByNameThenArchitecture() {
    List<String> keys = Records.sample().packages().stream().map(InstalledPackage::key).toList();

    assertThat(keys)
        .containsExactly(
            "base-files:amd64",
            "dash:amd64",
            "hello:amd64",
            "libc6:amd64",
            "libc6:i386",
            "libstdc++6:amd64",
            "perl-base:amd64",
            "tzdata:amd64");
  }

  @Test
  void aPackageListedTwiceIsRefused() {
    assertThatThrownBy(
            () ->
                Records.record(
                    List.of(Records.pkg("hello", "1"), Records.pkg("hello", "2")), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hello:amd64 appears twice");
  }

  @Test
  void aFieldTheFormatDoesNotDefineIsRefusedWithItsPath() {
    ObjectNode tree = RecordJson.tree(Records.sample());
    ((ObjectNode) tree.get("packages").get(2)).put("priority", "required");

    assertThatThrownBy(() -> RecordJson.read(tree))
        .isInstanceOf(RecordFormatException.class)
        .hasMessage("packages[2] has a field a record does not have: priority");
  }

  @Test
  void aMissingFieldIsRefusedWithItsPath() {
    ObjectNode tree = RecordJson.tree(Records.sample());
    ((ObjectNode) tree.get("smoke").get(0)).remove("passed");

    assertThatThrownBy(() -> RecordJson.read(tree))
        .isInstanceOf(RecordFormatException.class)
        .hasMessage("smoke[0] lacks the field passed");
  }

  @Test
  void aFieldOfTheWrongTypeIsRefusedWithItsPath() {
    ObjectNode tree = RecordJson.tree(Records.sample());
    ((ObjectNode) tree.get("packages").get(0)).put("held", "yes");

    assertThatThrownBy(() -> RecordJson.read(tree))
        .isInstanceOf(RecordFormatException.class)
        .hasMessage("packages[0].held must be true or false");
  }

  @Test
  void anotherFormatVersionIsRefused() {
    ObjectNode tree = RecordJson.tree(Records.sample());
    tree.put("format", 2);

    assertThatThrownBy(() -> RecordJson.read(tree))
        .isInstanceOf(RecordFormatException.class)
        .hasMessageContaining("record format 2 is not the format 1");
  }
}
