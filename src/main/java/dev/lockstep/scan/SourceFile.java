package dev.lockstep.scan;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A text file handed to the scanners.
 *
 * @param root the scanned root, for scanners that look at siblings (a lockfile beside a manifest)
 * @param path the file's path relative to the root, with {@code /} separators
 * @param text the whole text, decoded as UTF-8
 */
public record SourceFile(Path root, String path, String text) {
  public SourceFile {
    Objects.requireNonNull(root);
    Objects.requireNonNull(path);
    Objects.requireNonNull(text);
  }

  /** The file name, the last segment of the path. */
  public String name() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  /** The lines of the text without their terminators; line {@code n} is at index {@code n-1}. */
  public List<String> lines() {
    return List.of(text.split("\r?\n", -1));
  }

  /** The file's absolute location on disk. */
  public Path absolute() {
    return root.resolve(path);
  }
}
