package dev.lockstep.record;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.lockstep.env.CanonicalJson;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads record files, turning every way a file can be wrong into one plain reason. */
public final class RecordReader {

  /** A record file's bytes and the record they hold. */
  public record Loaded(Path file, byte[] bytes, Record record) {
    /** Whether the file's bytes are the canonical form of its record. */
    public boolean canonical() {
      return java.util.Arrays.equals(
          bytes, RecordJson.write(record).getBytes(StandardCharsets.UTF_8));
    }
  }

  // A second document after the first, or a key given twice, is not a record either.
  private static final ObjectReader STRICT =
      CanonicalJson.mapper()
          .reader()
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

  private RecordReader() {}

  /** Reads and checks a record file. */
  public static Loaded read(Path file) throws UnreadableRecordException {
    byte[] bytes = bytes(file);
    return new Loaded(file, bytes, parse(file, bytes));
  }

  /** Checks bytes already read as a record; {@code file} only names them in messages. */
  public static Record parse(Path file, byte[] bytes) throws UnreadableRecordException {
    JsonNode tree = json(file, text(file, bytes));
    try {
      return RecordJson.read(tree);
    } catch (RecordFormatException e) {
      throw new UnreadableRecordException(file, "not a lockstep record: " + e.getMessage());
    }
  }

  private static byte[] bytes(Path file) throws UnreadableRecordException {
    try {
      if (Files.isDirectory(file)) {
        throw new UnreadableRecordException(file, "is a folder, not a record file");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UnreadableRecordException(file, "no such file");
    } catch (AccessDeniedException e) {
      throw new UnreadableRecordException(file, "permission denied");
    } catch (IOException e) {
      throw new UnreadableRecordException(file, "cannot be read: " + e.getMessage());
    }
  }

  private static String text(Path file, byte[] bytes) throws UnreadableRecordException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableRecordException(file, "not UTF-8 text");
    }
  }

  private static JsonNode json(Path file, String text) throws UnreadableRecordException {
    if (text.isBlank()) {
      throw new UnreadableRecordException(file, "empty file, not JSON");
    }
    try {
      JsonNode tree = STRICT.readTree(text);
      if (tree == null || tree.isMissingNode()) {
        throw new UnreadableRecordException(file, "empty file, not JSON");
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw new UnreadableRecordException(file, "not JSON: " + where(e) + reason(e));
    } catch (IOException e) {
      throw new UnreadableRecordException(file, "not JSON: " + e.getMessage());
    }
  }

  // Jackson's own words name its classes and features; a user needs only what is wrong.
  private static String reason(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message.startsWith("Trailing token")) {
      return "more content after the end of the JSON document";
    }
    return message;
  }

  private static String where(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
  }
}
