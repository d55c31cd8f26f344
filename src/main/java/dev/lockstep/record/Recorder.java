package dev.lockstep.record;

import dev.lockstep.engine.ContainerInfo;
import dev.lockstep.engine.Engine;
import dev.lockstep.engine.EngineException;
import dev.lockstep.engine.EngineUnavailableException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Records a target: a throwaway container from an image, a container that already runs, or the
 * host. A container lockstep starts is removed when the probes end, also when they fail and when
 * the JVM is stopped (Ctrl-C) while they run; a container it was given is only exec'd into.
 */
public final class Recorder {
  // Images built from a rootfs have no CMD; this keeps a container up for exec on any image
  // that has coreutils or busybox.
  private static final List<String> KEEP_ALIVE = List.of("tail", "-f", "/dev/null");

  private final Prober prober = new Prober();

  /** A record and the ids of what was probed, for the meta file. */
  public record Recorded(Record record, Optional<String> containerId, Optional<String> imageId) {
    public Recorded {
      Objects.requireNonNull(record);
      Objects.requireNonNull(containerId);
      Objects.requireNonNull(imageId);
    }
  }

  /** Starts a throwaway container from an image, probes it and removes it. */
  public Recorded ofImage(Engine engine, String image, List<SmokeCheck> checks)
      throws ProbeException, TargetException {
    String imageId =
        ask(() -> engine.imageId(image), "image " + image)
            .orElseThrow(
                () ->
                    new TargetException(
                        "the engine has no image "
                            + image
                            + "; `docker images` lists the ones it has (lockstep pulls nothing)"));

    Thread hook = engine.removeLeftoversOnExit();
    String containerId = start(engine, image, imageId, hook);
    try {
      Record record = probe(engine, containerId, checks);
      return new Recorded(record, Optional.of(containerId), Optional.of(imageId));
    } finally {
      engine.removeContainer(containerId);
      forget(hook);
    }
  }

  // A name the engine cannot parse is refused with the engine's own words, not as a defect.
  private static <T> Optional<T> ask(Supplier<Optional<T>> question, String what)
      throws TargetException {
    try {
      return question.get();
    } catch (EngineUnavailableException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new TargetException(what + ": " + Engine.engineMessage(e));
    }
  }

  private static String start(Engine engine, String image, String imageId, Thread hook)
      throws TargetException {
    try {
      return engine.startContainer(imageId, KEEP_ALIVE);
    } catch (EngineUnavailableException e) {
      forget(hook);
      throw e;
    } catch (EngineException e) {
      forget(hook);
      throw new TargetException(
          "cannot probe image "
              + image
              + ": "
              + e.getMessage()
              + "; lockstep probes images that have /bin/sh, tail and dpkg-query");
    }
  }

  /**
   * Probes a running container through exec; it is neither started nor stopped. A smoke check still
   * running when lockstep is stopped keeps running in that container: the engine has no call that
   * ends one exec, and lockstep does not kill processes in a container it does not own.
   */
  public Recorded ofContainer(Engine engine, String container, List<SmokeCheck> checks)
      throws ProbeException, TargetException {
    ContainerInfo info =
        ask(() -> engine.inspectContainer(container), "container " + container)
            .orElseThrow(
                () ->
                    new TargetException(
                        "the engine has no container "
                            + container
                            + "; `docker ps` lists the running ones"));
    if (!info.running()) {
      throw new TargetException(
          "container "
              + container
              + " is "
              + info.status()
              + ", not running; lockstep records running containers and does not start them");
    }

    Record record = probe(engine, info.id(), checks);
    return new Recorded(record, Optional.of(info.id()), Optional.of(info.imageId()));
  }

  /** Probes the machine lockstep runs on. */
  public Recorded ofHost(List<SmokeCheck> checks) throws ProbeException {
    return new Recorded(prober.probe(new HostShell(), checks), Optional.empty(), Optional.empty());
  }

  private Record probe(Engine engine, String containerId, List<SmokeCheck> checks)
      throws ProbeException, TargetException {
    try {
      return prober.probe(new EngineShell(engine, containerId), checks);
    } catch (EngineUnavailableException e) {
      throw e;
    } catch (RuntimeException e) {
      // An exec into a container that stopped fails with docker-java's own exceptions, not ours.
      throw new TargetException(failure(engine, containerId, e));
    }
  }

  // Ask the engine why before reporting: a container that exited says more than the exec did.
  private static String failure(Engine engine, String containerId, RuntimeException e) {
    String state;
    try {
      state = engine.describe(containerId);
    } catch (RuntimeException ignored) {
      state = "its state is unknown";
    }
    return "probing failed: " + Engine.engineMessage(e) + "; " + state;
  }

  private static void forget(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down; the hook runs and finds nothing left to remove.
    }
  }
}
