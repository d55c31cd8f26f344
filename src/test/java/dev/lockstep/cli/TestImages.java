package dev.lockstep.cli;

import dev.lockstep.engine.Engine;
import dev.lockstep.env.RootfsBase;
import dev.lockstep.resolve.BaseImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A minbase bookworm image for engine tests, built from the Debian archive the first time and kept
 * under its own name, so later runs start in seconds. Its content is what the archive holds today.
 */
final class TestImages {
  static final String REPOSITORY = "lockstep-test-e2/minbase";
  static final String TAG = "bookworm";
  static final String MINBASE = REPOSITORY + ":" + TAG;

  static final String EMPTY = "lockstep-test-e2/empty:1";
  static final String ENTRYPOINT = "lockstep-test-e2/entrypoint:1";

  private static final long SOURCE_DATE_EPOCH = 1_700_000_000L;

  private TestImages() {}

  /** An image with nothing in it: no shell, no tail, no dpkg. */
  static synchronized String empty(Engine engine, Path work) throws Exception {
    String name = EMPTY;
    if (!engine.imageExists(name)) {
      Path tar = work.resolve("empty.tar");
      try (OutputStream out = Files.newOutputStream(tar)) {
        out.write(new byte[1024]); // two zero blocks: the end of an empty tar
      }
      docker("import", tar.toString(), name);
    }
    return name;
  }

  /** The minbase image with an entrypoint that fails, as images made to run one program have. */
  static synchronized String withFailingEntrypoint(Engine engine, Path work) throws Exception {
    String name = ENTRYPOINT;
    if (!engine.imageExists(name)) {
      Files.writeString(
          work.resolve("Dockerfile"),
          "FROM " + minbase(engine) + "\nENTRYPOINT [\"/bin/false\"]\n");
      docker("build", "-q", "-t", name, work.toString());
    }
    return name;
  }

  /** Removes the small images a test made; the minbase image is kept for the next run. */
  static void removeSmallImages(Engine engine) {
    engine.removeImage(ENTRYPOINT);
    engine.removeImage(EMPTY);
  }

  private static void docker(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("/usr/bin/docker"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
    }
  }

  static synchronized String minbase(Engine engine) throws Exception {
    if (!engine.imageExists(MINBASE)) {
      BaseImage.Created created =
          BaseImage.create(
              engine, new RootfsBase("bookworm", "minbase"), SOURCE_DATE_EPOCH, line -> {});
      engine.tag(created.imageId(), REPOSITORY, TAG);
    }
    return MINBASE;
  }
}
