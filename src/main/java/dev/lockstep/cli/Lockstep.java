package dev.lockstep.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: it holds the subcommands and maps every error to an exit code. */
@Command(
    name = "lockstep",
    mixinStandardHelpOptions = true,
    versionProvider = Lockstep.Version.class,
    description = "Makes software environments reproducible and proves it.",
    subcommands = {
      CommandLine.HelpCommand.class,
      CheckCommand.class,
      DiffCommand.class,
      LockCommand.class,
      ProvisionCommand.class,
      RecordCommand.class
    })
public final class Lockstep implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs lockstep with the given arguments and streams and returns its exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(out, true, StandardCharsets.UTF_8);
    PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
    CommandLine commandLine = commandLine(outWriter, errWriter);
    try {
      return commandLine.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /** The configured command line, for tests that need to drive it with their own writers. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Lockstep());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExitCodeExceptionMapper(Lockstep::exitCodeOf);
    commandLine.setExecutionExceptionHandler(Lockstep::handleExecutionException);
    commandLine.setParameterExceptionHandler(Lockstep::handleParameterException);
    return commandLine;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new UserError(ExitCode.BAD_INPUT, "a command is needed; see `lockstep --help`");
  }

  private static int exitCodeOf(Throwable error) {
    return Failures.userError(error).map(UserError::exitCode).orElse(ExitCode.BAD_INPUT);
  }

  private static int handleExecutionException(
      Exception error, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    Optional<UserError> userError = Failures.userError(error);
    if (userError.isPresent()) {
      err.println("lockstep: " + userError.get().getMessage());
      return userError.get().exitCode();
    }
    // Anything else is a defect in lockstep itself; say so and keep the trace for the report.
    err.println("lockstep: internal error: " + error);
    error.printStackTrace(err);
    return 70;
  }

  private static int handleParameterException(CommandLine.ParameterException error, String[] args) {
    PrintWriter err = error.getCommandLine().getErr();
    err.println("lockstep: " + error.getMessage());
    if (error instanceof CommandLine.UnmatchedArgumentException unmatched) {
      // A mistyped command or option is the usual cause: name the nearest ones.
      CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, err);
    }
    err.println("See `" + error.getCommandLine().getCommandSpec().qualifiedName() + " --help`.");
    return ExitCode.BAD_INPUT;
  }

  /** Reads the version from the jar's manifest, so it is written in one place: the pom. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Lockstep.class.getPackage().getImplementationVersion();
      return new String[] {"lockstep " + (version == null ? "(development build)" : version)};
    }
  }
}
