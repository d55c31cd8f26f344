package dev.lockstep.scan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.util.Optional;

/** Reads TOML files for the scanners; a file that does not parse becomes a diagnostic. */
public final class TomlTrees {
  /** The TOML reader, made on first use: a run without TOML files never pays for it. */
  private static final class Holder {
    static final TomlMapper MAPPER = new TomlMapper();
  }

  private TomlTrees() {}

  /** The file's tree, or empty when it is empty or not valid TOML (then reported). */
  public static Optional<JsonNode> read(SourceFile file, Report report) {
    try {
      return Optional.ofNullable(Holder.MAPPER.readTree(Trees.withoutByteOrderMark(file.text())));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      report.diagnostic(
          at == null ? 1 : at.getLineNr(),
          at == null ? 1 : at.getColumnNr(),
          "not valid TOML: " + e.getOriginalMessage());
    } catch (IOException | RuntimeException e) {
      report.diagnostic(1, 1, "not valid TOML: " + e.getMessage());
    }
    return Optional.empty();
  }

  /** The tree of TOML text that is only consulted, such as a sibling file; empty if invalid. */
  public static Optional<JsonNode> parse(String text) {
    try {
      return Optional.ofNullable(Holder.MAPPER.readTree(Trees.withoutByteOrderMark(text)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
