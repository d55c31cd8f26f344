package dev.lockstep.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.ExecCreateCmdResponse;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one door to the Docker engine. It finds the engine through DOCKER_HOST or the default socket,
 * and it remembers the containers it started, so that {@link #removeLeftovers()} (run by the
 * shutdown hook {@link #removeLeftoversOnExit()} installs) leaves none behind after Ctrl-C.
 */
public final class Engine implements Closeable {
  /** Where the engine listens when DOCKER_HOST is not set. */
  public static final String DEFAULT_HOST = "unix:///var/run/docker.sock";

  private static final Duration EXEC_LIMIT = Duration.ofMinutes(10);
  private static final String LABEL = "dev.lockstep.run";
  private static final Pattern ENGINE_MESSAGE =
      Pattern.compile("\\{\"message\":\"(.*)\"}\\s*$", Pattern.DOTALL);

  private final DockerClient client;
  private final String host;
  private final Set<String> ownContainers = ConcurrentHashMap.newKeySet();
  private final Set<Closeable> runningBuilds = ConcurrentHashMap.newKeySet();
  // Set when the JVM shuts down (Ctrl-C): the main thread still runs then, and must not tag an
  // image or start a container the cleanup has already passed by.
  private volatile boolean stopping;

  private Engine(DockerClient client, String host) {
    this.client = client;
    this.host = host;
  }

  /** Connects to the engine DOCKER_HOST names, or to the default socket when it is unset. */
  public static Engine connect() {
    return connect(Optional.ofNullable(System.getenv("DOCKER_HOST")).filter(h -> !h.isBlank()));
  }

  /** Connects to the given engine address, or to the default socket; pings it before returning. */
  public static Engine connect(Optional<String> dockerHost) {
    String host = dockerHost.orElse(DEFAULT_HOST);
    String source = dockerHost.isPresent() ? "DOCKER_HOST=" + host : host;
    List<String> attempts = new ArrayList<>();
    if (host.startsWith("unix://") && !Files.exists(Path.of(host.substring("unix://".length())))) {
      attempts.add(source + ": no such socket");
      throw new EngineUnavailableException(attempts);
    }
    DockerClient client = client(host);
    try {
      // A socket file alone proves nothing: a killed dockerd leaves it behind.
      client.pingCmd().exec();
      return new Engine(client, host);
    } catch (RuntimeException e) {
      attempts.add(source + ": " + rootMessage(e));
      closeQuietly(client);
      throw new EngineUnavailableException(attempts);
    }
  }

  /** The address of the engine this door talks to. */
  public String host() {
    return host;
  }

  /** An image's full id and labels, by name, tag or id, if the engine has it. */
  public Optional<ImageInfo> inspectImage(String ref) {
    try {
      var image = client.inspectImageCmd(ref).exec();
      Map<String, String> labels =
          image.getConfig() == null || image.getConfig().getLabels() == null
              ? Map.of()
              : image.getConfig().getLabels();
      return Optional.of(new ImageInfo(image.getId(), labels));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /** Whether the engine has an image by this name, tag or id. */
  public boolean imageExists(String ref) {
    return imageId(ref).isPresent();
  }

  /** The full id ({@code sha256:…}) of an image by name, tag or id, if the engine has it. */
  public Optional<String> imageId(String ref) {
    try {
      return Optional.of(client.inspectImageCmd(ref).exec().getId());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /** The full ids of the images carrying a label with this value, sorted. */
  public List<String> imageIdsByLabel(String key, String value) {
    return client.listImagesCmd().withLabelFilter(Map.of(key, value)).exec().stream()
        .map(com.github.dockerjava.api.model.Image::getId)
        .sorted()
        .toList();
  }

  /** Every {@code repository:tag} name the engine has in a repository, sorted. */
  public List<String> tagsIn(String repository) {
    return client.listImagesCmd().withReferenceFilter(repository).exec().stream()
        .flatMap(
            image ->
                image.getRepoTags() == null ? Stream.empty() : Arrays.stream(image.getRepoTags()))
        .filter(tag -> tag.startsWith(repository + ":"))
        .sorted()
        .toList();
  }

  /** The sha256 of each layer's uncompressed tar (the config's diff_ids), bottom first. */
  public List<String> layers(String imageId) {
    var rootFs = client.inspectImageCmd(imageId).exec().getRootFS();
    return rootFs == null || rootFs.getLayers() == null ? List.of() : rootFs.getLayers();
  }

  /** Loads a docker-archive tar (what {@code docker save} writes) into the engine. */
  public void loadImage(Path archive) {
    try (InputStream in = Files.newInputStream(archive)) {
      loadImage(in);
    } catch (IOException e) {
      throw new EngineException("cannot read image archive " + archive + ": " + e.getMessage(), e);
    }
  }

  /** Loads a docker-archive tar streamed from {@code in}; the caller closes the stream. */
  public void loadImage(InputStream in) {
    try {
      client.loadImageCmd(in).exec();
    } catch (RuntimeException e) {
      throw new EngineException("the engine refused an image archive: " + rootMessage(e), e);
    }
  }

  /**
   * Builds an image from a build context tar without tagging it, streaming each log line (ANSI
   * codes removed) to {@code log}; returns the full image id. Intermediate containers are removed
   * even when the build fails, and nothing is pulled.
   */
  public String build(Path contextTar, Consumer<String> log) {
    return build(contextTar, Map.of(), log);
  }

  /** Builds as {@link #build(Path, Consumer)} does and sets these labels on the image. */
  public String build(Path contextTar, Map<String, String> labels, Consumer<String> log) {
    BuildStream stream = new BuildStream(log);
    runningBuilds.add(stream);
    try (InputStream in = Files.newInputStream(contextTar)) {
      client
          .buildImageCmd(in)
          .withForcerm(true)
          .withPull(false)
          .withRemove(true)
          .withLabels(labels)
          .exec(stream);
      String shortId = stream.awaitImageId();
      if (stopping) {
        // Untagged, the image would only be a stale layer cache that hides the next build.
        removeImageIfUnused(shortId);
        refuseWhenStopping("the build finished while lockstep was stopping; image removed");
      }
      return imageId(shortId)
          .orElseThrow(
              () ->
                  new EngineException(
                      "built image "
                          + shortId
                          + " is missing from the engine right after its build"));
    } catch (IOException e) {
      throw new EngineException("cannot read build context " + contextTar, e);
    } finally {
      runningBuilds.remove(stream);
    }
  }

  /** Gives an image a {@code repository:tag} name. */
  public void tag(String imageId, String repository, String tag) {
    refuseWhenStopping("not tagging " + repository + ":" + tag + ": lockstep is stopping");
    client.tagImageCmd(imageId, repository, tag).exec();
  }

  /** Removes an image by name or id; untagging only, when other names still point to it. */
  public void removeImage(String ref) {
    try {
      client.removeImageCmd(ref).withForce(true).exec();
    } catch (NotFoundException e) {
      // Already gone is what was asked for.
    }
  }

  /** Removes an image that nothing uses any more; one still in use or named is kept. */
  public void removeImageIfUnused(String id) {
    try {
      client.removeImageCmd(id).withForce(false).exec();
    } catch (NotFoundException | com.github.dockerjava.api.exception.ConflictException e) {
      // Gone already, or still used by a container or another name: both are fine to keep.
    }
  }

  /**
   * Creates and starts a container and returns its id. Images made from a rootfs have no CMD, so
   * the command is required; {@code tail -f /dev/null} keeps a container up for exec.
   */
  public String startContainer(String image, List<String> command) {
    Objects.requireNonNull(image, "image");
    if (command.isEmpty()) {
      throw new IllegalArgumentException("a container needs a command");
    }
    refuseWhenStopping("not starting a container: lockstep is stopping");
    // The command replaces the image's entrypoint too, so an image made to run one program
    // still runs exactly the command given.
    String id =
        client
            .createContainerCmd(image)
            .withEntrypoint(command.subList(0, 1))
            .withCmd(command.subList(1, command.size()))
            .withLabels(Map.of(LABEL, Long.toString(ProcessHandle.current().pid())))
            .exec()
            .getId();
    ownContainers.add(id);
    if (stopping) {
      // The cleanup hook may already have passed: remove this one here, not in a later run.
      removeContainer(id);
      throw new EngineException("not starting a container: lockstep is stopping");
    }
    try {
      client.startContainerCmd(id).exec();
    } catch (RuntimeException e) {
      removeContainer(id);
      throw new EngineException(
          "cannot start `"
              + String.join(" ", command)
              + "` in image "
              + image
              + ": "
              + engineMessage(e),
          e);
    }
    return id;
  }

  /** What the engine itself said, without the HTTP status and JSON around it. */
  public static String engineMessage(Throwable e) {
    String message = rootMessage(e).strip();
    Matcher json = ENGINE_MESSAGE.matcher(message);
    String text = json.find() ? json.group(1).replace("\\\"", "\"") : message;
    return text.replaceFirst("^(failed to create shim task: )?OCI runtime create failed: ", "");
  }

  /** Runs a command in a running container and collects its exit code and output. */
  public ExecResult exec(String containerId, List<String> command) {
    ExecCreateCmdResponse created =
        client
            .execCreateCmd(containerId)
            .withCmd(command.toArray(String[]::new))
            .withAttachStdout(true)
            .withAttachStderr(true)
            .exec();
    ExecStream stream = new ExecStream();
    try {
      client.execStartCmd(created.getId()).exec(stream);
      if (!stream.awaitCompletion(EXEC_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        throw new EngineException(
            "`"
                + String.join(" ", command)
                + "` did not finish within "
                + EXEC_LIMIT.toMinutes()
                + " minutes in container "
                + shortId(containerId));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineException("interrupted while running " + command, e);
    }
    Long exit = client.inspectExecCmd(created.getId()).exec().getExitCodeLong();
    if (exit == null) {
      throw new EngineException(
          "`" + String.join(" ", command) + "` gave no exit code: " + describe(containerId));
    }
    return new ExecResult(exit.intValue(), stream.stdout(), stream.stderr());
  }

  /** What the engine says about a container's state, for error messages. */
  public String describe(String containerId) {
    try {
      InspectContainerResponse.ContainerState state =
          client.inspectContainerCmd(containerId).exec().getState();
      return "container "
          + shortId(containerId)
          + " is "
          + state.getStatus()
          + (Boolean.TRUE.equals(state.getOOMKilled()) ? " (killed: out of memory)" : "")
          + (Boolean.TRUE.equals(state.getRunning())
              ? ""
              : ", exit code " + state.getExitCodeLong());
    } catch (NotFoundException e) {
      return "container " + shortId(containerId) + " no longer exists";
    }
  }

  /** A container by id or name, if the engine has it. */
  public Optional<ContainerInfo> inspectContainer(String containerId) {
    try {
      InspectContainerResponse response = client.inspectContainerCmd(containerId).exec();
      InspectContainerResponse.ContainerState state = response.getState();
      return Optional.of(
          new ContainerInfo(
              response.getId(),
              response.getImageId(),
              Boolean.TRUE.equals(state.getRunning()),
              String.valueOf(state.getStatus())));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /** Removes a container, stopping it first if it runs. */
  public void removeContainer(String id) {
    try {
      client.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
    } catch (NotFoundException e) {
      // Already gone is what was asked for.
    }
    ownContainers.remove(id);
  }

  /** The containers, running or not, that lockstep started from the process with this pid. */
  public List<String> containersStartedBy(long pid) {
    return client
        .listContainersCmd()
        .withShowAll(true)
        .withLabelFilter(Map.of(LABEL, Long.toString(pid)))
        .exec()
        .stream()
        .map(com.github.dockerjava.api.model.Container::getId)
        .sorted()
        .toList();
  }

  /** Stops running builds and removes every container this door started and has not removed. */
  public void removeLeftovers() {
    stopping = true;
    runningBuilds.forEach(Engine::closeQuietly);
    Set<String> leftovers = new TreeSet<>(ownContainers);
    try {
      // A Ctrl-C between the engine creating a container and answering with its id leaves a
      // container this door has not heard of yet; its label names this process, so ask for it.
      leftovers.addAll(containersStartedBy(ProcessHandle.current().pid()));
    } catch (RuntimeException e) {
      // The engine may be going away too; remove what is known.
    }
    for (String id : leftovers) {
      try {
        removeContainer(id);
      } catch (RuntimeException e) {
        // Best effort during shutdown; the engine may be going away too.
      }
    }
  }

  /**
   * Installs a shutdown hook that runs {@link #removeLeftovers()}, so Ctrl-C during a build or a
   * probe leaves no container behind. Returns the hook so a finished run can remove it.
   */
  public Thread removeLeftoversOnExit() {
    Thread hook = new Thread(this::removeLeftovers, "lockstep-engine-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
    return hook;
  }

  @Override
  public void close() {
    closeQuietly(client);
  }

  private void refuseWhenStopping(String message) {
    if (stopping) {
      throw new EngineException(message);
    }
  }

  static String shortId(String id) {
    String hex = id.startsWith("sha256:") ? id.substring(7) : id;
    return hex.substring(0, Math.min(12, hex.length()));
  }

  private static DockerClient client(String host) {
    // The API version stays unset: the engine then answers in its own, and a newer default
    // (1.47) is refused by Debian's 20.10 daemon.
    DockerClientConfig config =
        DefaultDockerClientConfig.createDefaultConfigBuilder().withDockerHost(host).build();
    DockerHttpClient http =
        new ZerodepDockerHttpClient.Builder()
            .dockerHost(config.getDockerHost())
            .sslConfig(config.getSSLConfig())
            .connectionTimeout(Duration.ofSeconds(5))
            .build();
    return DockerClientImpl.getInstance(config, http);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
  }

  private static void closeQuietly(Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException | RuntimeException e) {
      // Nothing more can be done while letting go.
    }
  }

  /** Collects an exec's two output streams. */
  private static final class ExecStream extends ResultCallback.Adapter<Frame> {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Override
    public void onNext(Frame frame) {
      ByteArrayOutputStream target = frame.getStreamType() == StreamType.STDERR ? err : out;
      synchronized (this) {
        target.writeBytes(frame.getPayload());
      }
    }

    synchronized String stdout() {
      return out.toString(StandardCharsets.UTF_8);
    }

    synchronized String stderr() {
      return err.toString(StandardCharsets.UTF_8);
    }
  }
}
