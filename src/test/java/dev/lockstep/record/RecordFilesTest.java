package dev.lockstep.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lockstep.env.CanonicalJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordFilesTest {
  @TempDir Path dir;

  private static RecordMeta meta() {
    return new RecordMeta(
        Instant.parse("2026-12-03T10:15:30.123Z"),
        "build-7",
        "image",
        Optional.of("c0ffee"),
        Optional.of("sha256:" + "a".repeat(64)),
        "0.1.0",
        Optional.empty());
  }

  @Test
  void recordGoesToNameJsonAndItsMetaBesideIt() throws Exception {
    Path file = RecordFiles.recordPath(dir, "dev");

    RecordFiles.Written written = RecordFiles.write(file, Records.sample(), meta());

    assertThat(written.record()).isEqualTo(dir.resolve("records/dev.json"));
    assertThat(written.meta()).isEqualTo(dir.resolve("records/dev.meta.json"));
    assertThat(Files.readString(written.record())).isEqualTo(RecordJson.write(Records.sample()));
    assertThat(written.recordSha256())
        .isEqualTo(CanonicalJson.sha256(Files.readAllBytes(written.record())));
  }

  @Test
  void metaHoldsWhatChangesRunToRunAndTheRecordHoldsNoneOfIt() throws Exception {
    RecordFiles.Written written =
        RecordFiles.write(dir.resolve("out.json"), Records.sample(), meta().withLockSha256("ab12"));

    String meta = Files.readString(written.meta());
    assertThat(meta)
        .isEqualTo(
            "{\n"
                + "  \"containerId\": \"c0ffee\",\n"
                + "  \"createdAt\": \"2026-12-03T10:15:30Z\",\n"
                + "  \"host\": \"build-7\",\n"
                + "  \"imageId\": \"sha256:"
                + "a".repeat(64)
                + "\",\n"
                + "  \"lockSha256\": \"ab12\",\n"
                + "  \"lockstepVersion\": \"0.1.0\",\n"
                + "  \"recordSha256\": \""
                + written.recordSha256()
                + "\",\n"
                + "  \"target\": \"image\"\n"
                + "}\n");
    assertThat(Files.readString(written.record()))
        .doesNotContain("c0ffee", "build-7", "2026-12-03", "0.1.0");
  }

  @Test
  void rewritingReplacesTheFileAndLeavesNoTemporaryFileBehind() throws Exception {
    Path file = dir.resolve("records/dev.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "old and longer than anything else that could be in here".repeat(200));

    RecordFiles.write(file, Records.sample(), meta());

    assertThat(Files.readString(file)).isEqualTo(RecordJson.write(Records.sample()));
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("dev.json", "dev.meta.json");
    }
  }

  @Test
  void metaPathOfAFileWithoutJsonSuffixAppendsIt() {
    assertThat(RecordFiles.metaPath(Path.of("out/prod"))).isEqualTo(Path.of("out/prod.meta.json"));
  }
}
