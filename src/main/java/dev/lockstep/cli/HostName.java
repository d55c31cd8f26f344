package dev.lockstep.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/** The name of the machine lockstep runs on, for meta files; never a network look-up first. */
final class HostName {
  private HostName() {}

  static String get() {
    String fromEnv = System.getenv("HOSTNAME");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv.strip();
    }
    try {
      String fromFile = Files.readString(Path.of("/etc/hostname")).strip();
      if (!fromFile.isEmpty()) {
        return fromFile;
      }
    } catch (IOException e) {
      // Not every system has the file; ask the resolver instead.
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
