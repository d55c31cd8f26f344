package dev.lockstep.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Plain words for file errors, instead of Java exception names. */
final class IoMessages {
  private IoMessages() {}

  static String of(IOException e) {
    if (e instanceof NoSuchFileException missing) {
      return "no such file or folder: " + missing.getFile();
    }
    if (e instanceof AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason() + (fs.getFile() == null ? "" : ": " + fs.getFile());
    }
    return e.getMessage() == null ? "input/output error" : e.getMessage();
  }
}
