package dev.lockstep.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/** The machine lockstep runs on, as a probe target: scripts run with the host's /bin/sh. */
public final class HostShell implements ContainerShell {

  @Override
  public ShellResult run(String script) {
    try {
      Process process = new ProcessBuilder("/bin/sh", "-c", script).start();
      process.getOutputStream().close();
      // Both streams are drained at once, so a script that fills one pipe cannot stall the other.
      CompletableFuture<String> stderr =
          CompletableFuture.supplyAsync(() -> drained(process.getErrorStream()));
      String stdout = drained(process.getInputStream());
      return new ShellResult(process.waitFor(), stdout, stderr.join());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run /bin/sh on this host", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a probe ran", e);
    }
  }

  private static String drained(InputStream stream) {
    try (stream) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
