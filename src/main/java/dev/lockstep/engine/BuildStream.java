package dev.lockstep.engine;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.BuildResponseItem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Follows one build: hands each complete log line on and keeps the image id or the error. */
final class BuildStream extends ResultCallback.Adapter<BuildResponseItem> {
  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]");

  private final Consumer<String> log;
  private final StringBuilder partial = new StringBuilder();
  private final List<String> lines = new ArrayList<>();
  private String error;
  private String imageId;

  BuildStream(Consumer<String> log) {
    this.log = log;
  }

  /** Removes terminal colour and cursor codes, which the engine passes on from build steps. */
  static String stripAnsi(String text) {
    return ANSI.matcher(text).replaceAll("");
  }

  @Override
  public synchronized void onNext(BuildResponseItem item) {
    if (item.getStream() != null) {
      append(item.getStream());
    }
    if (item.isErrorIndicated()) {
      error =
          item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
              ? item.getErrorDetail().getMessage()
              : item.getError();
    }
    if (item.isBuildSuccessIndicated()) {
      imageId = item.getImageId();
    }
  }

  /** Waits for the build to end; the image id, or a failure carrying the engine's error. */
  String awaitImageId() {
    try {
      awaitCompletion();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineException("interrupted during the image build", e);
    }
    synchronized (this) {
      flush();
      if (error != null) {
        throw new BuildFailedException(stripAnsi(error).strip(), lines);
      }
      if (imageId == null) {
        throw new BuildFailedException("the engine ended the build without an image id", lines);
      }
      return imageId;
    }
  }

  private void append(String text) {
    partial.append(stripAnsi(text));
    int newline;
    while ((newline = partial.indexOf("\n")) >= 0) {
      emit(partial.substring(0, newline));
      partial.delete(0, newline + 1);
    }
  }

  private void flush() {
    if (partial.length() > 0) {
      emit(partial.toString());
      partial.setLength(0);
    }
  }

  private void emit(String line) {
    // apt redraws progress with carriage returns; what a reader keeps is the last drawing.
    String whole = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    String clean = whole.substring(whole.lastIndexOf('\r') + 1);
    lines.add(clean);
    log.accept(clean);
  }
}
