package dev.lockstep.record;

import dev.lockstep.engine.Engine;
import dev.lockstep.engine.ExecResult;
import java.util.List;
import java.util.Objects;

/** A running container as a probe target: each script is one exec of {@code /bin/sh -c}. */
public final class EngineShell implements ContainerShell {
  private final Engine engine;
  private final String containerId;

  public EngineShell(Engine engine, String containerId) {
    this.engine = Objects.requireNonNull(engine);
    this.containerId = Objects.requireNonNull(containerId);
  }

  @Override
  public ShellResult run(String script) {
    ExecResult result = engine.exec(containerId, List.of("/bin/sh", "-c", script));
    return new ShellResult(result.exitCode(), result.stdout(), result.stderr());
  }
}
