package dev.lockstep.cli;

import dev.lockstep.scan.Check;
import dev.lockstep.scan.CheckResult;
import dev.lockstep.scan.Scanners;
import dev.lockstep.scan.report.JsonReport;
import dev.lockstep.scan.report.SarifReport;
import dev.lockstep.scan.report.TextReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lockstep check}: finds every floating version in the paths given. */
@Command(
    name = "check",
    description = {
      "Finds floating versions: images without digests, actions without commit SHAs, packages"
          + " without exact versions, models without pinned revisions.",
      "Exit 0 when everything is pinned, 1 with findings, 2 when a file could not be read or"
          + " parsed."
    },
    versionProvider = Lockstep.Version.class,
    mixinStandardHelpOptions = true)
public final class CheckCommand implements Callable<Integer> {
  /** The output formats; they change stdout only. */
  enum Format {
    text,
    json,
    sarif
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Directories or files to check; the current directory when none is given.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or sarif.")
  Format format = Format.text;

  @Override
  public Integer call() {
    Path workingDirectory = Path.of("").toAbsolutePath();
    CheckResult result = new Check(Scanners.all()).run(paths, workingDirectory);

    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    switch (format) {
      case json -> out.print(JsonReport.render(result, version()));
      case sarif -> out.print(SarifReport.render(result, version()));
      default -> out.print(TextReport.findings(result));
    }
    out.flush();
    err.print(TextReport.status(result));
    err.flush();

    return exitCode(result);
  }

  private static int exitCode(CheckResult result) {
    if (!result.diagnostics().isEmpty()) {
      return ExitCode.BAD_INPUT;
    }
    return result.findings().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
  }

  private static String version() {
    String version = CheckCommand.class.getPackage().getImplementationVersion();
    return version == null ? "0.0.0-dev" : version;
  }
}
