package dev.lockstep.resolve;

import dev.lockstep.engine.DockerArchive;
import dev.lockstep.engine.Engine;
import dev.lockstep.env.Lock.LockedBase;
import dev.lockstep.env.RootfsBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The base image of an environment, built from the Debian archive with mmdebstrap and loaded as a
 * docker-archive whose id depends only on the rootfs and SOURCE_DATE_EPOCH.
 */
public final class BaseImage {
  /** The one mirror lockstep builds from; the lock records it so a change shows. */
  public static final String MIRROR = "http://deb.debian.org/debian";

  /** The label that names a base's inputs, so a base built before from the same is found. */
  public static final String LABEL = "dev.lockstep.base";

  private BaseImage() {}

  /**
   * A base the engine already holds, built before from the same suite, variant, mirror,
   * SOURCE_DATE_EPOCH and mmdebstrap version: it would be built again bit for bit.
   */
  public static Optional<Created> find(Engine engine, RootfsBase base, long sourceDateEpoch)
      throws MissingToolException {
    String builder = Mmdebstrap.version();
    // Images built FROM a base inherit its labels; the base itself is the one with one layer.
    for (String id : engine.imageIdsByLabel(LABEL, inputs(base, sourceDateEpoch, builder))) {
      List<String> layers = engine.layers(id);
      if (layers.size() == 1) {
        return Optional.of(new Created(layers.get(0).replaceFirst("^sha256:", ""), id, builder));
      }
    }
    return Optional.empty();
  }

  /** A base that was built and loaded. */
  public record Created(String rootfsSha256, String imageId, String builder) {}

  /** Builds a base from the archive and loads it into the engine. */
  public static Created create(
      Engine engine, RootfsBase base, long sourceDateEpoch, Consumer<String> progress)
      throws MissingToolException, ResolveException {
    String builder = Mmdebstrap.version();
    Path work = workDir();
    try {
      progress.accept(
          "building the "
              + base.suite()
              + "/"
              + base.variant()
              + " base with "
              + builder
              + " (SOURCE_DATE_EPOCH="
              + sourceDateEpoch
              + ")");
      Mmdebstrap.Rootfs rootfs = Mmdebstrap.build(base, MIRROR, sourceDateEpoch, work);

      DockerArchive archive = archive(base, rootfs, sourceDateEpoch, builder);
      String id = archive.loadInto(engine);
      verifyLoaded(engine, id);
      progress.accept("loaded base " + id + " as " + archive.repoTag());
      return new Created(rootfs.sha256(), id, builder);
    } finally {
      deleteTree(work);
    }
  }

  /**
   * Makes sure the engine holds the locked base, rebuilding it from the archive when absent.
   * Returns whether it was there already. A rebuild that gives another rootfs means the archive
   * moved since the lock was made.
   */
  public static boolean ensure(
      Engine engine, LockedBase locked, String env, Consumer<String> progress)
      throws MissingToolException, ResolveException {
    if (engine.imageExists(locked.imageId())) {
      return true;
    }
    progress.accept("base " + locked.imageId() + " is not in the engine; re-creating it");
    RootfsBase base = new RootfsBase(locked.suite(), locked.variant());
    Created created = create(engine, base, locked.sourceDateEpoch(), progress);
    if (!created.rootfsSha256().equals(locked.rootfsSha256())) {
      throw new ArchiveMovedException(
          "the Debian archive moved since lock/"
              + env
              + ".lock.json was made: rebuilding the "
              + base.suite()
              + "/"
              + base.variant()
              + " base gave rootfs sha256 "
              + created.rootfsSha256()
              + ", the lock has "
              + locked.rootfsSha256()
              + "; run `lockstep lock "
              + env
              + "` to lock the archive as it is now");
    }
    if (!created.imageId().equals(locked.imageId())) {
      throw new ResolveException(
          "the re-created base has image id "
              + created.imageId()
              + ", the lock names "
              + locked.imageId()
              + " (same rootfs; "
              + created.builder()
              + " or the image"
              + " config differs); run `lockstep lock "
              + env
              + "`");
    }
    return false;
  }

  /** The name the base is loaded under, for people; lockstep itself uses the id. */
  public static String repoTag(RootfsBase base, String rootfsSha256) {
    return "lockstep/base:"
        + base.suite()
        + "-"
        + base.variant()
        + "-"
        + rootfsSha256.substring(0, 12);
  }

  private static DockerArchive archive(
      RootfsBase base, Mmdebstrap.Rootfs rootfs, long epoch, String builder) {
    return new DockerArchive(
        rootfs.tar(),
        rootfs.sha256(),
        epoch,
        architecture(),
        repoTag(base, rootfs.sha256()),
        Mmdebstrap.commandLine(base, MIRROR),
        Map.of(LABEL, inputs(base, epoch, builder)));
  }

  private static String inputs(RootfsBase base, long epoch, String builder) {
    return base.suite()
        + " "
        + base.variant()
        + " "
        + MIRROR
        + " SOURCE_DATE_EPOCH="
        + epoch
        + " "
        + builder;
  }

  private static void verifyLoaded(Engine engine, String id) throws ResolveException {
    if (!engine.imageExists(id)) {
      throw new ResolveException(
          "the engine loaded the base archive but has no image "
              + id
              + "; its docker-archive support differs from what lockstep expects");
    }
  }

  // mmdebstrap builds for the host's own architecture; the image config names it in Go's terms.
  private static String architecture() {
    String arch = System.getProperty("os.arch");
    return switch (arch) {
      case "amd64", "x86_64" -> "amd64";
      case "aarch64", "arm64" -> "arm64";
      default -> arch;
    };
  }

  private static Path workDir() throws MissingToolException {
    try {
      return Files.createTempDirectory("lockstep-base-");
    } catch (IOException e) {
      throw new MissingToolException("cannot make a temporary folder: " + e.getMessage(), e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind costs disk space only.
    }
  }
}
