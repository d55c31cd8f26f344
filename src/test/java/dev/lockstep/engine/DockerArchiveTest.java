package dev.lockstep.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerArchiveTest {
  @TempDir Path dir;

  private DockerArchive archive(long epoch) throws Exception {
    Path rootfs = dir.resolve("rootfs.tar");
    Files.writeString(rootfs, "not really a tar");
    return new DockerArchive(
        rootfs,
        "a".repeat(64),
        epoch,
        "amd64",
        "lockstep/base:test",
        "mmdebstrap",
        Map.of("k", "v"));
  }

  @Test
  void imageIdDependsOnlyOnTheInputs() throws Exception {
    assertThat(archive(1783764997L).imageId()).isEqualTo(archive(1783764997L).imageId());
    assertThat(archive(1783764997L).imageId()).isNotEqualTo(archive(1783764998L).imageId());
  }

  @Test
  void configFixesCreatedAndNamesTheLayer() throws Exception {
    String config = new String(archive(1783764997L).config(), StandardCharsets.UTF_8);

    assertThat(config)
        .contains("\"created\": \"2026-07-11T10:16:37Z\"")
        .contains("\"diff_ids\": [\n      \"sha256:" + "a".repeat(64) + "\"")
        .contains("\"k\": \"v\"");
  }

  @Test
  void archiveHoldsManifestConfigAndLayer() throws Exception {
    DockerArchive archive = archive(1783764997L);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    archive.writeTo(out);

    List<String> names = new ArrayList<>();
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        names.add(e.getName());
      }
    }
    assertThat(names)
        .containsExactly(
            "manifest.json",
            archive.imageId().substring(7) + ".json",
            "a".repeat(64) + "/layer.tar");
  }

  @Test
  void ansiCodesAreStrippedFromBuildLines() {
    assertThat(BuildStream.stripAnsi("\u001B[1;31mE: oops\u001B[0m")).isEqualTo("E: oops");
  }
}
