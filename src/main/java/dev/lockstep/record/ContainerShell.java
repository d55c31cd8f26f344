package dev.lockstep.record;

/**
 * A place the probes can run shell scripts in: a container started from an image, a running
 * container, or the host. Implementations run the script with {@code /bin/sh -c}, so probes may
 * assume a POSIX shell and nothing more (no bash, no python).
 */
public interface ContainerShell {

  /**
   * Runs a script and waits for it to end. Failures to reach the target (an engine that stopped
   * answering, a container that is gone) surface as the implementation's own unchecked exceptions;
   * a script that fails is a result with a non-zero exit code, not an exception.
   */
  ShellResult run(String script);
}
