package dev.lockstep.build;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.lockstep.engine.BuildFailedException;
import dev.lockstep.engine.Engine;
import dev.lockstep.engine.ImageInfo;
import dev.lockstep.env.CanonicalJson;
import dev.lockstep.env.Lock;
import dev.lockstep.env.LockFiles;
import dev.lockstep.resolve.AptResolver;
import dev.lockstep.resolve.BaseImage;
import dev.lockstep.resolve.MissingToolException;
import dev.lockstep.resolve.ResolveException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds an environment's image from its lock alone and tags it by the lock's hash, so that an
 * unchanged lock whose image exists is a cache hit. The tag is set only after a build succeeded.
 */
public final class ImageBuilder {
  private static final Pattern VERSION_NOT_FOUND =
      Pattern.compile("Version '([^']+)' for '([^']+)' was not found");

  /** The label holding the sha256 of the Dockerfile an image was built from. */
  public static final String DOCKERFILE_LABEL = "dev.lockstep.dockerfile";

  private ImageBuilder() {}

  /** The image an environment was provisioned into, and whether it was there already. */
  public record Image(String tag, String imageId, boolean cacheHit, Path dockerfile) {}

  /**
   * The tag of an environment's image: {@code lockstep/ENV:<first 12 hex of the lock's sha256>}.
   */
  public static String tag(String env, String lockSha256) {
    return repository(env) + ":" + lockSha256.substring(0, 12);
  }

  /** The repository all of an environment's images are tagged in. */
  public static String repository(String env) {
    return "lockstep/" + env;
  }

  /** Makes sure the engine holds the image of this lock, building it when it does not. */
  public static Image provision(
      Engine engine,
      Path projectDir,
      String env,
      LockFiles.Read lock,
      Consumer<String> progress,
      Consumer<String> buildLog)
      throws MissingToolException, ResolveException, PinVanishedException, IOException {
    String tag = tag(env, lock.sha256());
    String text = Dockerfile.generate(env, lock.lock(), lock.sha256());
    BuildContext context = BuildContext.write(BuildContext.dir(projectDir, env), text);
    // The tag is the lock's; the label also ties the image to the Dockerfile this lockstep
    // writes, so a lockstep that generates another one builds again instead of reusing.
    Map<String, String> labels =
        Map.of(DOCKERFILE_LABEL, CanonicalJson.sha256(text.getBytes(UTF_8)));
    Optional<ImageInfo> existing = engine.inspectImage(tag);
    if (existing.isPresent() && existing.get().labels().entrySet().containsAll(labels.entrySet())) {
      return new Image(tag, existing.get().id(), true, context.dockerfile());
    }

    BaseImage.ensure(engine, lock.lock().base(), env, progress);
    progress.accept("building " + tag + " from " + context.dockerfile());

    String imageId = build(engine, env, lock.lock(), context, labels, buildLog);
    engine.tag(imageId, repository(env), lock.sha256().substring(0, 12));
    existing
        .map(ImageInfo::id)
        .filter(old -> !old.equals(imageId))
        .ifPresent(engine::removeImageIfUnused);
    return new Image(tag, imageId, false, context.dockerfile());
  }

  private static String build(
      Engine engine,
      String env,
      Lock lock,
      BuildContext context,
      Map<String, String> labels,
      Consumer<String> buildLog)
      throws PinVanishedException, MissingToolException {
    try {
      return engine.build(context.tar(), labels, buildLog);
    } catch (BuildFailedException e) {
      Optional<PinVanishedException> vanished = vanishedPin(engine, env, lock, e.log());
      if (vanished.isPresent()) {
        throw vanished.get();
      }
      throw e;
    }
  }

  // apt names the first version it cannot find and stops; ask the mirror what it has instead.
  private static Optional<PinVanishedException> vanishedPin(
      Engine engine, String env, Lock lock, List<String> log) throws MissingToolException {
    for (String line : log) {
      Matcher matcher = VERSION_NOT_FOUND.matcher(line);
      if (matcher.find()) {
        String version = matcher.group(1);
        String name = matcher.group(2);
        List<String> now = AptResolver.mirrorVersions(engine, lock.base().imageId(), name);
        return Optional.of(new PinVanishedException(env, name, version, now));
      }
    }
    return Optional.empty();
  }
}
