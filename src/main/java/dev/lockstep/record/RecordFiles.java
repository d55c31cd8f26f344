package dev.lockstep.record;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.env.AtomicFiles;
import dev.lockstep.env.CanonicalJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Writes a record and its meta file side by side ({@code NAME.json} and {@code NAME.meta.json}).
 * Each file is written to a temporary file in the same folder and moved into place, so a reader
 * sees the old file or the new one, never half of one.
 */
public final class RecordFiles {

  /** Where a record and its meta file went. */
  public record Written(Path record, Path meta, String recordSha256) {}

  private RecordFiles() {}

  /** The record file for an environment under a project folder: {@code records/NAME.json}. */
  public static Path recordPath(Path projectDir, String envName) {
    return projectDir.resolve("records").resolve(envName + ".json");
  }

  /** The meta file beside a record file: {@code X.json} gives {@code X.meta.json}. */
  public static Path metaPath(Path recordFile) {
    String name = recordFile.getFileName().toString();
    String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    return recordFile.resolveSibling(stem + ".meta.json");
  }

  /** Writes the record, then its meta file; the meta file names the record's sha256. */
  public static Written write(Path recordFile, Record record, RecordMeta meta) throws IOException {
    Objects.requireNonNull(record);
    Objects.requireNonNull(meta);
    byte[] recordBytes = RecordJson.write(record).getBytes(StandardCharsets.UTF_8);
    String sha256 = CanonicalJson.sha256(recordBytes);
    Path metaFile = metaPath(recordFile);

    AtomicFiles.write(recordFile, recordBytes);
    AtomicFiles.write(metaFile, CanonicalJson.bytes(metaTree(meta, sha256)));

    return new Written(recordFile, metaFile, sha256);
  }

  static ObjectNode metaTree(RecordMeta meta, String recordSha256) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("createdAt", meta.createdAt().truncatedTo(ChronoUnit.SECONDS).toString());
    node.put("host", meta.host());
    node.put("target", meta.target());
    meta.containerId().ifPresent(id -> node.put("containerId", id));
    meta.imageId().ifPresent(id -> node.put("imageId", id));
    node.put("lockstepVersion", meta.lockstepVersion());
    meta.lockSha256().ifPresent(sha -> node.put("lockSha256", sha));
    node.put("recordSha256", recordSha256);
    return node;
  }
}
