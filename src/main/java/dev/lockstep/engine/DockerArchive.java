package dev.lockstep.engine;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.env.CanonicalJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * An image made of one rootfs tar, written as a docker-archive (what {@code docker save} writes).
 * Its config is canonical JSON with {@code created} fixed from SOURCE_DATE_EPOCH, so the image id
 * (the sha256 of the config) is the same on every machine for the same rootfs, unlike {@code docker
 * import}, which stamps the time of the import.
 */
public record DockerArchive(
    Path rootfsTar,
    String rootfsSha256,
    long sourceDateEpoch,
    String architecture,
    String repoTag,
    String createdBy,
    Map<String, String> labels) {
  public DockerArchive {
    labels = Map.copyOf(labels);
  }

  /** The bytes of the image config. */
  public byte[] config() {
    String created = Instant.ofEpochSecond(sourceDateEpoch).toString();
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode config = json.objectNode();
    config.put("architecture", architecture);
    config.put("os", "linux");
    config.put("created", created);
    config
        .putObject("config")
        .putArray("Env")
        .add("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    ObjectNode labelNode = ((ObjectNode) config.get("config")).putObject("Labels");
    labels.forEach(labelNode::put);
    config.putArray("history").addObject().put("created", created).put("created_by", createdBy);
    ObjectNode rootfs = config.putObject("rootfs");
    rootfs.put("type", "layers");
    rootfs.putArray("diff_ids").add("sha256:" + rootfsSha256);
    return CanonicalJson.bytes(config);
  }

  /** The id the engine gives the image when it loads this archive. */
  public String imageId() {
    return "sha256:" + CanonicalJson.sha256(config());
  }

  /** Writes the archive: manifest.json, the config, and the rootfs tar as the one layer. */
  public void writeTo(OutputStream out) throws IOException {
    byte[] config = config();
    String configName = CanonicalJson.sha256(config) + ".json";
    String layerName = rootfsSha256 + "/layer.tar";
    JsonNodeFactory json = JsonNodeFactory.instance;
    var manifest = json.arrayNode();
    ObjectNode entry = manifest.addObject();
    entry.put("Config", configName);
    entry.putArray("RepoTags").add(repoTag);
    entry.putArray("Layers").add(layerName);

    TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
    tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    put(tar, "manifest.json", CanonicalJson.bytes(manifest));
    put(tar, configName, config);
    putFile(tar, layerName, rootfsTar);
    tar.finish();
    out.flush();
  }

  /** Streams the archive into the engine without writing it to disk; returns the image id. */
  public String loadInto(Engine engine) {
    AtomicReference<IOException> failure = new AtomicReference<>();
    try (PipedInputStream in = new PipedInputStream(1 << 20)) {
      PipedOutputStream pipe = new PipedOutputStream(in);
      Thread writer =
          new Thread(
              () -> {
                try (OutputStream out = pipe) {
                  writeTo(out);
                } catch (IOException e) {
                  failure.set(e);
                }
              },
              "lockstep-docker-archive");
      writer.start();
      engine.loadImage(in);
      writer.join();
    } catch (IOException e) {
      throw new EngineException("cannot stream the base image archive: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineException("interrupted while loading the base image", e);
    }
    if (failure.get() != null) {
      throw new EngineException(
          "cannot write the base image archive: " + failure.get().getMessage(), failure.get());
    }
    return imageId();
  }

  private static void put(TarArchiveOutputStream tar, String name, byte[] bytes)
      throws IOException {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(bytes.length);
    entry.setModTime(0);
    tar.putArchiveEntry(entry);
    tar.write(bytes);
    tar.closeArchiveEntry();
  }

  private static void putFile(TarArchiveOutputStream tar, String name, Path file)
      throws IOException {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(Files.size(file));
    entry.setModTime(0);
    tar.putArchiveEntry(entry);
    try (InputStream in = Files.newInputStream(file)) {
      in.transferTo(tar);
    }
    tar.closeArchiveEntry();
  }
}
