package dev.lockstep.resolve;

import dev.lockstep.env.RootfsBase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds a Debian rootfs tar with mmdebstrap. With SOURCE_DATE_EPOCH fixed its tar is the same, bit
 * for bit, as long as the mirror holds the same packages.
 */
public final class Mmdebstrap {
  private static final String PROGRAM = "mmdebstrap";
  private static final long LIMIT_MINUTES = 15;

  private Mmdebstrap() {}

  /** A rootfs tar written by mmdebstrap and its sha256. */
  public record Rootfs(Path tar, String sha256) {}

  /** mmdebstrap's own version line, for example {@code mmdebstrap 1.3.5}. */
  public static String version() throws MissingToolException {
    Path log = null;
    try {
      log = Files.createTempFile("lockstep-mmdebstrap", ".log");
      int exit =
          run(List.of(PROGRAM, "--version"), log, Path.of(System.getProperty("java.io.tmpdir")), 0);
      String out = Files.readString(log, StandardCharsets.UTF_8).strip();
      if (exit != 0 || out.isEmpty()) {
        throw new MissingToolException("`mmdebstrap --version` failed: " + out);
      }
      return out.lines().findFirst().orElseThrow();
    } catch (IOException e) {
      throw new MissingToolException("cannot run mmdebstrap: " + e.getMessage(), e);
    } finally {
      deleteQuietly(log);
    }
  }

  /** Builds the rootfs of a base into {@code workDir}, which also serves as its TMPDIR. */
  public static Rootfs build(RootfsBase base, String mirror, long sourceDateEpoch, Path workDir)
      throws MissingToolException, ResolveException {
    Path tar = workDir.resolve("rootfs.tar");
    Path log = workDir.resolve("mmdebstrap.log");
    List<String> command =
        List.of(
            PROGRAM,
            "--quiet",
            "--variant=" + base.variant(),
            base.suite(),
            tar.toString(),
            mirror);
    try {
      int exit = run(command, log, workDir, sourceDateEpoch);
      if (exit != 0) {
        throw new ResolveException(
            "mmdebstrap failed (exit "
                + exit
                + ") building "
                + base.suite()
                + "/"
                + base.variant()
                + ": "
                + lastLines(log));
      }
      return new Rootfs(tar, sha256(tar));
    } catch (IOException e) {
      throw new MissingToolException(
          "cannot run mmdebstrap ("
              + e.getMessage()
              + "); install it with `scripts/engine.sh`"
              + " (Debian, as root) or `apt-get install mmdebstrap`",
          e);
    }
  }

  /** The command line lockstep runs, for the image history and for people to repeat it. */
  public static String commandLine(RootfsBase base, String mirror) {
    return PROGRAM + " --variant=" + base.variant() + " " + base.suite() + " OUT.tar " + mirror;
  }

  /** The sha256 of a file, streamed. */
  public static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    }
  }

  private static int run(List<String> command, Path log, Path tmp, long epoch) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.environment().put("TMPDIR", tmp.toString());
    if (epoch > 0) {
      builder.environment().put("SOURCE_DATE_EPOCH", Long.toString(epoch));
    }
    Process process = builder.start();
    try {
      if (!process.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IOException("mmdebstrap did not finish within " + LIMIT_MINUTES + " minutes");
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while mmdebstrap ran", e);
    }
  }

  private static String lastLines(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A leftover temporary log costs nothing.
      }
    }
  }
}
