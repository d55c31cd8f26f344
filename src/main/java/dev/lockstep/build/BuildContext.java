package dev.lockstep.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The build context of an environment, kept under {@code build/ENV/}: the generated Dockerfile, for
 * people to read, and {@code context.tar}, what the engine is sent. The tar's entries carry no
 * times or owners, so the same lock gives the same bytes.
 */
public record BuildContext(Path dockerfile, Path tar) {

  /** The folder an environment's build context goes in. */
  public static Path dir(Path projectDir, String env) {
    return projectDir.resolve("build").resolve(env);
  }

  /** Writes the Dockerfile and the context tar holding it into {@code dir}. */
  public static BuildContext write(Path dir, String dockerfileText) throws IOException {
    Files.createDirectories(dir);
    byte[] bytes = dockerfileText.getBytes(StandardCharsets.UTF_8);
    Path dockerfile = dir.resolve("Dockerfile");
    Files.write(dockerfile, bytes);
    Path tar = dir.resolve("context.tar");
    try (OutputStream out = Files.newOutputStream(tar);
        TarArchiveOutputStream archive = new TarArchiveOutputStream(out)) {
      TarArchiveEntry entry = new TarArchiveEntry("Dockerfile");
      entry.setSize(bytes.length);
      entry.setModTime(0);
      entry.setMode(0644);
      archive.putArchiveEntry(entry);
      archive.write(bytes);
      archive.closeArchiveEntry();
      archive.finish();
    }
    return new BuildContext(dockerfile, tar);
  }
}
