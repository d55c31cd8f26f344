package dev.lockstep.env;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads and writes {@code lock/NAME.lock.json} in canonical JSON. */
public final class LockFiles {
  private LockFiles() {}

  /** A lock as read, with the sha256 of its bytes (the provisioned image is tagged by it). */
  public record Read(Lock lock, String sha256) {}

  /** The lock file of an environment under a project folder. */
  public static Path path(Path projectDir, String env) {
    return projectDir.resolve("lock").resolve(env + ".lock.json");
  }

  /** The canonical bytes of a lock: equal locks give equal bytes. */
  public static byte[] bytes(Lock lock) {
    return CanonicalJson.bytes(lock);
  }

  /** Writes a lock through a temporary sibling and an atomic move; returns its bytes' sha256. */
  public static String write(Path file, Lock lock) throws IOException {
    byte[] bytes = bytes(lock);
    AtomicFiles.write(file, bytes);
    return CanonicalJson.sha256(bytes);
  }

  /** Reads the lock of an environment; a missing or unreadable one says how to make it again. */
  public static Read read(Path file, String env) throws LockException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new LockException(file + " is missing; run `lockstep lock " + env + "` to make it");
    } catch (IOException e) {
      throw new LockException("cannot read " + file + ": " + e.getMessage());
    }
    try {
      Lock lock =
          CanonicalJson.mapper().readValue(new String(bytes, StandardCharsets.UTF_8), Lock.class);
      return new Read(lock, CanonicalJson.sha256(bytes));
    } catch (ValueInstantiationException e) {
      throw unreadable(
          file, env, e.getCause() == null ? e.getOriginalMessage() : e.getCause().getMessage());
    } catch (JsonProcessingException e) {
      throw unreadable(file, env, e.getOriginalMessage());
    }
  }

  /** Refuses a lock made from another version of the matrix. */
  public static void requireCurrent(Read read, Matrix matrix, Path lockFile) throws LockException {
    if (read.lock().isStaleFor(matrix)) {
      throw new LockException(
          lockFile
              + " is stale: envs/"
              + matrix.name()
              + ".yaml changed since it was locked"
              + " (matrix sha256 "
              + matrix.sha256().substring(0, 12)
              + ", the lock has "
              + read.lock().matrix().sha256().substring(0, 12)
              + "); run `lockstep lock "
              + matrix.name()
              + "`");
    }
  }

  private static LockException unreadable(Path file, String env, String reason) {
    String firstLine = reason == null ? "unknown reason" : reason.lines().findFirst().orElse("");
    return new LockException(
        file
            + " is not a lock this lockstep reads ("
            + firstLine
            + "); run `lockstep lock "
            + env
            + "` to write it again");
  }
}
