package dev.lockstep.cli;

import dev.lockstep.build.PinVanishedException;
import dev.lockstep.engine.BuildFailedException;
import dev.lockstep.engine.EngineException;
import dev.lockstep.engine.EngineUnavailableException;
import dev.lockstep.env.LockException;
import dev.lockstep.env.MatrixException;
import dev.lockstep.resolve.MissingToolException;
import dev.lockstep.resolve.ResolveException;
import java.io.IOException;
import java.util.Optional;

/** Maps the typed errors of lockstep's areas to the exit codes users and scripts see. */
final class Failures {
  private Failures() {}

  /** The user error a failure stands for, or empty when it is a defect of lockstep itself. */
  static Optional<UserError> userError(Throwable error) {
    if (error instanceof UserError userError) {
      return Optional.of(userError);
    }
    int code;
    if (error instanceof MatrixException
        || error instanceof LockException
        || error instanceof ResolveException
        || error instanceof PinVanishedException
        || error instanceof BuildFailedException) {
      code = ExitCode.BAD_INPUT;
    } else if (error instanceof EngineUnavailableException
        || error instanceof MissingToolException
        || error instanceof EngineException) {
      code = ExitCode.MISSING_ENVIRONMENT;
    } else if (error instanceof IOException) {
      code = ExitCode.BAD_INPUT;
    } else {
      return Optional.empty();
    }
    return Optional.of(new UserError(code, error.getMessage(), error));
  }
}
