package dev.lockstep.scan;

import dev.lockstep.scan.docker.DockerfileScanner;
import dev.lockstep.scan.shell.MakefileScanner;
import dev.lockstep.scan.shell.ShellScriptScanner;
import java.util.List;

/** Every scanner lockstep check runs, one per surface. Each chooses its files by name first. */
public final class Scanners {
  private static final List<Scanner> ALL =
      List.of(new DockerfileScanner(), new ShellScriptScanner(), new MakefileScanner());

  private Scanners() {}

  /** The scanners, in a fixed order. */
  public static List<Scanner> all() {
    return ALL;
  }
}
